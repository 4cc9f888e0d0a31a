/**
 * One sticky PR comment, found again by a hidden marker (Infracost's model): `update` edits the latest marked comment
 * (creates one if none; does nothing when the body is identical), `new` always adds one, `hide-and-new` minimizes
 * the old ones (GraphQL minimizeComment) and adds one, `delete-and-new` deletes them and adds one.
 */
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { PsmlError } from '../errors.js';
import { parseJsonText } from '../json.js';

export type Octokit = ReturnType<typeof getOctokit>;
export type CommentBehavior = 'update' | 'new' | 'hide-and-new' | 'delete-and-new';
export const COMMENT_BEHAVIORS: readonly CommentBehavior[] = ['update', 'new', 'hide-and-new', 'delete-and-new'];

/** GitHub rejects comment bodies longer than this (characters). */
export const GITHUB_BODY_LIMIT = 65_536;

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  hidden: number;
  deleted: number;
  truncated: boolean;
}

export function parseBehavior(v: string | undefined): CommentBehavior {
  const b = (v ?? 'update') as CommentBehavior;
  if (!COMMENT_BEHAVIORS.includes(b)) {
    throw new PsmlError(`behavior "${v}" is not one of ${COMMENT_BEHAVIORS.join(', ')}`, { field: 'behavior' });
  }
  return b;
}

/** An Octokit for GITHUB_API_URL (GitHub Enterprise, or a local emulator in tests). */
export function githubClient(token: string, baseUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com'): Octokit {
  return getOctokit(token, { baseUrl });
}

/** Cuts the middle out of a body over the limit, keeping its head and tail (the marker stays first) and saying so. */
export function truncateMiddle(body: string, limit = GITHUB_BODY_LIMIT): { body: string; truncated: boolean } {
  if (body.length <= limit) return { body, truncated: false };
  const note = (n: number) =>
    `\n\n> **Truncated:** ${n} characters were cut from the middle of this report (GitHub comments hold at most ` +
    `${limit} characters); the full report is in the job summary and the report file.\n\n`;
  // the cut is shorter than the body, so its note is never longer than this one
  const room = limit - note(body.length).length;
  // cut at line ends so a table row or code fence is not split mid-line
  let head = body.lastIndexOf('\n', Math.ceil(room / 2));
  if (head <= 0) head = Math.ceil(room / 2);
  let tailStart = body.indexOf('\n', body.length - (room - head));
  if (tailStart < 0 || tailStart < body.length - (room - head)) tailStart = body.length - (room - head);
  return { body: body.slice(0, head) + note(tailStart - head) + body.slice(tailStart), truncated: true };
}

interface ListedComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
}

/** Posts or refreshes the one comment carrying `marker`. */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyCommentTarget,
  body: string,
  opts: { marker: string; behavior?: CommentBehavior },
): Promise<StickyCommentResult> {
  const behavior = opts.behavior ?? 'update';
  const withMarker = body.includes(opts.marker) ? body : `${opts.marker}\n${body}`;
  const { body: text, truncated } = truncateMiddle(withMarker);
  const { owner, repo, issueNumber } = target;
  const issue = { owner, repo, issue_number: issueNumber };

  const all = (await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) as ListedComment[];
  const mine = all.filter((c) => c.body?.includes(opts.marker));
  const result = { hidden: 0, deleted: 0, truncated };

  if (behavior === 'update' && mine.length > 0) {
    const latest = mine[mine.length - 1]!;
    if (latest.body === text) return { action: 'unchanged', id: latest.id, url: latest.html_url, ...result };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: latest.id, body: text });
    return { action: 'updated', id: data.id, url: data.html_url, ...result };
  }
  if (behavior === 'hide-and-new') {
    for (const c of mine) {
      await octokit.graphql(
        'mutation($subjectId: ID!) { minimizeComment(input: {subjectId: $subjectId, classifier: OUTDATED}) { minimizedComment { isMinimized } } }',
        { subjectId: c.node_id },
      );
      result.hidden++;
    }
  }
  if (behavior === 'delete-and-new') {
    for (const c of mine) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
      result.deleted++;
    }
  }
  const { data } = await octokit.rest.issues.createComment({ ...issue, body: text });
  return { action: 'created', id: data.id, url: data.html_url, ...result };
}

/**
 * The PR to comment on: `pr-number` if given, else the event's pull_request / issue number; repository from
 * GITHUB_REPOSITORY. Undefined outside a pull request (push, schedule, Cloud Build).
 */
export function pullRequestTarget(prNumber?: string): StickyCommentTarget | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  let n = prNumber ? Number(prNumber) : undefined;
  if (prNumber && (!Number.isInteger(n) || n! < 1)) throw new PsmlError(`pr-number must be a positive whole number, got "${prNumber}"`, { field: 'pr-number' });
  if (n === undefined && process.env.GITHUB_EVENT_PATH) {
    try {
      const event = parseJsonText(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number }; issue?: { number?: number }; number?: number };
      n = event.pull_request?.number ?? event.issue?.number ?? event.number;
    } catch {
      n = undefined;
    }
  }
  if (!owner || !repo || !n) return undefined;
  return { owner, repo, issueNumber: n };
}
