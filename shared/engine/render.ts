/** A DockerRunSpec as the `docker run` argv a person could paste (and, quoted, as one shell line). */
import type { DockerRunSpec } from './plan.js';

export function renderDockerRun(spec: DockerRunSpec): string[] {
  const argv = ['docker', 'run', '--rm', '--init'];
  if (spec.network) argv.push('--network', spec.network);
  argv.push('--workdir', spec.workdir);
  for (const m of spec.mounts) argv.push('-v', `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
  // with host networking the container's ports are the host's; docker would discard -p
  if (!spec.network) for (const p of spec.ports) argv.push('-p', `${p.host}:${p.container}`);
  for (const e of spec.environment) argv.push('-e', e.value === undefined ? e.name : `${e.name}=${e.value}`);
  if (spec.gpus) argv.push('--gpus', spec.gpus);
  argv.push(spec.image, ...spec.argv);
  return argv;
}

/** POSIX shell quoting: plain words stay as they are, anything else is single-quoted. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(' ');
}
