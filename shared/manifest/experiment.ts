/**
 * The normalized experiment: what every action reads, whichever manifest kind it came from.
 * All defaults are applied, images are resolved to full references, durations are seconds.
 */
import { z } from 'zod';
import { ENV_NAME, REGION, SERVICE_NAME, ZONE } from './schema.js';

const Gpu = z.object({ type: z.string(), count: z.int().min(1) });
const Env = z.record(z.string().regex(ENV_NAME), z.string());

export const TrainingSpecSchema = z.object({
  /** Full image reference (`REGION-docker.pkg.dev/PROJECT/REPO/NAME[:TAG]` or as written). */
  image: z.string().min(1),
  /** The psml.yaml image name when the manifest used a simple name (the build action builds it). */
  imageName: z.string().optional(),
  machineType: z.string().min(1),
  gpu: Gpu.optional(),
  zones: z.array(z.string().regex(ZONE)).min(1),
  spot: z.boolean(),
  maxRunDurationSeconds: z.number().positive().optional(),
  command: z.array(z.string()).optional(),
  args: z.array(z.string()),
  env: Env,
  bootDiskGb: z.int().min(10),
  artifactsUri: z.string().optional(),
  /** For pricing: expectedDuration, else maxRunDuration, else undefined. */
  expectedDurationSeconds: z.number().positive().optional(),
});

export const ServingSpecSchema = z.object({
  image: z.string().min(1),
  imageName: z.string().optional(),
  machineType: z.string().min(1),
  /** Set when the machine type was chosen from resource needs (MLComponent resourceLimits or serving.resources). */
  requested: z.object({ cpu: z.number(), memoryBytes: z.number() }).optional(),
  gpu: Gpu.optional(),
  replicas: z.object({ min: z.int().min(0), max: z.int().min(1) }),
  autoscaling: z.object({ targetCpuUtilization: z.number().gt(0).max(1), cooldownSeconds: z.int().min(0) }),
  port: z.int().min(1).max(65535),
  healthCheckPath: z.string().startsWith('/'),
  modelUri: z.string().optional(),
  env: Env,
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  region: z.string().regex(REGION),
  /** Empty: any zone of the region. */
  zones: z.array(z.string().regex(ZONE)),
  spot: z.boolean(),
  bootDiskGb: z.int().min(10),
  initialDelaySeconds: z.int().min(0),
});

export const ExperimentSchema = z.object({
  apiVersion: z.literal('psml.dev/v1'),
  kind: z.literal('Experiment'),
  /** Where it was loaded from. */
  source: z.object({ file: z.string(), kind: z.enum(['Experiment', 'MLComponent']) }),
  service: z.string().regex(SERVICE_NAME),
  version: z.object({ major: z.int().min(0), minor: z.int().min(0) }),
  description: z.string().optional(),
  /** User labels (ownership labels come from `ownershipLabels`). */
  labels: z.record(z.string(), z.string()),
  training: TrainingSpecSchema.optional(),
  serving: ServingSpecSchema.optional(),
});

export type Experiment = z.infer<typeof ExperimentSchema>;
export type TrainingSpec = z.infer<typeof TrainingSpecSchema>;
export type ServingSpec = z.infer<typeof ServingSpecSchema>;
export type Version = Experiment['version'];

/** `1.2` — how a revision is shown to people. */
export const versionString = (v: Version): string => `${v.major}.${v.minor}`;
