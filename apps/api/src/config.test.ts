import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the defaults for an empty environment, and for empty values', () => {
    expect(loadConfig({})).toEqual(defaultConfig);
    expect(loadConfig({ PORT: '', HOST: '  ', LOG_LEVEL: '' })).toEqual(defaultConfig);
    expect(defaultConfig).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      docsBaseUrl: undefined,
      publicBaseUrl: undefined,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'WARN',
        CORS_ORIGINS: 'https://a.example.com, http://localhost:5173',
        RATE_LIMIT_MAX: '50',
        DOCS_BASE_URL: 'https://docs.example.com/errors-site/',
        PUBLIC_BASE_URL: 'https://api.example.com/errors/',
        REDIS_URL: 'redis://:s3cret@redis.internal:6380/2',
        SUPPORT_CONTACT: ' help@acme.io ',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'warn',
      corsOrigins: ['https://a.example.com', 'http://localhost:5173'],
      rateLimitMax: 50,
      docsBaseUrl: 'https://docs.example.com/errors-site',
      publicBaseUrl: 'https://api.example.com/errors',
      redisUrl: 'redis://:s3cret@redis.internal:6380/2',
      supportContact: 'help@acme.io',
    });
  });

  it.each([
    ['PORT', '0', { port: 0 }],
    ['PORT', '65535', { port: 65535 }],
    ['HOST', '::1', { host: '::1' }],
    ['HOST', 'localhost', { host: 'localhost' }],
    ['CORS_ORIGINS', '*', { corsOrigins: '*' }],
    ['LOG_LEVEL', 'silent', { logLevel: 'silent' }],
    [
      'REDIS_URL',
      'rediss://redis.example.com:6380',
      { redisUrl: 'rediss://redis.example.com:6380' },
    ],
    ['SUPPORT_CONTACT', 'https://acme.io/help/', { supportContact: 'https://acme.io/help/' }],
    ['SUPPORT_CONTACT', '+1 555-0100', { supportContact: '+1 555-0100' }],
    ['SUPPORT_CONTACT', 'Acme-Helpdesk (24/7)', { supportContact: 'Acme-Helpdesk (24/7)' }],
    ['SUPPORT_CONTACT', 'فريق دعم أكمي', { supportContact: 'فريق دعم أكمي' }],
  ])('accepts %s=%s', (name, value, expected) => {
    expect(loadConfig({ [name]: value })).toMatchObject(expected);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['PORT', '1e3'],
    ['PORT', '٣٠٠٠'],
    ['HOST', 'not a host'],
    ['HOST', 'http://127.0.0.1'],
    ['HOST', 'x'.repeat(300)],
    ['LOG_LEVEL', 'verbose'],
    ['LOG_LEVEL', '__proto__'],
    ['CORS_ORIGINS', 'example.com'],
    ['CORS_ORIGINS', 'https://a.example.com/'],
    ['CORS_ORIGINS', 'https://a.example.com/path'],
    ['CORS_ORIGINS', 'ftp://a.example.com'],
    ['CORS_ORIGINS', ','],
    ['RATE_LIMIT_MAX', '0'],
    ['RATE_LIMIT_MAX', '-5'],
    ['RATE_LIMIT_MAX', 'lots'],
    ['RATE_LIMIT_MAX', '99999999999'],
    ['DOCS_BASE_URL', 'docs.example.com'],
    ['DOCS_BASE_URL', 'javascript:alert(1)'],
    ['DOCS_BASE_URL', 'https://docs.example.com/?x=1'],
    ['PUBLIC_BASE_URL', 'api.example.com'],
    ['PUBLIC_BASE_URL', 'https://api.example.com/#problems'],
    ['PUBLIC_BASE_URL', 'file:///etc/passwd'],
    ['PUBLIC_BASE_URL', 'https://user:secret@api.example.com'],
    ['REDIS_URL', '127.0.0.1:6379'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', 'redis://'],
    ['SUPPORT_CONTACT', 'help@acme.io\nX-Injected: 1'],
    ['SUPPORT_CONTACT', 'help\u0000@acme.io'],
    ['SUPPORT_CONTACT', '\u202ehelp@acme.io'],
    ['SUPPORT_CONTACT', 'h'.repeat(201)],
  ])('rejects %s=%s with a message naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} must`));
  });

  it('reports every bad variable at once, with a bounded excerpt of each value', () => {
    const problems = problemsOf({
      PORT: 'x'.repeat(10_000),
      LOG_LEVEL: 'loud',
      RATE_LIMIT_MAX: '0',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'LOG_LEVEL', 'RATE_LIMIT_MAX']);
    expect(problems[0]?.length).toBeLessThan(200);
    const error = new ConfigError(problems);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}- PORT/);
  });

  it('leaves SUPPORT_CONTACT unset by default: the texts name the app’s support team', () => {
    expect(loadConfig({}).supportContact).toBeUndefined();
    expect(loadConfig({ SUPPORT_CONTACT: '   ' }).supportContact).toBeUndefined();
  });

  it('never echoes a REDIS_URL, which may hold a password', () => {
    const problems = problemsOf({ REDIS_URL: 'redis//:hunter2@redis.internal' });
    expect(problems[0]).not.toContain('hunter2');
  });
});
