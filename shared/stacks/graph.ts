/**
 * Runs steps as a dependency graph: a step starts once every step it depends on finished, independent branches run
 * in parallel (bounded by p-limit). After the first failure nothing new starts; steps already running finish, and the
 * error says what was done, what failed and what never started — the steps are idempotent, so re-running converges.
 */
import pLimit from 'p-limit';
import { PsmlError, describeError, isPsmlError } from '../errors.js';

export interface GraphStep<Id extends string = string> {
  id: Id;
  /** Steps that must finish first (ids not in the graph are ignored: they need no work). */
  after: readonly Id[];
  run: () => Promise<void>;
}

export interface GraphResult<Id extends string = string> {
  /** Completion order (useful to check and to report). */
  done: Id[];
}

export interface GraphOptions<Id extends string = string> {
  concurrency?: number;
  onStart?: (id: Id) => void;
  onDone?: (id: Id) => void;
}

/** Throws on a cycle or an unknown dependency (a bug in the plan, not a user error). */
export function topologicalOrder<Id extends string>(steps: readonly GraphStep<Id>[]): Id[] {
  const ids = new Set(steps.map((s) => s.id));
  const order: Id[] = [];
  const state = new Map<Id, 'visiting' | 'done'>();
  const byId = new Map(steps.map((s) => [s.id, s]));
  const visit = (id: Id, path: Id[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') throw new Error(`dependency cycle: ${[...path, id].join(' → ')}`);
    state.set(id, 'visiting');
    for (const d of byId.get(id)!.after) if (ids.has(d)) visit(d, [...path, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const s of steps) visit(s.id, []);
  return order;
}

export async function runGraph<Id extends string>(steps: readonly GraphStep<Id>[], opts: GraphOptions<Id> = {}): Promise<GraphResult<Id>> {
  topologicalOrder(steps); // fail fast on cycles
  const ids = new Set(steps.map((s) => s.id));
  const limit = pLimit(Math.max(1, opts.concurrency ?? 4));
  const done: Id[] = [];
  const finished = new Set<Id>();
  const started = new Set<Id>();
  const failures: { id: Id; error: unknown }[] = [];
  const running = new Set<Promise<void>>();

  await new Promise<void>((resolve) => {
    const schedule = () => {
      if (failures.length === 0) {
        for (const s of steps) {
          if (started.has(s.id)) continue;
          if (!s.after.every((d) => !ids.has(d) || finished.has(d))) continue;
          started.add(s.id);
          const p = limit(async () => {
            if (failures.length) return; // queued behind the limit when something failed: do not start
            opts.onStart?.(s.id);
            await s.run();
            finished.add(s.id);
            done.push(s.id);
            opts.onDone?.(s.id);
          })
            .catch((error: unknown) => {
              failures.push({ id: s.id, error });
            })
            .finally(() => {
              running.delete(p);
              schedule();
            });
          running.add(p);
        }
      }
      if (running.size === 0) resolve();
    };
    schedule();
  });

  if (failures.length) {
    const notStarted = steps.filter((s) => !started.has(s.id) || (!finished.has(s.id) && !failures.some((f) => f.id === s.id))).map((s) => s.id);
    const first = failures[0]!;
    const msg = isPsmlError(first.error) ? first.error.oneLine() : describeError(first.error);
    throw new PsmlError(`stopped at ${failures.map((f) => f.id).join(', ')}: ${msg}`, {
      resource: isPsmlError(first.error) ? first.error.resource : undefined,
      hint: 'fix the cause and run the same command again: finished steps are kept and every step is idempotent',
      details: [
        `done: ${done.join(', ') || '(nothing)'}`,
        `not started: ${notStarted.join(', ') || '(nothing)'}`,
        ...failures.slice(1).map((f) => `also failed: ${f.id}: ${isPsmlError(f.error) ? f.error.oneLine() : describeError(f.error)}`),
        ...(isPsmlError(first.error) ? first.error.details : []),
      ],
      cause: first.error,
    });
  }
  return { done };
}
