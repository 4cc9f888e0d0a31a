import type { Command } from 'commander';

/** Registers the `manifest` commands (filled in by the issue that owns them). */
export function registerManifest(_program: Command): void {}
