/**
 * A local GitHub API for tests and the demo: issue comments (list with per_page/page and Link headers, get, create,
 * update, delete) and GraphQL `minimizeComment`, with GitHub's error shapes (401 without the token, 404, 422 for a
 * body over 65,536 characters). Point Octokit at it with `baseUrl` (GITHUB_API_URL).
 */
import type http from 'node:http';
import { HttpError, listen, readBody, sendJson, type RunningServer } from '../http.js';

export interface EmulatedComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
  issue_url: string;
  /** GraphQL minimize state (not part of the REST answer, like on GitHub). */
  minimized?: string;
}

export interface GitHubEmulatorOptions {
  /** The token requests must carry (`Authorization: token X` or `Bearer X`). */
  token?: string;
  port?: number;
  login?: string;
}

export interface GitHubEmulator {
  url: string;
  /** Every request: method and path (tests count API calls). */
  requests: { method: string; path: string }[];
  /** Comments of one issue/PR, oldest first (deleted ones are gone). */
  comments(owner: string, repo: string, issue: number): EmulatedComment[];
  /** Adds a comment as another user (e.g. a human reviewer) without going through the API. */
  seed(owner: string, repo: string, issue: number, body: string, login?: string): EmulatedComment;
  close(): Promise<void>;
}

export const GITHUB_COMMENT_LIMIT = 65_536;

export async function startGitHubEmulator(opts: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const token = opts.token ?? 'test-token';
  const login = opts.login ?? 'github-actions[bot]';
  const byIssue = new Map<string, EmulatedComment[]>();
  const byId = new Map<number, { key: string; comment: EmulatedComment }>();
  const requests: { method: string; path: string }[] = [];
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  let server: RunningServer | undefined;

  const issueKey = (o: string, r: string, n: number) => `${o}/${r}#${n}`;
  const create = (owner: string, repo: string, issue: number, body: string, user: string): EmulatedComment => {
    const id = nextId++;
    const now = new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');
    const c: EmulatedComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
      body,
      user: { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${server?.url}/repos/${owner}/${repo}/issues/${issue}`,
    };
    const key = issueKey(owner, repo, issue);
    byIssue.set(key, [...(byIssue.get(key) ?? []), c]);
    byId.set(id, { key, comment: c });
    return c;
  };
  const rest = (c: EmulatedComment) => {
    const { minimized: _m, ...r } = c;
    return r;
  };
  const checkBody = (body: unknown): string => {
    if (typeof body !== 'string' || body.length === 0) throw new HttpError(422, 'body is missing');
    if (body.length > GITHUB_COMMENT_LIMIT) throw new HttpError(422, `body is too long (maximum is ${GITHUB_COMMENT_LIMIT} characters)`);
    return body;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname });
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      return sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const text = await readBody(req);
    const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const [, owner, repo, n] = m as unknown as [string, string, string, string];
      if (method === 'GET') {
        const all = byIssue.get(issueKey(owner, repo, Number(n))) ?? [];
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const last = Math.max(Math.ceil(all.length / perPage), 1);
        const link = (p: number, rel: string) => `<${server!.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : '', page > 1 ? link(page - 1, 'prev') : '', page > 1 ? link(1, 'first') : '']
          .filter(Boolean)
          .join(', ');
        return sendJson(res, 200, all.slice((page - 1) * perPage, page * perPage).map(rest), links ? { link: links } : {});
      }
      if (method === 'POST') return sendJson(res, 201, rest(create(owner, repo, Number(n), checkBody(json.body), login)));
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m) {
      const found = byId.get(Number(m[3]));
      if (!found) return sendJson(res, 404, { message: 'Not Found' });
      if (method === 'GET') return sendJson(res, 200, rest(found.comment));
      if (method === 'PATCH') {
        found.comment.body = checkBody(json.body);
        found.comment.updated_at = new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');
        return sendJson(res, 200, rest(found.comment));
      }
      if (method === 'DELETE') {
        byId.delete(found.comment.id);
        byIssue.set(found.key, (byIssue.get(found.key) ?? []).filter((c) => c.id !== found.comment.id));
        res.writeHead(204).end();
        return;
      }
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      const query = String(json.query ?? '');
      const vars = (json.variables ?? {}) as Record<string, unknown>;
      if (/minimizeComment/.test(query)) {
        const subjectId = String(vars.subjectId ?? vars.id ?? /subjectId:\s*"([^"]+)"/.exec(query)?.[1] ?? '');
        const classifier = String(vars.classifier ?? /classifier:\s*([A-Z_]+)/.exec(query)?.[1] ?? 'OUTDATED');
        const target = [...byId.values()].find((x) => x.comment.node_id === subjectId);
        if (!target) {
          return sendJson(res, 200, { data: { minimizeComment: null }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${subjectId}'` }] });
        }
        target.comment.minimized = classifier;
        return sendJson(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: classifier.toLowerCase() } } } });
      }
      return sendJson(res, 200, { errors: [{ message: 'the emulator implements only minimizeComment' }] });
    }
    return sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  server = await listen(
    async (req, res) => {
      try {
        await handle(req, res);
      } catch (e) {
        if (e instanceof HttpError) {
          sendJson(res, e.status, {
            message: e.status === 422 ? 'Validation Failed' : e.message,
            errors: e.status === 422 ? [{ resource: 'IssueComment', code: 'custom', field: 'body', message: e.message }] : undefined,
          });
        } else throw e;
      }
    },
    { port: opts.port },
  );

  return {
    url: server.url,
    requests,
    comments: (o, r, n) => [...(byIssue.get(issueKey(o, r, n)) ?? [])],
    seed: (o, r, n, body, user = 'octocat') => create(o, r, n, body, user),
    close: () => server!.close(),
  };
}
