import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../shared/pricing/catalog-source.js';
import { PsmlError } from '../../shared/errors.js';

describe('loadCatalog', () => {
  it('serves the embedded dated catalog offline, in its own currency', async () => {
    const c = await loadCatalog({ currency: 'usd' });
    expect(c.source).toBe('embedded');
    expect(c.currency).toBe('USD');
    expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a currency a saved catalog does not have instead of labelling USD prices as it', async () => {
    const err = await loadCatalog({ currency: 'EUR' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).field).toBe('--currency');
    expect((err as PsmlError).hint).toMatch(/--catalog live/);
  });
});
