/** Experiments for the compute tests, loaded through the real manifest loader (no psml.yaml). */
import { loadExperimentText } from '../../shared/manifest/load.js';
import type { Experiment } from '../../shared/manifest/experiment.js';
import type { SpecContext } from '../../shared/compute/spec-context.js';

export const PROJECT = 'psml-test';
export const REGION = 'us-central1';
export const ZONE = 'us-central1-a';
export const ctx: SpecContext = { project: PROJECT };

export function experiment(opts: { service?: string; minor?: number; gpu?: boolean; spot?: boolean } = {}): Experiment {
  const gpu = opts.gpu ?? false;
  const yaml = `
apiVersion: psml.dev/v1
kind: Experiment
service: ${opts.service ?? 'churn'}
version: "1.${opts.minor ?? 2}"
labels: {team: ml}
image: us-central1-docker.pkg.dev/${PROJECT}/psml/churn:1.2
training:
  machineType: ${gpu ? 'n1-standard-8' : 'e2-standard-4'}
${gpu ? '  gpu: {type: nvidia-tesla-t4, count: 2}\n' : ''}  zones: [us-central1-a, us-central1-b]
  spot: ${opts.spot ?? false}
  maxRunDuration: 4h
  env: {EPOCHS: 3, NOTE: "it's quoted"}
  artifactsUri: gs://psml-artifacts/churn/1.2
serving:
  machineType: ${gpu ? 'n1-standard-4' : 'e2-standard-2'}
${gpu ? '  gpu: {type: nvidia-tesla-t4}\n' : ''}  replicas: {min: 1, max: 3}
  port: 8080
  region: ${REGION}
  zones: [us-central1-a, us-central1-b]
  modelUri: gs://psml-artifacts/churn/1.2/model
`;
  return loadExperimentText(yaml, 'churn.yaml', { project: null });
}
