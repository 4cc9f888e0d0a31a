/**
 * Bundles are ES modules (package "type": "module"), where CommonJS's `__dirname` does not exist. ssh2 (a dependency of
 * dockerode's transport) reads it while initialising its WebAssembly poly1305 at import time; without it the process
 * dies on an unhandled rejection after any run. Imported before dockerode, this gives it the bundle's directory.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string };
if (typeof g.__dirname !== 'string') g.__dirname = path.dirname(fileURLToPath(import.meta.url));
