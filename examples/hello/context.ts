/**
 * A ready build context for the hello example: this directory copied to a temporary one with the machine's static
 * busybox added (the binary is not committed; Debian: apt-get install busybox-static). Tests, benchmark and demo use it.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HELLO_DIR = path.dirname(fileURLToPath(import.meta.url));

export function staticBusybox(): string {
  const found = [process.env.PSML_BUSYBOX, '/bin/busybox', '/usr/bin/busybox'].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('a static busybox is needed: apt-get install -y busybox-static (or set PSML_BUSYBOX)');
  return found;
}

/** Copies the example (Dockerfile, psml-cli, psml.yaml, .dockerignore) plus busybox into a new directory; returns it. */
export function helloContext(into = mkdtempSync(path.join(os.tmpdir(), 'psml-hello-'))): string {
  cpSync(HELLO_DIR, into, { recursive: true, filter: (src) => !src.endsWith('.ts') || path.dirname(src) !== HELLO_DIR });
  copyFileSync(staticBusybox(), path.join(into, 'busybox'));
  return into;
}
