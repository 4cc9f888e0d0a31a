import type { Command } from 'commander';

/** Registers the `emulator` commands (filled in by the issue that owns them). */
export function registerEmulator(_program: Command): void {}
