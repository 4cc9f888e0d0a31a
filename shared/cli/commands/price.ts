import type { Command } from 'commander';

/** Registers the `price` commands (filled in by the issue that owns them). */
export function registerPrice(_program: Command): void {}
