/** The thin layer between a GitHub Action (or a Cloud Build step) and shared/: inputs in, outputs and summary out. */
import * as core from '@actions/core';
import { PsmlError, asUserError, guardProcess } from '../errors.js';

export function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

export function requiredInput(name: string): string {
  const v = input(name);
  if (v === undefined) {
    throw new PsmlError(`input "${name}" is required`, { hint: `set "with: ${name}: …" on the step` });
  }
  return v;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const v = input(name);
  if (v === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(v)) return true;
  if (/^(false|no|0)$/i.test(v)) return false;
  throw new PsmlError(`input "${name}" must be true or false, got "${v}"`);
}

/** Multi-line or comma-separated list input. */
export function listInput(name: string): string[] {
  return (input(name) ?? '').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/** Markdown for the job summary; written only where the runner gives a summary file (not in Cloud Build or locally). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/**
 * Runs an action entry with the one try/catch every action shares: a user error becomes a single
 * `::error::` line, a bug also logs its stack at debug level, and the step fails either way.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  guardProcess();
  try {
    await body();
  } catch (e) {
    const user = asUserError(e);
    if (user) {
      core.setFailed(`${name} failed: ${user.oneLine()}`);
      for (const line of user.details) core.info(line);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      core.debug(err.stack ?? err.message);
      core.setFailed(`${name} failed with an internal error: ${err.message.split('\n')[0]} (please report it)`);
    }
  }
}

/** For actions whose capability has not landed: fail clearly instead of pretending to work. */
export function notAvailableYet(name: string): Promise<void> {
  return runAction(name, async () => {
    throw new PsmlError('is not available yet in this version of psml', {
      hint: 'follow the project issues for when it lands; nothing was created',
    });
  });
}
