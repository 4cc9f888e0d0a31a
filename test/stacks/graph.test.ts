/** The dependency-graph executor: order, parallel branches, stop-after-failure with a useful error. */
import { describe, expect, it } from 'vitest';
import { runGraph, topologicalOrder, type GraphStep } from '../../shared/stacks/graph.js';
import { PsmlError } from '../../shared/errors.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('runGraph', () => {
  it('starts a step only after its dependencies and runs independent branches at the same time', async () => {
    const started: string[] = [];
    const gates = { a: deferred(), b: deferred() };
    let bothRunning = false;
    const steps: GraphStep[] = [
      { id: 'a', after: [], run: async () => { started.push('a'); await gates.a.promise; } },
      { id: 'b', after: [], run: async () => { started.push('b'); bothRunning = started.includes('a'); gates.a.resolve(); await gates.b.promise; } },
      { id: 'c', after: ['a', 'b'], run: async () => { started.push('c'); } },
      { id: 'd', after: ['a', 'missing-is-ignored'], run: async () => { started.push('d'); gates.b.resolve(); } },
    ];
    const { done } = await runGraph(steps, { concurrency: 4 });
    expect(bothRunning).toBe(true); // b started while a was still waiting
    expect(done.indexOf('c')).toBeGreaterThan(done.indexOf('a'));
    expect(done.indexOf('c')).toBeGreaterThan(done.indexOf('b'));
    expect(done.indexOf('d')).toBeGreaterThan(done.indexOf('a'));
    expect(done.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops scheduling after a failure, lets running steps finish, and reports done / not started', async () => {
    const ran: string[] = [];
    const steps: GraphStep[] = [
      { id: 'hc', after: [], run: async () => { ran.push('hc'); } },
      { id: 'mig', after: ['hc'], run: async () => { throw new PsmlError('quota exceeded', { resource: 'mig' }); } },
      { id: 'as', after: ['mig'], run: async () => { ran.push('as'); } },
    ];
    const err = await runGraph(steps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    const e = err as PsmlError;
    expect(e.message).toMatch(/stopped at mig: mig: quota exceeded/);
    expect(e.details).toContain('done: hc');
    expect(e.details).toContain('not started: as');
    expect(e.hint).toMatch(/run the same command again/);
    expect(ran).toEqual(['hc']);
  });

  it('rejects cycles', () => {
    expect(() => topologicalOrder([{ id: 'a', after: ['b'], run: async () => {} }, { id: 'b', after: ['a'], run: async () => {} }])).toThrow(/cycle/);
  });
});
