import type { Command } from 'commander';

/** Registers the `engine` commands (filled in by the issue that owns them). */
export function registerEngine(_program: Command): void {}
