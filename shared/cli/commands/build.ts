import type { Command } from 'commander';

/** Registers the `build` commands (filled in by the issue that owns them). */
export function registerBuild(_program: Command): void {}
