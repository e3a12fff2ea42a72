import { describe, expect, it } from 'vitest';
import { BUILD_DEFAULTS, LOCAL_DEFAULTS, readSiteConfig } from './config.js';

describe('readSiteConfig', () => {
  it('takes the public placeholders when nothing is set, and loopback only when asked', () => {
    expect(readSiteConfig({})).toEqual(BUILD_DEFAULTS);
    expect(readSiteConfig({ SITE_URL: '', API_URL: '   ' })).toEqual(BUILD_DEFAULTS);
    expect(JSON.stringify(BUILD_DEFAULTS)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(readSiteConfig({}, { local: true })).toEqual(LOCAL_DEFAULTS);
  });

  it('reads SITE_URL and API_URL as origins, without a trailing slash', () => {
    expect(
      readSiteConfig({ SITE_URL: 'https://Errors.Example.org/', API_URL: 'http://10.0.0.5:8080' }),
    ).toEqual({ siteUrl: 'https://errors.example.org', apiUrl: 'http://10.0.0.5:8080' });
    expect(readSiteConfig({ SITE_URL: 'http://127.0.0.1:4173' }).siteUrl).toBe(
      'http://127.0.0.1:4173',
    );
  });

  it('rejects junk with an error that names the variable', () => {
    for (const bad of [
      'errors.example.org',
      'ftp://errors.example.org',
      'https://errors.example.org/docs',
      'https://errors.example.org?x=1',
      'https://errors.example.org/#top',
      'https://user:pw@errors.example.org',
      'javascript:alert(1)',
      '__proto__',
      `https://${'a'.repeat(5000)}.org`,
    ]) {
      expect(() => readSiteConfig({ SITE_URL: bad }), bad).toThrow(/^SITE_URL must be an origin/);
      expect(() => readSiteConfig({ API_URL: bad }), bad).toThrow(/^API_URL must be an origin/);
    }
  });

  it('ignores values that are not strings and keys from the prototype', () => {
    const env = Object.create({ SITE_URL: 'https://inherited.example' }) as Record<string, string>;
    expect(readSiteConfig(env)).toEqual(BUILD_DEFAULTS);
    expect(readSiteConfig({ API_URL: 42 as unknown as string })).toEqual(BUILD_DEFAULTS);
    expect(readSiteConfig(null as unknown as Record<string, string>)).toEqual(BUILD_DEFAULTS);
  });
});
