/** The commit and branch an image is built from: CI's variables first (GitHub Actions, Cloud Build), else git itself. */
import { execFileSync } from 'node:child_process';
import type { GitInfo } from './plan.js';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined; // not a checkout, or no git: tag with what is known
  }
}

export function gitInfo(cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): GitInfo {
  const sha = env.GITHUB_SHA || env.COMMIT_SHA || git(cwd, ['rev-parse', 'HEAD']);
  const branch =
    env.GITHUB_HEAD_REF ||
    (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined) ||
    env.BRANCH_NAME ||
    git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
  return { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) };
}
