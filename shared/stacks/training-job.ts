/**
 * TrainingJob (seed 000: paystone.compute.ml.training): one Compute Engine VM that runs the experiment's training
 * container and deletes itself when done (seed 003: "the instance will make an API call to shut itself down").
 * GPU, Spot, `maxRunDuration` watchdog and `instanceTerminationAction: DELETE` come from the instance
 * specification. Zones are tried in the manifest's order of preference; a stockout moves on to the next one.
 */
import { PsmlError } from '../errors.js';
import { trainingInstances, type InstanceClient, type ResourceClientOptions } from '../compute/index.js';
import { requireTraining, type SpecContext } from '../compute/spec-context.js';
import type { Instance } from '../compute/types.js';
import { computeClients, type ComputeClients } from '../gcp/compute-clients.js';
import { isOperationError } from '../gcp/operations.js';
import type { Experiment } from '../manifest/experiment.js';
import { ownershipLabels, resourceNames } from '../manifest/names.js';

export interface TrainingJobOptions {
  project: string;
  clients?: ComputeClients;
  resourceOptions?: ResourceClientOptions;
  context?: Omit<SpecContext, 'project'>;
  /** Zones to try instead of `training.zones` (same order of preference). */
  zones?: string[];
  log?: (line: string) => void;
}

export interface ZoneAttempt {
  zone: string;
  outcome: 'created' | 'adopted' | 'stockout';
  detail?: string;
}

export interface TrainingStart {
  instance: string;
  zone: string;
  /** `created`, or `adopted` when this revision's job was already running (re-run of the same command). */
  outcome: 'created' | 'adopted';
  attempts: ZoneAttempt[];
}

export interface TrainingEnd {
  instance: string;
  zone: string;
  /** `deleted`: the VM finished and deleted itself; `stopped`: it shut down without deleting itself (disks still bill). */
  state: 'deleted' | 'stopped';
}

/** Operation codes that mean "no capacity here now, another zone may have some". */
const STOCKOUT = /ZONE_RESOURCE_POOL_EXHAUSTED|STOCKOUT/;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class TrainingJob {
  readonly name: string;
  readonly zones: string[];
  readonly ctx: SpecContext;
  private readonly compute: ComputeClients;
  private readonly log: (line: string) => void;

  constructor(readonly exp: Experiment, readonly options: TrainingJobOptions) {
    const t = requireTraining(exp);
    this.name = resourceNames(exp).trainingInstance;
    this.zones = options.zones?.length ? options.zones : t.zones;
    this.ctx = { ...options.context, project: options.project };
    this.compute = options.clients ?? computeClients();
    this.log = options.log ?? (() => {});
  }

  get revision(): string {
    return `${this.exp.service} ${this.exp.version.major}.${this.exp.version.minor}`;
  }

  client(zone: string): InstanceClient {
    return trainingInstances(this.options.project, zone, this.options.resourceOptions ?? {}, this.compute);
  }

  /** This revision's training VM in any of the zones, if one exists (first match in order of preference). */
  async find(): Promise<{ zone: string; instance: Instance } | undefined> {
    const found = await Promise.all(this.zones.map(async (zone) => ({ zone, instance: await this.client(zone).find(this.name) })));
    const hit = found.find((f) => f.instance && ownedByUs(f.instance, this.exp));
    return hit?.instance ? { zone: hit.zone, instance: hit.instance } : undefined;
  }

  /**
   * Creates the VM in the first zone with capacity. A job of this revision that is already running is adopted
   * (re-running the command does not start a second one).
   */
  async start(): Promise<TrainingStart> {
    const running = await this.find();
    if (running && (running.instance.status === 'TERMINATED' || running.instance.status === 'STOPPED')) {
      const ref = this.client(running.zone).ref(this.name);
      throw new PsmlError(`${ref} of an earlier run stopped without deleting itself`, {
        resource: ref,
        hint: 'its disks still bill and its name is taken: run `psml train cancel <manifest>`, then start again',
      });
    }
    if (running) {
      this.log(`= ${this.name} is already running in ${running.zone}`);
      return { instance: this.name, zone: running.zone, outcome: 'adopted', attempts: [{ zone: running.zone, outcome: 'adopted' }] };
    }
    const attempts: ZoneAttempt[] = [];
    for (const zone of this.zones) {
      const client = this.client(zone);
      try {
        const { outcome } = await client.create(client.createSpecification(this.exp, this.ctx));
        attempts.push({ zone, outcome });
        this.log(`+ ${outcome} ${client.ref(this.name)}`);
        return { instance: this.name, zone, outcome, attempts };
      } catch (e) {
        if (!(isOperationError(e) && e.codes.some((c) => STOCKOUT.test(c)))) throw e;
        attempts.push({ zone, outcome: 'stockout', detail: e.errors[0]?.message });
        this.log(`! no capacity in ${zone} (${e.codes.join(', ')}), trying the next zone`);
        // a failed insert leaves nothing on the real API; make sure of it so a later zone does not clash by name
        await client.delete(this.name, { owner: ownershipLabels(this.exp) }).catch(() => undefined);
      }
    }
    throw new PsmlError(`no zone had capacity for the training job of ${this.revision}`, {
      field: 'training.zones',
      resource: this.exp.source.file,
      hint: 'add more zones (in order of preference), pick another machine/GPU type, or try again later',
      details: attempts.map((a) => `${a.zone}: ${a.detail ?? a.outcome}`),
    });
  }

  /**
   * Waits (bounded) until the VM is gone — it deletes itself when the container exits; `maxRunDuration` deletes
   * it at the latest. A VM that stopped instead (guest shutdown) is reported: its disks keep billing.
   */
  async waitUntilDone(zone: string, opts: { timeoutMs?: number; pollMs?: number } = {}): Promise<TrainingEnd> {
    const t = requireTraining(this.exp);
    const timeoutMs = opts.timeoutMs ?? (t.maxRunDurationSeconds ? t.maxRunDurationSeconds * 1000 + 15 * 60_000 : 24 * 3600_000);
    const deadline = Date.now() + timeoutMs;
    const client = this.client(zone);
    for (;;) {
      const inst = await client.find(this.name);
      if (!inst) {
        this.log(`- ${client.ref(this.name)} deleted itself: training finished`);
        return { instance: this.name, zone, state: 'deleted' };
      }
      if (inst.status === 'TERMINATED' || inst.status === 'STOPPED') {
        this.log(`! ${client.ref(this.name)} stopped without deleting itself: its disks still bill (run \`psml train cancel\`)`);
        return { instance: this.name, zone, state: 'stopped' };
      }
      if (Date.now() + (opts.pollMs ?? 30_000) > deadline)
        throw new PsmlError(`${client.ref(this.name)} is still ${inst.status ?? 'running'} after ${Math.round(timeoutMs / 1000)} s`, {
          resource: client.ref(this.name),
          hint: 'the job keeps running; follow its logs, or stop it with `psml train cancel <manifest>`',
        });
      await sleep(opts.pollMs ?? 30_000);
    }
  }

  /** Deletes this revision's training VM wherever it runs; `absent` when there was none. */
  async cancel(): Promise<{ outcome: 'deleted' | 'absent'; zone?: string }> {
    const running = await this.find();
    if (!running) return { outcome: 'absent' };
    const outcome = await this.client(running.zone).delete(this.name, { owner: ownershipLabels(this.exp) });
    this.log(`- ${outcome} ${this.client(running.zone).ref(this.name)}`);
    return { outcome, zone: running.zone };
  }
}

function ownedByUs(inst: Instance, exp: Experiment): boolean {
  const labels = inst.labels ?? {};
  return Object.entries(ownershipLabels(exp)).every(([k, v]) => labels[k] === v);
}
