/**
 * The experiment manifest (`apiVersion: psml.dev/v1`, `kind: Experiment`): what a user writes, one file per revision.
 * Defaults are NOT applied by these schemas (so the same field schemas serve as psml.yaml `defaults` partials);
 * `normalize.ts` fills them and produces the `Experiment` every action reads (see experiment.ts).
 */
import { z } from 'zod';
import { GPU_TYPES } from './machine-types.js';
import { quantityProblem } from './quantity.js';

export const EXPERIMENT_API_VERSION = 'psml.dev/v1';
export const MLCOMPONENT_API_VERSION = 'unified-platform.cs.hse.ru/v1';

/** Service names become part of Compute Engine names: lowercase letters, digits, hyphens. */
export const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const ZONE = /^[a-z]+-[a-z]+\d+-[a-z]$/;
export const REGION = /^[a-z]+-[a-z]+\d+$/;
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `90s`, `30m`, `4h`, `1h30m`, `2d`. */
export const DURATION = /^(?:\d+(?:\.\d+)?[smhd])+$/;
export const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
export const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

export const ServiceNameSchema = z
  .string()
  .regex(SERVICE_NAME, 'a name of lowercase letters, digits and hyphens that starts with a letter, ends with a letter or digit, at most 63 characters')
  .describe('Service name; resource names are derived from it and the version');

export const VersionSchema = z
  .union([
    z.strictObject({
      major: z.int().min(0).max(99999).describe('Major version: a new model or contract'),
      minor: z.int().min(0).max(99999).describe('Minor version: retraining or configuration change'),
    }),
    z.string().regex(/^\d{1,5}\.\d{1,5}$/, 'a version "MAJOR.MINOR" such as "1.2"'),
  ])
  .describe('Revision of the service: {major, minor} or "MAJOR.MINOR"');

export const ImageRefSchema = z
  .string()
  .min(1)
  .regex(/^[^\s]+$/, 'an image name without spaces')
  .describe('A simple name from psml.yaml `images:` (optionally with :tag) or a full image reference');

export const GpuSchema = z
  .strictObject({
    type: z.enum(GPU_TYPES as [string, ...string[]]).describe('Accelerator type, e.g. nvidia-tesla-t4, nvidia-l4'),
    count: z.int().min(1).max(16).optional().describe('Number of GPUs (default 1)'),
  })
  .describe('GPUs per VM');

export const DurationSchema = z
  .union([
    z.number().positive().describe('seconds'),
    z.string().regex(DURATION, 'a duration such as 90s, 30m, 4h, 1h30m, 2d'),
  ])
  .describe('Duration: seconds, or a string such as 30m, 4h, 1h30m');

export const EnvValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export const EnvSchema = z
  .union([
    z.record(z.string().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), EnvValueSchema),
    z.array(z.strictObject({ name: z.string().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), value: EnvValueSchema })),
  ])
  .describe('Environment variables: a map NAME: value, or a list of {name, value}');

export const ZonesSchema = z
  .array(z.string().regex(ZONE, 'a zone such as us-central1-a'))
  .min(1)
  .describe('Zones in order of preference');

const MachineTypeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*-[a-z0-9-]+$/, 'a machine type such as n1-standard-4')
  .describe('Compute Engine machine type, e.g. n1-standard-8, g2-standard-4, e2-medium');

const StorageUriSchema = z
  .string()
  .min(1)
  .refine((s) => !s.startsWith('gs://') || /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](\/.*)?$/.test(s), 'a gs://bucket/path URI');

const CommandSchema = z.array(z.string()).min(1);

export const QuantitySchema = z
  .union([z.string(), z.number()])
  .superRefine((v, ctx) => {
    const problem = typeof v === 'number' ? (Number.isFinite(v) ? undefined : 'a finite number') : quantityProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `a Kubernetes quantity such as 500m, 2, 256Mi, 2Gi: ${problem}` });
  })
  .describe('Kubernetes quantity, e.g. 500m, 2, 256Mi, 2Gi');

export const ResourcesSchema = z
  .strictObject({
    cpu: QuantitySchema.optional().describe('vCPUs, e.g. 500m or 2'),
    memory: QuantitySchema.optional().describe('Memory, e.g. 512Mi or 4Gi'),
  })
  .describe('Resource needs; the smallest adequate machine type is chosen when machineType is not set');

const trainingShape = {
  image: ImageRefSchema.optional(),
  machineType: MachineTypeSchema.optional(),
  gpu: GpuSchema.optional(),
  zones: ZonesSchema.optional(),
  spot: z.boolean().optional().describe('Use Spot VMs (default false)'),
  maxRunDuration: DurationSchema.optional().describe('Watchdog: the VM is deleted after this long'),
  command: CommandSchema.optional().describe('Container entrypoint override'),
  args: z.array(z.string()).optional().describe('Container arguments'),
  env: EnvSchema.optional(),
  bootDiskGb: z.int().min(10).max(65536).optional().describe('Boot disk size in GB (default 100)'),
  artifactsUri: StorageUriSchema.optional().describe('Where training writes its artifacts, e.g. gs://bucket/models/svc/1.2'),
  expectedDuration: DurationSchema.optional().describe('Expected run time, for pricing (default: maxRunDuration)'),
};

const servingShape = {
  image: ImageRefSchema.optional(),
  machineType: MachineTypeSchema.optional(),
  resources: ResourcesSchema.optional(),
  gpu: GpuSchema.optional(),
  replicas: z
    .strictObject({
      min: z.int().min(0).max(1000).optional().describe('Minimum replicas (default 1)'),
      max: z.int().min(1).max(1000).optional().describe('Maximum replicas (default: min)'),
    })
    .optional(),
  autoscaling: z
    .strictObject({
      targetCpuUtilization: z.number().gt(0).max(1).optional().describe('Target CPU utilization 0–1 (default 0.6)'),
      cooldownSeconds: z.int().min(15).max(3600).optional().describe('Seconds a new VM needs before its metrics count (default 60, 600 with GPUs)'),
    })
    .optional(),
  port: z.int().min(1).max(65535).optional().describe('Container port (default 8080)'),
  healthCheckPath: z.string().regex(/^\/\S*$/, 'a path starting with /').optional().describe('HTTP health check path (default /v2/health/ready)'),
  modelUri: StorageUriSchema.optional().describe('Model location the server loads, e.g. gs://bucket/models/svc/1.2'),
  env: EnvSchema.optional(),
  command: CommandSchema.optional(),
  args: z.array(z.string()).optional(),
  region: z.string().regex(REGION, 'a region such as us-central1').optional().describe('Region of the managed instance group (default: psml.yaml region)'),
  zones: ZonesSchema.optional().describe('Zones the regional instance group may use (default: all in the region)'),
  spot: z.boolean().optional(),
  bootDiskGb: z.int().min(10).max(65536).optional().describe('Boot disk size in GB (default 50)'),
  initialDelaySeconds: z.int().min(0).max(3600).optional().describe('Autohealing initial delay (default 300, 600 with GPUs)'),
};

export const TrainingSchema = z.strictObject(trainingShape).describe('Training job: one VM that runs the image to completion');
export const ServingSchema = z.strictObject(servingShape).describe('Serving endpoint: instance template, managed group, autoscaler, health check, backend service');

/** psml.yaml `defaults:` — the same fields, all optional, merged under every manifest. */
export const ExperimentDefaultsSchema = z
  .strictObject({
    image: ImageRefSchema.optional(),
    labels: z.record(z.string().regex(LABEL_KEY, 'a label key'), z.string().regex(LABEL_VALUE, 'a label value')).optional(),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
  })
  .describe('Project-wide defaults merged under every experiment manifest');

export const ExperimentManifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    apiVersion: z.literal(EXPERIMENT_API_VERSION),
    kind: z.literal('Experiment'),
    service: ServiceNameSchema,
    version: VersionSchema,
    description: z.string().optional(),
    labels: z
      .record(z.string().regex(LABEL_KEY, 'a label key (lowercase letter first, then [a-z0-9_-])'), z.string().regex(LABEL_VALUE, 'a label value ([a-z0-9_-], at most 63)'))
      .optional()
      .describe('Extra Compute Engine labels on every resource'),
    image: ImageRefSchema.optional().describe('Default image for training and serving'),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
  })
  .describe('psml experiment manifest: one file per service revision');

export const EnvListSchema = z.array(z.strictObject({ name: z.string().regex(ENV_NAME, 'an environment variable name'), value: EnvValueSchema }));

export const MLComponentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    apiVersion: z.literal(MLCOMPONENT_API_VERSION),
    kind: z.literal('MLComponent'),
    metadata: z.strictObject({
      name: z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a Kubernetes name (lowercase letters, digits, hyphens)'),
      namespace: z.string().optional(),
      labels: z.record(z.string(), z.string()).optional(),
      annotations: z
        .record(z.string(), z.string())
        .optional()
        .describe('psml.dev/version: "MAJOR.MINOR" sets the revision (default 1.0); psml.dev/gpu-type the GPU of nvidia.com/gpu'),
    }),
    spec: z.strictObject({
      image: z.strictObject({
        existingImageName: ImageRefSchema,
        resourceLimits: z
          .strictObject({ cpu: QuantitySchema.optional(), memory: QuantitySchema.optional(), 'nvidia.com/gpu': z.int().min(1).max(16).optional() })
          .optional(),
      }),
      env: EnvListSchema.optional(),
      mlService: z.strictObject({
        packageRegistryName: z.string().optional(),
        inference: z.strictObject({
          fileExchange: z.strictObject({ fileBox: z.string().min(1), inferenceFilesPath: z.string().min(1) }).optional(),
          model: z.strictObject({ modelBox: z.string().min(1).optional(), modelPath: z.string().min(1) }).optional(),
          entryPoint: z.strictObject({
            pythonPath: z.string().optional(),
            pythonFunction: z.string().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/, 'a dotted function name such as module.predict.inference'),
          }),
        }),
      }),
      connectedBoxes: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            path: z.string().optional(),
            mountS3Box: z.strictObject({ s3BoxName: z.string().min(1), subPath: z.string().optional() }).optional(),
            copyS3Box: z.strictObject({ s3BoxName: z.string().min(1) }).optional(),
          }),
        )
        .optional(),
    }),
  })
  .describe('MLComponent manifest (unified-platform.cs.hse.ru/v1), accepted as a serving definition');

export type ExperimentManifest = z.infer<typeof ExperimentManifestSchema>;
export type ExperimentDefaults = z.infer<typeof ExperimentDefaultsSchema>;
export type TrainingManifest = z.infer<typeof TrainingSchema>;
export type ServingManifest = z.infer<typeof ServingSchema>;
export type MLComponentManifest = z.infer<typeof MLComponentSchema>;
