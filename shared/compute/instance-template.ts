/** Instance templates: one per serving revision, never modified in place (a new revision is a new template). */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, type CollectionCalls, type ScopeKind } from './resource-client.js';
import type { Labels } from './ownership.js';
import { describeOwnership } from './ownership.js';
import { containerStartupScript, psmlCliArgs } from './startup-script.js';
import {
  CLOUD_PLATFORM_SCOPE,
  COS_IMAGE,
  DEFAULT_NETWORK,
  isAttachableGpu,
  names,
  networkTag,
  requireServing,
  revisionLabels,
  revisionOwnership,
  scheduling,
  type SpecContext,
} from './spec-context.js';
import type { InstanceTemplate } from './types.js';

export class InstanceTemplateClient extends ResourceClient<InstanceTemplate> {
  readonly collection = 'instanceTemplates';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<InstanceTemplate> {
    return gapicCalls<InstanceTemplate>(
      this.clients.client('instanceTemplates'),
      { name: 'instanceTemplate', resource: 'instanceTemplateResource' },
      this.location,
    );
  }

  /** Templates have no labels of their own: the instances' labels (properties.labels) mark them. */
  ownerLabels(r: InstanceTemplate): Labels {
    return { ...r.properties?.labels };
  }

  /** The serving VM of `exp`: machine type and accelerator as bare names (templates are not zonal). */
  createSpecification(exp: Experiment, ctx: SpecContext): InstanceTemplate {
    const s = requireServing(exp);
    const gpus = s.gpu?.count ?? 0;
    const n = names(exp);
    const revision = `${exp.service} ${exp.version.major}.${exp.version.minor}`;
    return {
      name: n.instanceTemplate,
      description: describeOwnership(revisionOwnership(exp), `psml serving ${revision}`),
      properties: {
        machineType: s.machineType,
        labels: revisionLabels(exp),
        tags: { items: [networkTag(exp)] },
        disks: [
          {
            boot: true,
            autoDelete: true,
            type: 'PERSISTENT',
            initializeParams: { sourceImage: ctx.sourceImage ?? COS_IMAGE, diskSizeGb: String(s.bootDiskGb), diskType: 'pd-balanced' },
          },
        ],
        networkInterfaces: [
          { network: ctx.network ?? DEFAULT_NETWORK, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] },
        ],
        serviceAccounts: [{ email: ctx.serviceAccount ?? 'default', scopes: [CLOUD_PLATFORM_SCOPE] }],
        guestAccelerators:
          s.gpu && isAttachableGpu(s.gpu.type) ? [{ acceleratorType: s.gpu.type, acceleratorCount: s.gpu.count }] : [],
        scheduling: scheduling({ gpus, spot: s.spot }),
        metadata: {
          items: [
            {
              key: 'startup-script',
              value: containerStartupScript({
                role: 'serving',
                image: s.image,
                command: s.command,
                args: s.args?.length ? s.args : psmlCliArgs('serving', exp.service, exp.version.major, exp.version.minor),
                env: {
                  ...s.env,
                  PORT: String(s.port),
                  PSML_SERVICE: exp.service,
                  PSML_VERSION: `${exp.version.major}.${exp.version.minor}`,
                  ...(s.modelUri ? { PSML_MODEL_URI: s.modelUri } : {}),
                },
                gpus,
                port: s.port,
                revision,
              }),
            },
            { key: 'google-logging-enabled', value: 'true' },
          ],
        },
      },
    };
  }
}
