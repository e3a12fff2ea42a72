/**
 * The same routes over a real TCP socket on 127.0.0.1, and the hostile requests only
 * a socket can send: bytes Node's HTTP parser rejects before Fastify sees a request.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../test/testing.js';
import { listenOrigin } from './app.js';
import { type ProblemSlug, problemTypes, problemTypeUri } from './http/problem.js';

let app: FastifyInstance;
let base: string;
let port: number;
beforeAll(async () => {
  // No PUBLIC_BASE_URL: problem types point at the address the server listens on.
  ({ app } = await makeApp({ publicBaseUrl: undefined }));
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  port = new URL(base).port ? Number(new URL(base).port) : 80;
});

/** Fetches a problem `type` over HTTP: it must be a page of this very server. */
async function expectResolves(type: string) {
  expect(type.startsWith(`${base}/problems/`)).toBe(true);
  const page = await fetch(type);
  expect(page.status, type).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return page.text();
}
afterAll(() => app.close());

describe('every route over HTTP', () => {
  it.each([
    ['/v1/web/errors/4001', 'application/json; charset=utf-8'],
    ['/v1/web/errors/invalid_api_key?locale=ja', 'application/json; charset=utf-8'],
    ['/v1/web/errors?q=token&locale=de', 'application/json; charset=utf-8'],
    ['/v1/categories', 'application/json; charset=utf-8'],
    ['/v1/platforms', 'application/json; charset=utf-8'],
    ['/v1/explain/3017', 'application/json; charset=utf-8'],
    ['/v1/flutter-1/errors/3017', 'application/json; charset=utf-8'],
    ['/v1/locales', 'application/json; charset=utf-8'],
    ['/openapi.json', 'application/json; charset=utf-8'],
    ['/healthz', 'application/json; charset=utf-8'],
    ['/docs/', 'text/html; charset=utf-8'],
    ['/problems/', 'text/html; charset=utf-8'],
    ['/problems/invalid-request', 'text/html; charset=utf-8'],
  ])('GET %s', async (path, type) => {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    const text = await res.text();
    expect(Number(res.headers.get('content-length') ?? text.length)).toBe(Buffer.byteLength(text));
    if (type.startsWith('application/json')) JSON.parse(text);
  });

  it('localizes from Accept-Language and revalidates with If-None-Match', async () => {
    const first = await fetch(`${base}/v1/web/errors/4010`, {
      headers: { 'accept-language': 'ar' },
    });
    expect(first.headers.get('content-language')).toBe('ar');
    expect(((await first.json()) as { locale: string }).locale).toBe('ar');
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${base}/v1/web/errors/4010`, {
      headers: { 'accept-language': 'ar', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers problem+json for unknown codes, paths and methods', async () => {
    for (const [method, path, status] of [
      ['GET', '/v1/web/errors/9999', 404],
      ['GET', '/nope', 404],
      ['DELETE', '/v1/web/errors/4001', 405],
    ] as const) {
      const res = await fetch(base + path, { method });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      const body = (await res.json()) as { status: number; type: string };
      expect(body.status).toBe(status);
      await expectResolves(body.type);
    }
  });

  it('defaults problem types to the listening address, each a page of this server', async () => {
    expect(listenOrigin('127.0.0.1', port)).toBe(base);
    expect(app.problemBaseUrl).toBe(base);
    for (const slug of Object.keys(problemTypes) as ProblemSlug[]) {
      const { status, title } = problemTypes[slug];
      const html = await expectResolves(problemTypeUri(base, slug));
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain(`<tr><th>status</th><td>${status}</td></tr>`);
    }
  });
});

/** Sends raw bytes and reads until the server closes (bounded by a timer). */
function raw(bytes: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer in 30 s'));
    }, 30_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {
      // A reset after the answer is fine: the answer is what we check.
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      resolve({
        status: Number(text.slice(9, 12)),
        headers: text.slice(0, split),
        body: text.slice(split + 4),
      });
    });
    socket.write(bytes);
  });
}

describe('bytes Node rejects before routing', () => {
  it.each([
    [
      'a 20 KB request line',
      `GET /v1/web/errors/${'9'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      414,
      'uri-too-long',
    ],
    [
      'a 20 KB query string',
      `GET /v1/web/errors?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      414,
      'uri-too-long',
    ],
    [
      'a 20 KB Accept-Language',
      `GET /v1/web/errors/4001 HTTP/1.1\r\nHost: x\r\nAccept-Language: ${'de,'.repeat(7000)}\r\n\r\n`,
      431,
      'headers-too-large',
    ],
    ['an invented method', 'BREW /v1/errors HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'invalid-request'],
    ['binary garbage', '\u0000\u0001\u0002\u0003\r\n\r\n', 400, 'invalid-request'],
    [
      'a bad header line',
      'GET /v1/errors HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
      400,
      'invalid-request',
    ],
    [
      'a chunked GET body (size unknown: never read)',
      'GET /v1/web/errors/4001 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
      400,
      'invalid-request',
    ],
    [
      'a 1-byte GET body',
      'GET /v1/web/errors/4001 HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx',
      400,
      'invalid-request',
    ],
    [
      'a GET announcing 1 MB',
      'GET /v1/web/errors/4001 HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\nxxxx',
      413,
      'content-too-large',
    ],
  ])('%s', async (_name, bytes, status, slug) => {
    const res = await raw(bytes);
    expect(res.status).toBe(status);
    expect(res.headers).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ type: problemTypeUri(base, slug as ProblemSlug), status });
    expect(typeof body.detail).toBe('string');
    expect(typeof body.instance).toBe('string');
    await expectResolves(body.type);
  });
});
