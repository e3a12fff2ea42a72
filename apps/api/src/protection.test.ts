import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { expectProblem, expectTypeResolves, makeApp, testConfig } from '../test/testing.js';
import { buildApp } from './app.js';
import { apiHelmetOptions, helmetHeaders } from './http/securityHeaders.js';

describe('rate limit', () => {
  it('answers 429 problem+json with Retry-After past RATE_LIMIT_MAX', async () => {
    const { app } = await makeApp({ rateLimitMax: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const ok = await app.inject('/v1/web/errors/4001');
        expect(ok.statusCode).toBe(200);
        expect(ok.headers['ratelimit-limit']).toBe('3');
        expect(ok.headers['ratelimit-remaining']).toBe(String(2 - i));
      }
      const limited = await app.inject('/v1/web/errors/4001');
      const body = expectProblem(limited, 429, 'rate-limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(body.detail).toMatch(/More than 3 requests/);
      // Garbage counts too: a flood of bad requests is still a flood.
      expectProblem(await app.inject('/v1/web/errors/-1'), 429, 'rate-limited');
      // Another client address has its own budget.
      const other = await app.inject({ url: '/v1/web/errors/4001', remoteAddress: '127.0.0.2' });
      expect(other.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('overload', () => {
  it('answers 503 problem+json with Retry-After while the health check fails', async () => {
    let healthy = true;
    const { app } = await makeApp(
      {},
      { underPressure: { healthCheck: async () => healthy, healthCheckInterval: 20 } },
    );
    try {
      expect((await app.inject('/v1/web/errors/4001')).statusCode).toBe(200);
      healthy = false;
      let res = await app.inject('/v1/web/errors/4001');
      for (let i = 0; i < 1000 && res.statusCode !== 503; i++) {
        await sleep(20);
        res = await app.inject('/v1/web/errors/4001');
      }
      expectProblem(res, 503, 'overloaded');
      expect(res.headers['retry-after']).toBe('10');
      expectProblem(await app.inject('/healthz'), 503, 'overloaded');
      healthy = true;
      for (let i = 0; i < 1000 && res.statusCode !== 200; i++) {
        await sleep(20);
        res = await app.inject('/v1/web/errors/4001');
      }
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('sheds load when the event loop is blocked past maxEventLoopDelay', async () => {
    const { app } = await makeApp({}, { underPressure: { maxEventLoopDelay: 20 } });
    try {
      let res = await app.inject('/v1/web/errors/4001');
      for (let i = 0; i < 200 && res.statusCode !== 503; i++) {
        const end = Date.now() + 150;
        while (Date.now() < end) {
          // block the loop, as a CPU-bound burst would
        }
        await sleep(50);
        res = await app.inject('/v1/web/errors/4001');
      }
      expectProblem(res, 503, 'overloaded');
    } finally {
      await app.close();
    }
  });
});

describe('headers', () => {
  it('sets helmet security headers on answers and on errors', async () => {
    const { app } = await makeApp();
    const expected = await helmetHeaders(apiHelmetOptions);
    expect(expected).toMatchObject({
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'strict-transport-security': expect.stringContaining('max-age='),
      'cross-origin-resource-policy': 'cross-origin',
      'referrer-policy': 'no-referrer',
    });
    try {
      for (const url of [
        '/v1/web/errors/4001',
        '/v1/web/errors/9999',
        '/nope',
        '/v1/web/errors/%00',
      ]) {
        const res = await app.inject(url);
        expect(res.headers).toMatchObject(expected);
        expect(res.headers['access-control-allow-origin']).toBe('*');
      }
      // The HTML page gets the plugin's own per-request headers, with a CSP that lets it run.
      const page = await app.inject('/docs/');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await app.close();
    }
  });

  it('allows only the configured CORS origins, and answers preflights', async () => {
    const { app } = await makeApp({ corsOrigins: ['https://support.example.com'] });
    try {
      const allowed = await app.inject({
        url: '/v1/web/errors/4001',
        headers: { origin: 'https://support.example.com' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://support.example.com');
      expect(allowed.headers['access-control-expose-headers']).toContain('ETag');
      expect(allowed.headers.vary).toBe('Origin, Accept-Language');
      const denied = await app.inject({
        url: '/v1/web/errors/4001',
        headers: { origin: 'https://evil.example.com' },
      });
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/web/errors/4001',
        headers: {
          origin: 'https://support.example.com',
          'access-control-request-method': 'GET',
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
    } finally {
      await app.close();
    }
  });
});

describe('logs', () => {
  it('logs requests through @org/error-codes-logger, with secrets scrubbed from URLs', async () => {
    const { app, logs } = await makeApp();
    try {
      await app.inject('/v1/web/errors?q=x&token=eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl');
      await app.inject('/v1/web/errors/9999');
      const text = JSON.stringify(logs);
      expect(logs.some((l) => l.msg === 'request completed')).toBe(true);
      expect(text).not.toContain('c2VjcmV0');
      expect(text).toContain('token=[redacted]');
    } finally {
      await app.close();
    }
  });

  it.each(['info', 'warn'] as const)(
    'turns a bug into a 500 problem and logs it as an ECS error (LOG_LEVEL=%s)',
    async (logLevel) => {
      const lines: Record<string, unknown>[] = [];
      const logStream = new Writable({
        write(chunk, _encoding, callback) {
          for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
          callback();
        },
      });
      const app = await buildApp({ ...testConfig, logLevel }, { logStream });
      app.get('/boom', () => {
        throw new Error('kaboom fetching https://upstream.test/v1?api_key=abcdef0123456789');
      });
      try {
        const res = await app.inject('/boom');
        const body = expectProblem(res, 500, 'internal-error');
        await expectTypeResolves(app, body.type);
        expect(body.detail).not.toContain('kaboom');
        const record = lines.find((l) => l.level === 50) as { err?: Record<string, unknown> };
        expect(record?.err).toMatchObject({ type: 'Error' });
        expect((record as Record<string, unknown>).requestId).toBe(body.requestId);
        expect(JSON.stringify(record)).not.toContain('abcdef0123456789');
      } finally {
        await app.close();
      }
    },
  );
});
