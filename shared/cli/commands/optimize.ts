import type { Command } from 'commander';

/** Registers the `optimize` commands (filled in by the issue that owns them). */
export function registerOptimize(_program: Command): void {}
