/**
 * Makes the real local parts available to every test file: a Docker engine (DOCKER_HOST) and an OCI registry
 * (PSML_TEST_REGISTRY). Uses what is already running (a laptop's Docker, CI's engine), else starts private ones.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.PSML_SKIP_INFRA === '1') return;
  const out = execFileSync('bash', ['scripts/local-infra.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const m of out.matchAll(/^export (\w+)=(.*)$/gm)) {
    const [, name, value] = m;
    if (name && value !== undefined && !process.env[name]) process.env[name] = value;
  }
}
