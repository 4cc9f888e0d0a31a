/** Instances: the VM a training job runs on (one per run, in the first zone with capacity). */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import type { Labels } from './ownership.js';
import { containerStartupScript, psmlCliArgs } from './startup-script.js';
import {
  CLOUD_PLATFORM_SCOPE,
  COS_IMAGE,
  DEFAULT_NETWORK,
  isAttachableGpu,
  names,
  requireTraining,
  revisionLabels,
  scheduling,
  type SpecContext,
} from './spec-context.js';
import type { Instance } from './types.js';

export class InstanceClient extends ResourceClient<Instance> {
  readonly collection = 'instances';
  protected readonly scopes: readonly ScopeKind[] = ['zone'];
  protected override readonly labelled = true;

  protected calls(): CollectionCalls<Instance> {
    // no in-place update: a training VM runs once and deletes itself
    return gapicCalls<Instance>(this.clients.client('instances'), { name: 'instance', resource: 'instanceResource' }, this.location);
  }

  ownerLabels(r: Instance): Labels {
    return { ...r.labels };
  }

  /** The training VM of `exp` in this client's zone (one of `training.zones`). */
  createSpecification(exp: Experiment, ctx: SpecContext): Instance {
    const t = requireTraining(exp);
    const zone = this.location.zone!;
    const zonal = scopePath({ project: ctx.project, zone });
    const gpus = t.gpu?.count ?? 0;
    const n = names(exp);
    return {
      name: n.trainingInstance,
      description: `psml training job ${exp.service} ${exp.version.major}.${exp.version.minor}`,
      machineType: `${zonal}/machineTypes/${t.machineType}`,
      labels: revisionLabels(exp),
      disks: [
        {
          boot: true,
          autoDelete: true,
          type: 'PERSISTENT',
          initializeParams: {
            sourceImage: ctx.sourceImage ?? COS_IMAGE,
            diskSizeGb: String(t.bootDiskGb),
            diskType: `${zonal}/diskTypes/pd-balanced`,
          },
        },
      ],
      networkInterfaces: [
        { network: ctx.network ?? DEFAULT_NETWORK, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] },
      ],
      serviceAccounts: [{ email: ctx.serviceAccount ?? 'default', scopes: [CLOUD_PLATFORM_SCOPE] }],
      guestAccelerators:
        t.gpu && isAttachableGpu(t.gpu.type)
          ? [{ acceleratorType: `${zonal}/acceleratorTypes/${t.gpu.type}`, acceleratorCount: t.gpu.count }]
          : [],
      scheduling: scheduling({ gpus, spot: t.spot, maxRunDurationSeconds: t.maxRunDurationSeconds }),
      metadata: {
        items: [
          {
            key: 'startup-script',
            value: containerStartupScript({
              role: 'training',
              image: t.image,
              command: t.command,
              args: t.args.length ? t.args : psmlCliArgs('training', exp.service, exp.version.major, exp.version.minor),
              env: {
                ...t.env,
                PSML_SERVICE: exp.service,
                PSML_VERSION: `${exp.version.major}.${exp.version.minor}`,
                ...(t.artifactsUri ? { PSML_ARTIFACTS_URI: t.artifactsUri } : {}),
              },
              gpus,
              revision: `${exp.service} ${exp.version.major}.${exp.version.minor}`,
            }),
          },
          { key: 'google-logging-enabled', value: 'true' },
        ],
      },
    };
  }
}
