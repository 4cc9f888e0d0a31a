/**
 * Builds `psml-runtime-base:local`, the base image of the example serving container, from this machine's own files:
 * nothing can be pulled here, so the image is FROM scratch with a static busybox, this Node.js and a Python 3 with its
 * standard library, each with the shared libraries `ldd` lists. Real deployments use a real base (e.g. python:3.11-slim
 * with Node added); the example's Dockerfile takes it as `ARG BASE`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import tar from 'tar-fs';

export const RUNTIME_BASE_IMAGE = 'psml-runtime-base:local';

const STDLIB_SKIP = new Set(['test', 'idlelib', 'tkinter', 'turtledemo', 'ensurepip', 'lib2to3', '__pycache__', 'pydoc_data', 'config-3.11-x86_64-linux-gnu']);

function sh(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

function sharedLibraries(binary: string): string[] {
  let out = '';
  try {
    out = sh('ldd', [binary]);
  } catch {
    return []; // static binary
  }
  return [...out.matchAll(/(?:=>\s*)?(\/[^\s]+)\s+\(0x/g)].map((m) => m[1]!).filter((p) => existsSync(p));
}

function place(root: string, file: string, as = file): void {
  const dest = path.join(root, as);
  mkdirSync(path.dirname(dest), { recursive: true });
  copyFileSync(realpathSync(file), dest);
}

function findPython(): { executable: string; stdlib: string } {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      const [executable, stdlib] = sh(candidate, ['-c', 'import sys,sysconfig;print(sys.executable);print(sysconfig.get_paths()["stdlib"])'])
        .trim()
        .split('\n');
      if (executable && stdlib) return { executable, stdlib };
    } catch {
      /* try the next one */
    }
  }
  throw new Error('python3 is needed to build the example runtime image (apt-get install -y python3)');
}

/** Assembles the root filesystem and Dockerfile in a temporary build context. */
export function runtimeBaseContext(): string {
  const ctx = mkdtempSync(path.join(os.tmpdir(), 'psml-runtime-base-'));
  const root = path.join(ctx, 'rootfs');
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!busybox) throw new Error('a static busybox is needed (apt-get install -y busybox-static)');
  place(root, busybox, '/bin/busybox');

  const libs = new Set<string>();
  place(root, process.execPath, '/usr/local/bin/node');
  sharedLibraries(process.execPath).forEach((l) => libs.add(l));

  const py = findPython();
  place(root, py.executable, '/usr/bin/python3');
  sharedLibraries(py.executable).forEach((l) => libs.add(l));
  const stdlibDest = path.join(root, py.stdlib);
  cpSync(py.stdlib, stdlibDest, {
    recursive: true,
    dereference: true,
    filter: (src) => !STDLIB_SKIP.has(path.basename(src)) && !src.includes('/site-packages') && !src.includes('/dist-packages'),
  });
  const dynload = path.join(py.stdlib, 'lib-dynload');
  if (existsSync(dynload)) {
    for (const so of readdirSync(dynload)) sharedLibraries(path.join(dynload, so)).forEach((l) => libs.add(l));
  }
  for (const lib of libs) place(root, lib);
  // python looks for its prefix relative to the executable; the Debian layout (/usr/bin → /usr/lib/python3.x) matches
  writeFileSync(
    path.join(ctx, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY rootfs/ /',
      'RUN ["/bin/busybox", "mkdir", "-p", "/usr/bin", "/sbin", "/usr/sbin", "/tmp"]',
      'RUN ["/bin/busybox", "--install", "-s"]',
      `ENV PATH=/usr/local/bin:/usr/bin:/bin PYTHONHOME=${path.dirname(path.dirname(py.stdlib))} PYTHONDONTWRITEBYTECODE=1`,
      '',
    ].join('\n'),
  );
  return ctx;
}

/** Builds the base image on the engine unless it exists already; returns its tag. */
export async function ensureRuntimeBase(docker = new Docker(), { rebuild = false } = {}): Promise<string> {
  if (!rebuild) {
    try {
      await docker.getImage(RUNTIME_BASE_IMAGE).inspect();
      return RUNTIME_BASE_IMAGE;
    } catch {
      /* build it */
    }
  }
  const ctx = runtimeBaseContext();
  try {
    const stream = await docker.buildImage(tar.pack(ctx) as unknown as NodeJS.ReadableStream, {
      t: RUNTIME_BASE_IMAGE,
      networkmode: 'host',
    });
    const events = await new Promise<Array<{ error?: string }>>((resolve, reject) =>
      docker.modem.followProgress(stream, (err, res) => (err ? reject(err) : resolve(res as Array<{ error?: string }>))),
    );
    const failed = events.find((e) => e.error);
    if (failed) throw new Error(`building ${RUNTIME_BASE_IMAGE} failed: ${failed.error}`);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
  return RUNTIME_BASE_IMAGE;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const started = Date.now();
  const tag = await ensureRuntimeBase(new Docker(), { rebuild: process.argv.includes('--rebuild') });
  console.log(`${tag} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
