/**
 * The reference's best-effort saturation policies: servers left unserved get partial replicas from leftover capacity.
 *  - None: nothing.
 *  - PriorityExhaustive: by priority, each server takes as many replicas as fit (up to what it needs − 1).
 *  - PriorityRoundRobin: by priority tier, one replica at a time round the tier.
 *  - RoundRobin: one replica at a time round all leftovers, ignoring priority.
 */
import type { Candidate, ServerCandidates } from './candidates.js';
import type { SaturationPolicy } from './system.js';

export interface Partial {
  server: number;
  candidate: Candidate;
  replicas: number;
}

export function saturate(
  policy: SaturationPolicy,
  servers: ServerCandidates[],
  unserved: number[],
  free: Map<string, number>,
): Partial[] {
  if (policy === 'None' || unserved.length === 0) return [];
  const perReplica = (c: Candidate) => c.cards / c.replicas;
  const room = (c: Candidate) => Math.floor((free.get(c.row) ?? 0) / perReplica(c) + 1e-9);
  // each leftover's candidate: the one with room for the most replicas, cheaper per replica on ties
  const pick = (s: number): Candidate | undefined => {
    let best: Candidate | undefined;
    for (const c of servers[s]!.candidates) {
      if (c.replicas <= 1) continue; // one replica would be a full allocation
      const r = Math.min(room(c), c.replicas - 1);
      if (r < 1) continue;
      const br = best ? Math.min(room(best), best.replicas - 1) : 0;
      if (!best || r > br || (r === br && c.cost / c.replicas < best.cost / best.replicas)) best = c;
    }
    return best;
  };
  const order = [...unserved].sort((a, b) => servers[a]!.priority - servers[b]!.priority || a - b);
  const granted = new Map<number, Partial>();
  const take = (s: number, c: Candidate, k: number) => {
    free.set(c.row, (free.get(c.row) ?? 0) - k * perReplica(c));
    const g = granted.get(s);
    if (g) g.replicas += k;
    else granted.set(s, { server: s, candidate: c, replicas: k });
  };
  if (policy === 'PriorityExhaustive') {
    for (const s of order) {
      const c = pick(s);
      if (c) take(s, c, Math.min(room(c), c.replicas - 1));
    }
  } else {
    const tiers: number[][] =
      policy === 'RoundRobin' ? [order] : [...new Set(order.map((s) => servers[s]!.priority))].map((p) => order.filter((s) => servers[s]!.priority === p));
    for (const tier of tiers) {
      const chosen = new Map<number, Candidate>();
      for (const s of tier) {
        const c = pick(s);
        if (c) chosen.set(s, c);
      }
      let progress = true;
      while (progress) {
        progress = false;
        for (const s of tier) {
          const c = chosen.get(s);
          if (!c) continue;
          const have = granted.get(s)?.replicas ?? 0;
          if (have >= c.replicas - 1 || room(c) < 1) continue;
          take(s, c, 1);
          progress = true;
        }
      }
    }
  }
  return [...granted.values()].sort((a, b) => a.server - b.server);
}
