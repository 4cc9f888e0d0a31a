/**
 * Makes the real local parts available to tests, benchmarks and the demo: a Docker engine (DOCKER_HOST) and an OCI
 * registry (PSML_TEST_REGISTRY). Uses what is already running (a laptop's Docker, CI's engine), else starts private
 * ones through scripts/local-infra.sh, and sets the variables it prints in this process's environment.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function startLocalInfra(): void {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'local-infra.sh');
  const out = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  for (const [, name, value] of out.matchAll(/^export (\w+)=(.*)$/gm)) {
    if (name && value !== undefined && !process.env[name]) process.env[name] = value;
  }
}
