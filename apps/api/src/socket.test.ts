/**
 * The same routes over a real TCP socket on 127.0.0.1, and the hostile requests only
 * a socket can send: bytes Node's HTTP parser rejects before Fastify sees a request.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_TYPE_BASE } from './problem.js';
import { makeApp } from './testing.js';

let app: FastifyInstance;
let base: string;
let port: number;
beforeAll(async () => {
  ({ app } = await makeApp());
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  port = new URL(base).port ? Number(new URL(base).port) : 80;
});
afterAll(() => app.close());

describe('every route over HTTP', () => {
  it.each([
    ['/v1/errors/4001', 'application/json; charset=utf-8'],
    ['/v1/errors/invalid_api_key?locale=ja', 'application/json; charset=utf-8'],
    ['/v1/errors?q=token&locale=de', 'application/json; charset=utf-8'],
    ['/v1/categories', 'application/json; charset=utf-8'],
    ['/v1/locales', 'application/json; charset=utf-8'],
    ['/openapi.json', 'application/json; charset=utf-8'],
    ['/healthz', 'application/json; charset=utf-8'],
    ['/docs/', 'text/html; charset=utf-8'],
  ])('GET %s', async (path, type) => {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    const text = await res.text();
    expect(Number(res.headers.get('content-length') ?? text.length)).toBe(Buffer.byteLength(text));
    if (type.startsWith('application/json')) JSON.parse(text);
  });

  it('localizes from Accept-Language and revalidates with If-None-Match', async () => {
    const first = await fetch(`${base}/v1/errors/4010`, { headers: { 'accept-language': 'ar' } });
    expect(first.headers.get('content-language')).toBe('ar');
    expect(((await first.json()) as { locale: string }).locale).toBe('ar');
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${base}/v1/errors/4010`, {
      headers: { 'accept-language': 'ar', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers problem+json for unknown codes, paths and methods', async () => {
    for (const [method, path, status] of [
      ['GET', '/v1/errors/9999', 404],
      ['GET', '/nope', 404],
      ['DELETE', '/v1/errors/4001', 405],
    ] as const) {
      const res = await fetch(base + path, { method });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(((await res.json()) as { status: number }).status).toBe(status);
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
      reject(new Error('no answer in 5 s'));
    }, 5000);
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
      `GET /v1/errors/${'9'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      414,
      'uri-too-long',
    ],
    [
      'a 20 KB query string',
      `GET /v1/errors?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      414,
      'uri-too-long',
    ],
    [
      'a 20 KB Accept-Language',
      `GET /v1/errors/4001 HTTP/1.1\r\nHost: x\r\nAccept-Language: ${'de,'.repeat(7000)}\r\n\r\n`,
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
      'a chunked GET body',
      'GET /v1/errors/4001 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
      413,
      'content-too-large',
    ],
  ])('%s', async (_name, bytes, status, slug) => {
    const res = await raw(bytes);
    expect(res.status).toBe(status);
    expect(res.headers).toMatch(/content-type: application\/problem\+json; charset=utf-8/i);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ type: PROBLEM_TYPE_BASE + slug, status });
    expect(typeof body.detail).toBe('string');
    expect(typeof body.instance).toBe('string');
  });
});
