/** The build context as the tar stream the engine's /build endpoint takes, honouring .dockerignore like `docker build`. */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import dockerignore from '@balena/dockerignore';
import tar from 'tar-fs';
import { PsmlError } from '../errors.js';

/** Paths (relative, `/`-separated) the context's .dockerignore excludes; the Dockerfile and .dockerignore always stay. */
export function contextFilter(contextDir: string, dockerfile: string): (relative: string, isDirectory: () => boolean) => boolean {
  const file = path.join(contextDir, '.dockerignore');
  if (!existsSync(file)) return () => false;
  const text = readFileSync(file, 'utf8');
  const ig = dockerignore({ ignorecase: false }).add(text);
  // with "!exception" patterns an excluded directory may still hold included files, so it must be walked
  const hasExceptions = text.split('\n').some((l) => l.trim().startsWith('!'));
  const keep = new Set([dockerfile, '.dockerignore']);
  return (rel, isDirectory) => {
    if (keep.has(rel) || !ig.ignores(rel)) return false;
    return !(hasExceptions && isDirectory());
  };
}

export function packContext(contextDir: string, dockerfile = 'Dockerfile'): Readable {
  const dir = path.resolve(contextDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PsmlError(`build context ${dir} is not a directory`, { field: 'context', hint: 'set images.<name>.context relative to psml.yaml' });
  }
  const df = path.posix.normalize(dockerfile.split(path.sep).join('/'));
  if (!existsSync(path.join(dir, df))) {
    throw new PsmlError(`Dockerfile ${df} not found in the build context`, { resource: path.join(dir, df), field: 'dockerfile', hint: 'set images.<name>.dockerfile relative to the context' });
  }
  const ignored = contextFilter(dir, df);
  const options = {
    sort: true, // same context → same tar (tar-fs 3 option, missing from its v2 typings)
    ignore: (abs: string) => {
      const rel = path.relative(dir, abs).split(path.sep).join('/');
      return ignored(rel, () => lstatSync(abs).isDirectory());
    },
  };
  return tar.pack(dir, options as tar.PackOptions) as unknown as Readable;
}
