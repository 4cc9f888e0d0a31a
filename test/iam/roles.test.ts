import { describe, expect, it } from 'vitest';
import { allRoles, customRole, permissionsFor, PROCESSES } from '../../shared/iam/roles.js';

const PERMISSION = /^[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+$/;

describe('IAM roles of seed 003', () => {
  it('gives every permission the service.resource.verb shape gcloud accepts, without duplicates', () => {
    for (const role of allRoles()) {
      expect(role.includedPermissions.length).toBeGreaterThan(0);
      for (const p of role.includedPermissions) expect(p).toMatch(PERMISSION);
      expect(new Set(role.includedPermissions).size).toBe(role.includedPermissions.length);
      expect(role.id).toMatch(/^[a-zA-Z0-9_.]{3,64}$/);
    }
  });

  it('lets the training VM delete itself but not create instances', () => {
    const runner = permissionsFor('training', 'service');
    expect(runner).toContain('compute.instances.delete');
    expect(runner).not.toContain('compute.instances.create');
    expect(runner).toContain('storage.objects.create');
  });

  it('keeps serving deployment to the service account: developers only trigger builds', () => {
    const dev = permissionsFor('serving', 'user');
    expect(dev).toContain('cloudbuild.builds.create');
    expect(dev.filter((p) => p.startsWith('compute.') && /create|delete|update/.test(p))).toEqual([]);
    const runner = permissionsFor('serving', 'service');
    for (const kind of ['instanceTemplates', 'instanceGroupManagers', 'autoscalers', 'healthChecks', 'backendServices']) {
      expect(runner).toContain(`compute.${kind}.create`);
      expect(runner).toContain(`compute.${kind}.delete`);
    }
    expect(runner).toContain('compute.urlMaps.update');
  });

  it('names one role per process and principal that needs permissions', () => {
    const ids = allRoles().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROCESSES) expect(ids.some((id) => id.toLowerCase().includes(p))).toBe(true);
    expect(customRole('experimentation', 'user').description).toMatch(/notebook/);
  });
});
