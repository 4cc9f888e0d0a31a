import { afterEach, describe, expect, it } from 'vitest';
import { googleClientOptions } from '../../shared/gcp/client-options.js';
import { psmlError } from '../psml-error.js';

afterEach(() => {
  delete process.env.PSML_COMPUTE_ENDPOINT;
  delete process.env.PSML_BILLING_ENDPOINT;
});

describe('googleClientOptions', () => {
  it('uses production defaults (REST, ADC) when no endpoint is set', () => {
    expect(googleClientOptions('compute')).toEqual({ fallback: true });
  });

  it('splits a local URL into host, port and protocol, the way the clients need them', () => {
    const o = googleClientOptions('compute', 'http://127.0.0.1:8789');
    expect(o).toMatchObject({ fallback: true, apiEndpoint: '127.0.0.1', port: 8789, protocol: 'http' });
    expect(o.authClient).toBeDefined();
    expect(googleClientOptions('billing', 'http://[::1]:9000')).toMatchObject({ apiEndpoint: '::1', port: 9000 });
    process.env.PSML_BILLING_ENDPOINT = 'https://localhost';
    expect(googleClientOptions('billing')).toMatchObject({ apiEndpoint: 'localhost', port: 443, protocol: 'https' });
  });

  it('names where a bad URL came from: the flag / input when explicit, else the environment variable', () => {
    expect(psmlError(() => googleClientOptions('compute', 'not a url')).field).toBe('--compute-endpoint');
    expect(psmlError(() => googleClientOptions('billing', 'ftp://x')).field).toBe('--catalog-endpoint');
    process.env.PSML_COMPUTE_ENDPOINT = 'ftp://x';
    expect(psmlError(() => googleClientOptions('compute')).field).toBe('PSML_COMPUTE_ENDPOINT');
  });
});
