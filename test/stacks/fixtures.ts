/** Experiments and an emulator-backed ServingEndpoint for the stack tests (real loader, real clients, real emulator). */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { googleClientOptions } from '../../shared/gcp/client-options.js';
import { loadExperimentText } from '../../shared/manifest/load.js';
import type { Experiment } from '../../shared/manifest/experiment.js';
import { startComputeEmulator, type ComputeEmulator } from '../../shared/emulators/compute/index.js';
import type { ResourceClientOptions } from '../../shared/compute/index.js';

export const PROJECT = 'psml-test';
export const REGION = 'us-central1';

/** Tiny delays: the emulator answers at once, and retries must not slow the suite down. */
export const fast: ResourceClientOptions = {
  retry: { minDelayMs: 5, maxDelayMs: 20, retries: 4, deadlineMs: 10_000 },
  operation: { pollDelayMs: 5, deadlineMs: 10_000 },
};

export interface ExperimentOpts {
  service?: string;
  minor?: number;
  min?: number;
  max?: number;
  image?: string;
  gpu?: boolean;
  zones?: string[];
  trainingZones?: string[];
  maxRunDuration?: string;
}

export function experiment(o: ExperimentOpts = {}): Experiment {
  const yaml = `
apiVersion: psml.dev/v1
kind: Experiment
service: ${o.service ?? 'churn'}
version: "1.${o.minor ?? 2}"
labels: {team: ml}
image: ${o.image ?? `us-central1-docker.pkg.dev/${PROJECT}/psml/churn:1.2`}
training:
  machineType: ${o.gpu ? 'n1-standard-8' : 'e2-standard-4'}
${o.gpu ? '  gpu: {type: nvidia-tesla-t4, count: 1}\n' : ''}  zones: [${(o.trainingZones ?? ['us-central1-a', 'us-central1-b']).join(', ')}]
  spot: true
  maxRunDuration: ${o.maxRunDuration ?? '4h'}
serving:
  machineType: e2-standard-2
  replicas: {min: ${o.min ?? 1}, max: ${o.max ?? 3}}
  port: 8080
  region: ${REGION}
  zones: [${(o.zones ?? ['us-central1-a', 'us-central1-b']).join(', ')}]
`;
  return loadExperimentText(yaml, `${o.service ?? 'churn'}.yaml`, { project: null });
}

export async function emulator(): Promise<{ emu: ComputeEmulator; clients: ComputeClients; close: () => Promise<void> }> {
  const emu = await startComputeEmulator({ port: 0 });
  const clients = new ComputeClients(googleClientOptions('compute', emu.url));
  return {
    emu,
    clients,
    close: async () => {
      await clients.close();
      await emu.close();
    },
  };
}

export type EmulatorEnv = Awaited<ReturnType<typeof emulator>>;

/** One emulator per test file: started before its tests, reset before each, closed after; call the getter inside tests. */
export function sharedEmulator(): () => EmulatorEnv {
  let env: EmulatorEnv | undefined;
  beforeAll(async () => {
    env = await emulator();
  });
  afterAll(async () => {
    await env?.close();
  });
  beforeEach(async () => {
    await env!.emu.control.reset();
  });
  return () => env!;
}
