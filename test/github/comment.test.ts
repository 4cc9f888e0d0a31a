/** The sticky PR comment through @actions/github's Octokit against the local GitHub API emulator. */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator } from '../../shared/emulators/github/server.js';
import { GITHUB_BODY_LIMIT, githubClient, truncateMiddle, upsertStickyComment, type Octokit } from '../../shared/github/comment.js';

const MARKER = '<!-- psml-price-report -->';
let gh: GitHubEmulator;
let octokit: Octokit;
let pr = 0;
const target = () => ({ owner: 'acme', repo: 'ml', issueNumber: pr });
const comments = () => gh.comments('acme', 'ml', pr);
const marked = () => comments().filter((c) => c.body.includes(MARKER));

beforeAll(async () => {
  gh = await startGitHubEmulator({ token: 'secret' });
  octokit = githubClient('secret', gh.url);
});
afterAll(() => gh.close());
beforeEach(() => {
  pr++;
  gh.seed('acme', 'ml', pr, 'LGTM, but what does it cost?', 'reviewer');
});

describe('sticky comment behaviours', () => {
  it('update: creates once, edits in place, and skips an identical body', async () => {
    const first = await upsertStickyComment(octokit, target(), `${MARKER}\nv1`, { marker: MARKER });
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, target(), `${MARKER}\nv2`, { marker: MARKER });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const writes = gh.requests.length;
    const third = await upsertStickyComment(octokit, target(), `${MARKER}\nv2`, { marker: MARKER });
    expect(third.action).toBe('unchanged');
    expect(gh.requests.slice(writes).every((r) => r.method === 'GET')).toBe(true);
    expect(marked().map((c) => c.body)).toEqual([`${MARKER}\nv2`]);
    expect(comments()).toHaveLength(2); // the reviewer's comment is untouched
  });

  it('update finds its comment beyond the first page (pagination)', async () => {
    await upsertStickyComment(octokit, target(), `${MARKER}\nold`, { marker: MARKER });
    for (let i = 0; i < 230; i++) gh.seed('acme', 'ml', pr, `chatter ${i}`);
    const r = await upsertStickyComment(octokit, target(), `${MARKER}\nnew`, { marker: MARKER });
    expect(r.action).toBe('updated');
    expect(marked()).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith(`/issues/${pr}/comments`)).length).toBeGreaterThanOrEqual(3);
  });

  it('new: always adds a comment', async () => {
    await upsertStickyComment(octokit, target(), 'a', { marker: MARKER, behavior: 'new' });
    await upsertStickyComment(octokit, target(), 'a', { marker: MARKER, behavior: 'new' });
    expect(marked()).toHaveLength(2);
    expect(marked()[0]?.body.startsWith(MARKER)).toBe(true); // the marker is added when the body lacks it
  });

  it('hide-and-new: minimizes the old comments through GraphQL, then adds one', async () => {
    await upsertStickyComment(octokit, target(), `${MARKER}\n1`, { marker: MARKER, behavior: 'new' });
    await upsertStickyComment(octokit, target(), `${MARKER}\n2`, { marker: MARKER, behavior: 'new' });
    const r = await upsertStickyComment(octokit, target(), `${MARKER}\n3`, { marker: MARKER, behavior: 'hide-and-new' });
    expect(r).toMatchObject({ action: 'created', hidden: 2 });
    expect(marked().map((c) => [c.body.split('\n')[1], c.minimized ?? null])).toEqual([['1', 'OUTDATED'], ['2', 'OUTDATED'], ['3', null]]);
    expect(gh.requests.filter((q) => q.path === '/graphql')).not.toHaveLength(0);
  });

  it('delete-and-new: deletes the old comments, then adds one', async () => {
    await upsertStickyComment(octokit, target(), `${MARKER}\n1`, { marker: MARKER });
    const r = await upsertStickyComment(octokit, target(), `${MARKER}\n2`, { marker: MARKER, behavior: 'delete-and-new' });
    expect(r).toMatchObject({ action: 'created', deleted: 1 });
    expect(marked().map((c) => c.body)).toEqual([`${MARKER}\n2`]);
    expect(comments()[0]?.user.login).toBe('reviewer');
  });

  it('different markers keep separate sticky comments', async () => {
    await upsertStickyComment(octokit, target(), 'prod', { marker: '<!-- psml-price-report:prod -->' });
    await upsertStickyComment(octokit, target(), 'dev', { marker: '<!-- psml-price-report:dev -->' });
    await upsertStickyComment(octokit, target(), 'prod 2', { marker: '<!-- psml-price-report:prod -->' });
    expect(comments().map((c) => c.body.split('\n')[1] ?? c.body)).toEqual(['LGTM, but what does it cost?', 'prod 2', 'dev']);
  });

  it('a body over 65,536 characters is cut in the middle with a note, and GitHub accepts it', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const body = `${MARKER}\nHEAD\n${rows}\nTAIL`;
    const r = await upsertStickyComment(octokit, target(), body, { marker: MARKER });
    expect(r.truncated).toBe(true);
    const posted = marked()[0]!.body;
    expect(posted.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(posted.startsWith(`${MARKER}\nHEAD`)).toBe(true);
    expect(posted.endsWith('TAIL')).toBe(true);
    expect(posted).toMatch(/\*\*Truncated:\*\* \d+ characters were cut from the middle/);
  });

  it('the emulator rejects a bad token like GitHub (401), surfacing as an error', async () => {
    const bad = githubClient('wrong', gh.url);
    await expect(upsertStickyComment(bad, target(), 'x', { marker: MARKER })).rejects.toMatchObject({ status: 401 });
  });
});

describe('truncateMiddle', () => {
  it('never exceeds the limit, keeps both ends, and states exactly how much was cut', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 3000 }), fc.integer({ min: 600, max: 2000 }), (s, limit) => {
        const { body, truncated } = truncateMiddle(s, limit);
        expect(body.length).toBeLessThanOrEqual(Math.max(limit, s.length <= limit ? s.length : 0));
        expect(truncated).toBe(s.length > limit);
        if (!truncated) {
          expect(body).toBe(s);
          return;
        }
        const m = /\n\n> \*\*Truncated:\*\* (\d+) characters[^\n]*\n\n/.exec(body)!;
        const kept = body.length - m[0].length;
        expect(kept + Number(m[1])).toBe(s.length);
        expect(s.startsWith(body.slice(0, m.index))).toBe(true);
        expect(s.endsWith(body.slice(m.index + m[0].length))).toBe(true);
      }),
    );
  });
});
