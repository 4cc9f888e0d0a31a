/**
 * The URL map: shared by every revision of the project (created once, seed 003 "passively deployed"), it routes
 * `/<service>/v<major>.<minor>/*` to the revision's backend service and rewrites the prefix away, so the container
 * sees the same paths it serves locally (`/v2/models/…`). Revisions are added and removed by read-modify-write with
 * the map's fingerprint (a concurrent deploy → 412 → re-read and re-apply).
 */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import { names, sameRef, sharedNames, sharedOwnership, type SpecContext } from './spec-context.js';
import type { PathMatcher, PathRule, UrlMap } from './types.js';

/** The one path matcher that holds every revision's rule (selected for all hosts). */
export const PATH_MATCHER = 'psml-revisions';

export class UrlMapClient extends ResourceClient<UrlMap> {
  readonly collection = 'urlMaps';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<UrlMap> {
    // PUT replaces the map (a removed last rule really disappears) and is refused with 412 on a stale fingerprint
    return gapicCalls<UrlMap>(this.clients.client('urlMaps'), { name: 'urlMap', resource: 'urlMapResource' }, this.location, 'update');
  }

  ownerLabels(r: UrlMap): Labels {
    return labelsFromDescription(r.description);
  }

  /** URL of `exp`'s backend service. */
  backendUrl(exp: Experiment, ctx: SpecContext): string {
    return `${scopePath({ project: ctx.project })}/backendServices/${names(exp).backendService}`;
  }

  /** The path rule of `exp`: its prefix (exact and below) → its backend service, prefix rewritten to `/`. */
  pathRule(exp: Experiment, ctx: SpecContext): PathRule {
    const prefix = names(exp).routePrefix;
    return {
      paths: [prefix, `${prefix}/*`],
      service: this.backendUrl(exp, ctx),
      routeAction: { urlRewrite: { pathPrefixRewrite: '/' } },
    };
  }

  /** A new shared map whose default (and only rule) is `exp`'s revision. */
  createSpecification(exp: Experiment, ctx: SpecContext): UrlMap {
    const service = this.backendUrl(exp, ctx);
    return {
      name: sharedNames(ctx).urlMap,
      description: describeOwnership(sharedOwnership(), 'psml serving routes'),
      defaultService: service,
      hostRules: [{ hosts: ['*'], pathMatcher: PATH_MATCHER }],
      pathMatchers: [{ name: PATH_MATCHER, defaultService: service, pathRules: [this.pathRule(exp, ctx)] }],
    };
  }

  /** `current` with `exp`'s rule added or replaced (fingerprint kept), or undefined when it is already there. */
  override updateSpecification(exp: Experiment, ctx: SpecContext, current: UrlMap): UrlMap | undefined {
    const rule = this.pathRule(exp, ctx);
    const prefix = names(exp).routePrefix;
    const matcher = current.pathMatchers?.find((m) => m.name === PATH_MATCHER);
    const existing = matcher?.pathRules?.find((r) => r.paths?.includes(prefix));
    if (existing && sameRule(existing, rule) && hasHostRule(current)) return undefined;
    const next = structuredClone(current);
    const service = next.defaultService ?? rule.service!;
    next.defaultService = service;
    let m = next.pathMatchers?.find((x) => x.name === PATH_MATCHER);
    if (!m) {
      m = { name: PATH_MATCHER, defaultService: service, pathRules: [] } satisfies PathMatcher;
      next.pathMatchers = [...(next.pathMatchers ?? []), m];
    }
    m.pathRules = [...(m.pathRules ?? []).filter((r) => !r.paths?.includes(prefix)), rule];
    if (!hasHostRule(next)) next.hostRules = [...(next.hostRules ?? []), { hosts: ['*'], pathMatcher: PATH_MATCHER }];
    return next;
  }

  /**
   * `current` without `exp`'s rule; defaults that pointed at its backend move to another remaining revision.
   * undefined when there is nothing to remove; `null` when `exp` is the only revision left (a URL map cannot route
   * to nothing: delete the shared map, proxy and forwarding rule instead).
   */
  removeSpecification(exp: Experiment, ctx: SpecContext, current: UrlMap): UrlMap | undefined | null {
    const prefix = names(exp).routePrefix;
    const service = this.backendUrl(exp, ctx);
    const rules = current.pathMatchers?.flatMap((m) => m.pathRules ?? []) ?? [];
    const ours = rules.some((r) => r.paths?.includes(prefix));
    const usesOurs = sameRef(current.defaultService, service) || current.pathMatchers?.some((m) => sameRef(m.defaultService, service));
    if (!ours && !usesOurs) return undefined;
    const others = rules.filter((r) => !r.paths?.includes(prefix) && !sameRef(r.service, service));
    if (others.length === 0) return null;
    const fallback = others[others.length - 1]!.service!;
    const next = structuredClone(current);
    if (sameRef(next.defaultService, service)) next.defaultService = fallback;
    for (const m of next.pathMatchers ?? []) {
      m.pathRules = (m.pathRules ?? []).filter((r) => !r.paths?.includes(prefix) && !sameRef(r.service, service));
      if (sameRef(m.defaultService, service)) m.defaultService = fallback;
    }
    return next;
  }

  /** Adds (or refreshes) `exp`'s route on the shared map, creating the map when it does not exist. */
  async addRevision(exp: Experiment, ctx: SpecContext) {
    return this.apply(exp, ctx);
  }

  /** Removes `exp`'s route; `last` when it is the only revision the map serves (nothing changed then). */
  async removeRevision(exp: Experiment, ctx: SpecContext): Promise<'removed' | 'absent' | 'last'> {
    const name = sharedNames(ctx).urlMap;
    if (!(await this.find(name))) return 'absent';
    let last = false;
    const { changed } = await this.update(name, (cur) => {
      const next = this.removeSpecification(exp, ctx, cur);
      last = next === null;
      return next ?? undefined;
    });
    return last ? 'last' : changed ? 'removed' : 'absent';
  }
}

function hasHostRule(map: UrlMap): boolean {
  return map.hostRules?.some((h) => h.pathMatcher === PATH_MATCHER && h.hosts?.includes('*')) ?? false;
}

function sameRule(a: PathRule, b: PathRule): boolean {
  return (
    sameRef(a.service, b.service) &&
    JSON.stringify([...(a.paths ?? [])].sort()) === JSON.stringify([...(b.paths ?? [])].sort()) &&
    a.routeAction?.urlRewrite?.pathPrefixRewrite === b.routeAction?.urlRewrite?.pathPrefixRewrite
  );
}
