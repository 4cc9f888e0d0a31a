/**
 * A probe image for the engine tests: FROM scratch + the static busybox, with a `psml-cli` that reports exactly what
 * arrived in the container (argv, environment, working directory, mounts, a file's bytes), hex-encoded so that
 * spaces, quotes and newlines survive the trip back.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { staticBusybox } from '../../examples/hello/context.js';

const PROBE = `#!/bin/sh
hex() { od -An -v -tx1 | tr -d ' \\n'; echo; }
printf 'PWD '; printf '%s' "$(pwd)" | hex
for a in "$@"; do printf 'ARG '; printf '%s' "$a" | hex; done
printf 'ENV '; hex < /proc/self/environ
printf 'MOUNTS '; hex < /proc/self/mountinfo
if [ -n "$PROBE_READ" ]; then printf 'READ '; hex < "$PROBE_READ"; fi
if [ -n "$PROBE_TOUCH" ]; then touch "$PROBE_TOUCH" && echo TOUCHED; fi
echo "probe stderr line" >&2
if [ -n "$PROBE_SLEEP" ]; then echo SLEEPING; sleep "$PROBE_SLEEP"; fi
exit "\${PROBE_EXIT:-0}"
`;

export function probeContext(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psml-probe-'));
  copyFileSync(staticBusybox(), path.join(dir, 'busybox'));
  writeFileSync(path.join(dir, 'psml-cli'), PROBE, { mode: 0o755 });
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      'RUN mkdir -p /tmp /home/psml/experiments',
      'COPY psml-cli /usr/local/bin/psml-cli',
      'ENV PATH=/usr/local/bin:/bin',
      '',
    ].join('\n'),
  );
  return dir;
}

export interface ProbeReport {
  pwd: string;
  argv: string[];
  env: Map<string, string>;
  /** mount point → options (`ro,…` / `rw,…`) */
  mounts: Map<string, string>;
  read?: string;
  lines: string[];
}

const unhex = (h: string) => Buffer.from(h, 'hex').toString('utf8');
// mountinfo escapes space, tab, newline and backslash as octal
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export function parseProbe(stdout: string): ProbeReport {
  const report: ProbeReport = { pwd: '', argv: [], env: new Map(), mounts: new Map(), lines: [] };
  for (const line of stdout.split('\n')) {
    const [key, value = ''] = line.split(' ', 2);
    if (key === 'PWD') report.pwd = unhex(value);
    else if (key === 'ARG') report.argv.push(unhex(value));
    else if (key === 'ENV') {
      for (const kv of unhex(value).split('\0').filter(Boolean)) {
        const eq = kv.indexOf('=');
        report.env.set(kv.slice(0, eq), kv.slice(eq + 1));
      }
    } else if (key === 'MOUNTS') {
      for (const m of unhex(value).split('\n').filter(Boolean)) {
        const f = m.split(' ');
        report.mounts.set(unescapeMount(f[4]!), f[5]!);
      }
    } else if (key === 'READ') report.read = unhex(value);
    else if (line) report.lines.push(line);
  }
  return report;
}
