import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GCE_LABEL_VALUE, GCE_NAME, gceName, ownershipFilter, ownershipLabels, resourceNames } from '../../shared/manifest/names.js';

const version = fc.record({ major: fc.nat({ max: 99999 }), minor: fc.nat({ max: 99999 }) });
const anyService = fc.oneof(
  fc.stringMatching(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/),
  fc.string({ minLength: 0, maxLength: 120 }), // MLComponent names or anything else: must still give valid names
);
const kinds = ['instanceTemplate', 'instanceGroupManager', 'autoscaler', 'healthCheck', 'backendService', 'trainingInstance', 'pathMatcher'] as const;

describe('resource names', () => {
  it('are readable for ordinary names', () => {
    const n = resourceNames({ service: 'churn', version: { major: 1, minor: 2 } });
    expect(n).toMatchObject({
      instanceTemplate: 'churn-v1-2-tpl',
      instanceGroupManager: 'churn-v1-2-mig',
      autoscaler: 'churn-v1-2-as',
      healthCheck: 'churn-v1-2-hc',
      backendService: 'churn-v1-2-be',
      trainingInstance: 'churn-v1-2-train',
      pathMatcher: 'churn-v1-2-pm',
      routePrefix: '/churn/v1.2',
    });
    expect(ownershipLabels({ service: 'churn', version: { major: 1, minor: 2 } })).toEqual({
      'managed-by': 'psml',
      'psml-service': 'churn',
      'psml-revision': 'v1-2',
    });
    expect(ownershipFilter({ service: 'churn', version: { major: 1, minor: 2 } })).toBe(
      'labels.managed-by = "psml" AND labels.psml-service = "churn" AND labels.psml-revision = "v1-2"',
    );
  });

  it('are shortened with a stable hash and keep the whole version', () => {
    const service = `a${'b'.repeat(62)}`;
    const n = resourceNames({ service, version: { major: 12345, minor: 67890 } });
    expect(n.instanceTemplate.length).toBeLessThanOrEqual(63);
    expect(n.instanceTemplate).toMatch(/^ab+-[0-9a-f]{8}-v12345-67890-tpl$/);
    expect(resourceNames({ service, version: { major: 12345, minor: 67890 } })).toEqual(n); // stable
    // a different long service with the same prefix gets a different hash
    expect(resourceNames({ service: `${service}x`, version: { major: 12345, minor: 67890 } }).instanceTemplate).not.toBe(n.instanceTemplate);
  });

  it('are always valid, within limits, and stable (property)', () => {
    fc.assert(
      fc.property(anyService, version, (service, v) => {
        const n = resourceNames({ service, version: v });
        for (const k of kinds) {
          expect(n[k]).toMatch(GCE_NAME);
          expect(n[k].length).toBeLessThanOrEqual(63);
        }
        expect(n.baseInstanceName).toMatch(GCE_NAME);
        expect(n.baseInstanceName.length).toBeLessThanOrEqual(58);
        expect(new Set(kinds.map((k) => n[k])).size).toBe(kinds.length);
        for (const value of Object.values(ownershipLabels({ service, version: v }))) expect(value).toMatch(GCE_LABEL_VALUE);
        expect(resourceNames({ service, version: v })).toEqual(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('differ between any two revisions (property)', () => {
    fc.assert(
      fc.property(anyService, version, anyService, version, (s1, v1, s2, v2) => {
        fc.pre(s1 !== s2 || v1.major !== v2.major || v1.minor !== v2.minor);
        const a = resourceNames({ service: s1, version: v1 });
        const b = resourceNames({ service: s2, version: v2 });
        for (const k of kinds) expect(a[k]).not.toBe(b[k]);
      }),
      { numRuns: 1000 },
    );
    // near-collisions that a naive scheme gets wrong
    const pairs: [string, number, number, string, number, number][] = [
      ['a-v1-2', 3, 4, 'a', 1, 2],
      ['a-v1', 2, 3, 'a', 12, 3],
      ['1abc', 1, 0, 'abc', 1, 0],
      ['Churn', 1, 0, 'churn', 1, 0],
      [`x${'y'.repeat(70)}1`, 1, 0, `x${'y'.repeat(70)}2`, 1, 0],
    ];
    for (const [s1, a1, b1, s2, a2, b2] of pairs) {
      expect(gceName({ service: s1, version: { major: a1, minor: b1 } }, 'tpl')).not.toBe(gceName({ service: s2, version: { major: a2, minor: b2 } }, 'tpl'));
    }
  });
});
