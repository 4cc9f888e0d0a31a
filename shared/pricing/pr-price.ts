/**
 * The pull-request price report: find the experiment manifests matching the patterns in the head tree and in the base
 * (a git ref, or a directory with the base checkout), price both sides with the same catalog, and build the
 * PriceReport. `pricePullRequest` then writes the markdown/JSON and posts the sticky comment when it is worth one.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tar from 'tar-fs';
import { glob } from 'tinyglobby';
import { PsmlError } from '../errors.js';
import { type CommentBehavior, type StickyCommentResult, type StickyCommentTarget, githubClient, upsertStickyComment } from '../github/comment.js';
import { loadExperiment } from '../manifest/load.js';
import type { Catalog } from './catalog.js';
import { loadCatalog, type CatalogChoice } from './catalog-source.js';
import { priceExperiment } from './experiment-price.js';
import { toDecimal } from './money.js';
import {
  DEFAULT_MARKER,
  buildPriceReport,
  changedEntries,
  exceedsThresholds,
  renderMarkdown,
  reportJson,
  type PriceReport,
  type ReportEntry,
  type Thresholds,
} from './price-report.js';
import { SkuIndex } from './sku-matcher.js';

export interface ManifestSides {
  /** Globs or paths relative to `cwd`. */
  patterns: string[];
  /** Head checkout (default: the current directory). */
  cwd?: string;
  /** Base as a git ref of the repository at `cwd` (needs the ref fetched: actions/checkout `fetch-depth: 0`). */
  baseRef?: string;
  /** Base as a directory holding the base checkout. */
  baseDir?: string;
}

const IGNORE = ['**/node_modules/**', '**/.git/**', 'dist/**'];

/** Compares head and base manifests and prices both sides. */
export async function comparePrices(sides: ManifestSides, catalog: Catalog): Promise<PriceReport> {
  if (sides.patterns.length === 0) throw new PsmlError('no manifest paths or globs given', { field: 'manifests', hint: 'e.g. experiments/**/*.yaml' });
  const cwd = path.resolve(sides.cwd ?? '.');
  const lookup = new SkuIndex(catalog);
  let tmp: string | undefined;
  try {
    let baseRoot: string | undefined;
    if (sides.baseDir) baseRoot = path.resolve(sides.baseDir);
    else if (sides.baseRef) {
      tmp = await mkdtemp(path.join(os.tmpdir(), 'psml-price-base-'));
      await extractGitTree(cwd, sides.baseRef, tmp);
      baseRoot = path.join(tmp, await gitPrefix(cwd));
      await mkdir(baseRoot, { recursive: true });
    }
    const headFiles = await glob(sides.patterns, { cwd, ignore: IGNORE, onlyFiles: true });
    const baseFiles = baseRoot ? await glob(sides.patterns, { cwd: baseRoot, ignore: IGNORE, onlyFiles: true }) : [];
    const all = [...new Set([...headFiles, ...baseFiles])].sort();
    if (headFiles.length === 0 && baseFiles.length === 0) {
      throw new PsmlError(`no manifest matches ${sides.patterns.map((p) => `"${p}"`).join(', ')}`, { field: 'manifests', resource: cwd });
    }
    const entries: ReportEntry[] = [];
    for (const rel of all) {
      const headPath = headFiles.includes(rel) ? path.join(cwd, rel) : undefined;
      const basePath = baseRoot && baseFiles.includes(rel) ? path.join(baseRoot, rel) : undefined;
      const [headText, baseText] = await Promise.all([headPath && readFile(headPath, 'utf8'), basePath && readFile(basePath, 'utf8')]);
      const price = (p: string) => {
        const exp = loadExperiment(p);
        return priceExperiment(lookup, { ...exp, source: { file: rel } });
      };
      const head = headPath ? price(headPath) : undefined;
      const base = basePath ? price(basePath) : undefined;
      const status = !base ? 'added' : !head ? 'removed' : headText === baseText ? 'unchanged' : 'changed';
      entries.push({ file: rel, status, head, base });
    }
    return buildPriceReport(entries, catalog);
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim() || `${cmd} exited ${code}`))));
  });
}

const gitPrefix = async (cwd: string) => (await run('git', ['rev-parse', '--show-prefix'], cwd)).trim();

/** `git archive <ref>` of the whole repository, extracted into `dir` (the base's psml.yaml comes along). */
async function extractGitTree(cwd: string, ref: string, dir: string): Promise<void> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{tree}`], cwd);
  } catch {
    throw new PsmlError(`base ref "${ref}" is not in the repository`, {
      field: 'base-ref',
      resource: cwd,
      hint: 'fetch it (actions/checkout with fetch-depth: 0), or check out the base into a directory and pass base-dir',
    });
  }
  const root = (await run('git', ['rev-parse', '--show-toplevel'], cwd)).trim();
  await new Promise<void>((resolve, reject) => {
    const p = spawn('git', ['archive', '--format=tar', ref], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const x = tar.extract(dir);
    p.stdout.pipe(x);
    p.on('error', reject);
    x.on('error', reject);
    x.on('finish', () => resolve());
    p.on('close', (code) => code !== 0 && reject(new Error(`git archive ${ref} exited ${code}`)));
  });
}

export interface PullRequestPriceOptions extends ManifestSides {
  catalog?: CatalogChoice;
  thresholds?: Thresholds;
  /** Comment even when no experiment changed. */
  commentWhenUnchanged?: boolean;
  behavior?: CommentBehavior;
  marker?: string;
  /** Where report.md and report.json go (default: a temp directory). */
  reportDir?: string;
  /** Post to this PR; no comment when absent (outputs and files only). */
  comment?: { token: string; target: StickyCommentTarget; apiUrl?: string };
}

export interface PullRequestPriceResult {
  report: PriceReport;
  markdown: string;
  /** New hourly total and its change, as decimal strings in the currency. */
  hourly: string;
  delta: string;
  currency: string;
  reportPath: string;
  jsonPath: string;
  comment: StickyCommentResult | { action: 'skipped'; reason: string };
}

export async function pricePullRequest(opts: PullRequestPriceOptions): Promise<PullRequestPriceResult> {
  for (const [field, v] of [['threshold-amount', opts.thresholds?.amount], ['threshold-percent', opts.thresholds?.percent]] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new PsmlError(`${field} must be a number ≥ 0, got "${v}"`, { field });
  }
  const catalog = await loadCatalog(opts.catalog);
  const report = await comparePrices(opts, catalog);
  const marker = opts.marker ?? DEFAULT_MARKER;
  const markdown = renderMarkdown(report, { marker });
  const dir = opts.reportDir ?? (await mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'psml-price-')));
  await mkdir(dir, { recursive: true });
  const reportPath = path.join(dir, 'price-report.md');
  const jsonPath = path.join(dir, 'price-report.json');
  await writeFile(reportPath, markdown);
  await writeFile(jsonPath, `${JSON.stringify(reportJson(report), null, 2)}\n`);

  let comment: PullRequestPriceResult['comment'];
  const changed = changedEntries(report).length > 0;
  if (!opts.comment) comment = { action: 'skipped', reason: 'no pull request to comment on' };
  else if (!changed && !opts.commentWhenUnchanged) comment = { action: 'skipped', reason: 'no experiment changed' };
  else if (changed && !exceedsThresholds(report, opts.thresholds ?? {})) comment = { action: 'skipped', reason: 'change below the thresholds' };
  else {
    const octokit = githubClient(opts.comment.token, opts.comment.apiUrl);
    comment = await upsertStickyComment(octokit, opts.comment.target, markdown, { marker, behavior: opts.behavior });
  }
  return {
    report,
    markdown,
    hourly: toDecimal(report.totals.head, 6),
    delta: toDecimal(report.totals.delta, 6),
    currency: report.currency,
    reportPath,
    jsonPath,
    comment,
  };
}
