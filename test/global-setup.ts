/** Every test file gets a Docker engine and a registry (see scripts/local-infra.ts); PSML_SKIP_INFRA=1 skips them. */
import { startLocalInfra } from '../scripts/local-infra.js';

export default function setup(): void {
  if (process.env.PSML_SKIP_INFRA !== '1') startLocalInfra();
}
