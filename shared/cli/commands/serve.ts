import type { Command } from 'commander';

/** Registers the `serve` commands (filled in by the issue that owns them). */
export function registerServe(_program: Command): void {}
