/**
 * Garbage in, a clear answer out: each hostile request gets its status and, for an
 * error, an RFC 9457 body of the right type. Nothing here may produce a 500.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectTypeResolves, makeApp } from '../test/testing.js';
import { limits } from './http/limits.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

/** The parts of a 200 answer the checks read. */
interface Answer {
  readonly locale?: string;
  readonly total?: number;
  readonly code?: number;
  readonly limit?: number;
}
type Expect = [status: number, slug: string] | [status: 200, check: (body: Answer) => void];

const en = (body: Answer) => expect(body.locale).toBe('en');
const empty = (body: Answer) => expect(body.total).toBe(0);
const found = (code: number) => (body: Answer) => expect(body.code).toBe(code);

const cases: [name: string, request: InjectOptions, expected: Expect][] = [
  // Prototype keys as codes: never an object's property.
  ['__proto__ as a code', { url: '/v1/web/errors/__proto__' }, [400, 'invalid-request']],
  ['__PROTO__ as a code', { url: '/v1/web/errors/__PROTO__' }, [400, 'invalid-request']],
  ['constructor as a code', { url: '/v1/web/errors/constructor' }, [404, 'unknown-code']],
  ['prototype as a code', { url: '/v1/web/errors/prototype' }, [404, 'unknown-code']],
  ['hasOwnProperty as a code', { url: '/v1/web/errors/hasOwnProperty' }, [404, 'unknown-code']],
  ['toString as a code', { url: '/v1/web/errors/toString' }, [404, 'unknown-code']],
  // NUL bytes and broken encodings.
  ['%00 as a code', { url: '/v1/web/errors/%00' }, [400, 'invalid-request']],
  ['a code with %00 after it', { url: '/v1/web/errors/4001%00' }, [400, 'invalid-request']],
  ['truncated percent-encoding', { url: '/v1/web/errors/%E0%A4%A' }, [400, 'invalid-request']],
  ['a lone %', { url: '/v1/web/errors/%' }, [400, 'invalid-request']],
  [
    'encoded path traversal',
    { url: '/v1/web/errors/..%2F..%2Fetc%2Fpasswd' },
    [400, 'invalid-request'],
  ],
  ['spaces around a code', { url: '/v1/web/errors/%20%204001' }, [400, 'invalid-request']],
  // Lengths.
  ['a 65-character name', { url: `/v1/web/errors/${'A'.repeat(65)}` }, [400, 'invalid-request']],
  ['a 101-digit code', { url: `/v1/web/errors/${'9'.repeat(101)}` }, [414, 'uri-too-long']],
  ['a 3000-character path', { url: `/v1/web/errors/${'x'.repeat(3000)}` }, [414, 'uri-too-long']],
  [
    'a 3000-character query',
    { url: `/v1/web/errors?q=${'a'.repeat(3000)}` },
    [414, 'uri-too-long'],
  ],
  ['an overlong unknown path', { url: `/${'a/'.repeat(1500)}` }, [414, 'uri-too-long']],
  [
    'a q one character over the limit',
    { url: `/v1/web/errors?q=${'a'.repeat(limits.maxQueryLength + 1)}` },
    [400, 'invalid-request'],
  ],
  // Platforms that are not there, and explain inputs that cannot be codes.
  ['an unknown platform', { url: '/v1/windows/errors/4001' }, [404, 'unknown-platform']],
  ['a line without a table', { url: '/v1/android/errors/4001' }, [404, 'platform-without-table']],
  ['flutter without its line', { url: '/v1/flutter/errors/3017' }, [404, 'ambiguous-platform']],
  ['flutter without its line, list', { url: '/v1/flutter/errors' }, [404, 'ambiguous-platform']],
  ['a version line that is not there', { url: '/v1/flutter-2/errors' }, [404, 'unknown-platform']],
  ['a line id in upper case', { url: '/v1/IOS/errors/3008' }, [404, 'unknown-platform']],
  ['__proto__ as a platform', { url: '/v1/__proto__/errors' }, [404, 'unknown-platform']],
  ['constructor as a platform', { url: '/v1/constructor/errors/1' }, [404, 'unknown-platform']],
  ['a 100-character platform', { url: `/v1/${'f'.repeat(100)}/errors` }, [404, 'unknown-platform']],
  ['a 101-character platform', { url: `/v1/${'f'.repeat(101)}/errors` }, [414, 'uri-too-long']],
  [
    'a code unknown on an incomplete line',
    { url: '/v1/flutter-3/errors/3008' },
    [404, 'unknown-code'],
  ],
  ['encoded dot segments as a platform', { url: '/v1/%2e%2e/errors' }, [404, 'not-found']],
  ['__proto__ to explain', { url: '/v1/explain/__proto__' }, [400, 'invalid-request']],
  ['an unknown input to explain', { url: '/v1/explain/nothing_here' }, [404, 'unknown-code']],
  ['explain of a NUL', { url: '/v1/explain/%00' }, [400, 'invalid-request']],
  // Numbers that are not codes.
  [
    'Arabic-Indic digits',
    { url: `/v1/web/errors/${encodeURIComponent('٤٠٠١')}` },
    [400, 'invalid-request'],
  ],
  [
    'full-width digits',
    { url: `/v1/web/errors/${encodeURIComponent('４００１')}` },
    [400, 'invalid-request'],
  ],
  ['a negative code', { url: '/v1/web/errors/-4001' }, [400, 'invalid-request']],
  ['a float code', { url: '/v1/web/errors/4001.0' }, [400, 'invalid-request']],
  ['an exponent', { url: '/v1/web/errors/4e3' }, [400, 'invalid-request']],
  ['a hex code', { url: '/v1/web/errors/0xFA1' }, [400, 'invalid-request']],
  ['a 20-digit code', { url: '/v1/web/errors/99999999999999999999' }, [400, 'invalid-request']],
  ['a 10-digit code', { url: '/v1/web/errors/9999999999' }, [404, 'unknown-code']],
  ['a zero-padded code', { url: '/v1/web/errors/04001' }, [404, 'unknown-code']],
  ['Infinity', { url: '/v1/web/errors/Infinity' }, [404, 'unknown-code']],
  ['NaN', { url: '/v1/web/errors/NaN' }, [404, 'unknown-code']],
  // Junk query values and arrays.
  ['limit=0', { url: '/v1/web/errors?limit=0' }, [400, 'invalid-request']],
  ['limit=101', { url: '/v1/web/errors?limit=101' }, [400, 'invalid-request']],
  ['limit=1.5', { url: '/v1/web/errors?limit=1.5' }, [400, 'invalid-request']],
  ['limit=abc', { url: '/v1/web/errors?limit=abc' }, [400, 'invalid-request']],
  ['offset=-1', { url: '/v1/web/errors?offset=-1' }, [400, 'invalid-request']],
  // Numbers ajv would coerce (Number() accepts them): digits only.
  ['limit=1e2', { url: '/v1/web/errors?limit=1e2' }, [400, 'invalid-request']],
  ['limit=0x10', { url: '/v1/web/errors?limit=0x10' }, [400, 'invalid-request']],
  ['limit=+5', { url: '/v1/web/errors?limit=%2B5' }, [400, 'invalid-request']],
  ['limit=5.0', { url: '/v1/web/errors?limit=5.0' }, [400, 'invalid-request']],
  ['limit=" 5"', { url: '/v1/web/errors?limit=%205' }, [400, 'invalid-request']],
  ['limit= (empty)', { url: '/v1/web/errors?limit=' }, [400, 'invalid-request']],
  ['offset=1e3', { url: '/v1/web/errors?offset=1e3' }, [400, 'invalid-request']],
  ['offset=-0', { url: '/v1/web/errors?offset=-0' }, [400, 'invalid-request']],
  ['offset=0b11', { url: '/v1/web/errors?offset=0b11' }, [400, 'invalid-request']],
  ['offset=Infinity', { url: '/v1/web/errors?offset=Infinity' }, [400, 'invalid-request']],
  [
    'limit=007 (digits)',
    { url: '/v1/web/errors?limit=007' },
    [200, (b: Answer) => expect(b.limit).toBe(7)],
  ],
  [
    'a huge offset',
    { url: '/v1/web/errors?offset=99999999999999999999' },
    [400, 'invalid-request'],
  ],
  ['retryable=maybe', { url: '/v1/web/errors?retryable=maybe' }, [400, 'invalid-request']],
  ['severity=__proto__', { url: '/v1/web/errors?severity=__proto__' }, [400, 'invalid-request']],
  [
    'category given twice',
    { url: '/v1/web/errors?category=auth&category=hls' },
    [400, 'invalid-request'],
  ],
  ['q given twice', { url: '/v1/web/errors?q=a&q=b' }, [400, 'invalid-request']],
  [
    'locale given twice',
    { url: '/v1/web/errors/4001?locale=de&locale=fr' },
    [400, 'invalid-request'],
  ],
  [
    'a script as locale',
    { url: '/v1/web/errors/4001?locale=%3Cscript%3E' },
    [400, 'invalid-request'],
  ],
  [
    'an overlong locale',
    { url: `/v1/web/errors/4001?locale=${'a'.repeat(40)}` },
    [400, 'invalid-request'],
  ],
  ['bracketed query keys', { url: '/v1/web/errors?category[]=auth&q[$ne]=1' }, [200, en]],
  ['__proto__ as a query key', { url: '/v1/web/errors?__proto__=x&constructor=y' }, [200, en]],
  ['q=__proto__', { url: '/v1/web/errors?q=__proto__' }, [200, empty]],
  ['q=%00', { url: '/v1/web/errors?q=%00' }, [200, empty]],
  // Accept-Language: bad values fall back to English, they are not errors.
  [
    'malformed Accept-Language',
    { url: '/v1/web/errors/4001', headers: { 'accept-language': ';;;,,=q=abc,-' } },
    [200, en],
  ],
  [
    'Accept-Language with q=2',
    { url: '/v1/web/errors/4001', headers: { 'accept-language': 'de;q=2' } },
    [200, en],
  ],
  [
    'an 8 KB Accept-Language',
    { url: '/v1/web/errors/4001', headers: { 'accept-language': `${'xx-YY,'.repeat(1300)}de` } },
    [200, en],
  ],
  [
    'Accept-Language of prototype keys',
    { url: '/v1/web/errors/4001', headers: { 'accept-language': '__proto__, constructor;q=0.9' } },
    [200, en],
  ],
  // Accept.
  [
    'Accept: text/html',
    { url: '/v1/web/errors/4001', headers: { accept: 'text/html' } },
    [406, 'not-acceptable'],
  ],
  [
    'Accept refusing JSON',
    { url: '/v1/web/errors', headers: { accept: 'image/png, application/json;q=0' } },
    [406, 'not-acceptable'],
  ],
  [
    'Accept: application/problem+json',
    { url: '/v1/web/errors/4001', headers: { accept: 'application/problem+json' } },
    [200, found(4001)],
  ],
  // Wrong methods.
  ['POST a code', { method: 'POST', url: '/v1/web/errors/4001' }, [405, 'method-not-allowed']],
  [
    'PUT the list',
    { method: 'PUT', url: '/v1/web/errors', payload: '{}' },
    [405, 'method-not-allowed'],
  ],
  ['DELETE categories', { method: 'DELETE', url: '/v1/categories' }, [405, 'method-not-allowed']],
  ['PATCH healthz', { method: 'PATCH', url: '/healthz' }, [405, 'method-not-allowed']],
  ['PROPFIND locales', { method: 'PROPFIND', url: '/v1/locales' }, [405, 'method-not-allowed']],
  [
    'POST a 1 MB body',
    {
      method: 'POST',
      url: '/v1/web/errors',
      payload: 'x'.repeat(1 << 20),
      headers: { 'content-type': 'application/json' },
    },
    [405, 'method-not-allowed'],
  ],
  // Bodies on GET: 400 (no body wanted), 413 only over the body limit.
  [
    'GET with a body',
    { url: '/v1/web/errors/4001', payload: 'hello', headers: { 'content-type': 'text/plain' } },
    [400, 'invalid-request'],
  ],
  ['GET with a 1-byte body', { url: '/v1/web/errors', payload: 'x' }, [400, 'invalid-request']],
  [
    'GET with a body of exactly the limit',
    { url: '/v1/web/errors', payload: 'x'.repeat(limits.bodyLimit) },
    [400, 'invalid-request'],
  ],
  [
    'GET with a body one byte over the limit',
    { url: '/v1/web/errors', payload: 'x'.repeat(limits.bodyLimit + 1) },
    [413, 'content-too-large'],
  ],
  [
    'a malformed Content-Length',
    { url: '/v1/web/errors', headers: { 'content-length': 'lots' } },
    [400, 'invalid-request'],
  ],
  [
    'Content-Length: 0',
    { url: '/v1/web/errors/4001', headers: { 'content-length': '0' } },
    [200, found(4001)],
  ],
  [
    'GET with a 1 MB body',
    {
      url: '/v1/web/errors',
      payload: 'x'.repeat(1 << 20),
      headers: { 'content-type': 'application/json' },
    },
    [413, 'content-too-large'],
  ],
  // Bad If-None-Match: ignored, the full answer comes back.
  [
    'an unterminated entity tag',
    { url: '/v1/web/errors/4001', headers: { 'if-none-match': '"unterminated' } },
    [200, found(4001)],
  ],
  [
    'a bare W/',
    { url: '/v1/web/errors/4001', headers: { 'if-none-match': 'W/' } },
    [200, found(4001)],
  ],
  [
    '8 KB of commas',
    { url: '/v1/web/errors/4001', headers: { 'if-none-match': ','.repeat(8000) } },
    [200, found(4001)],
  ],
  // Paths that are not there.
  ['an unknown path', { url: '/nope' }, [404, 'not-found']],
  ['an upper-case path', { url: '/V1/WEB/ERRORS' }, [404, 'not-found']],
  ['the old unscoped path', { url: '/v1/errors/4001' }, [404, 'not-found']],
  ['a path under a code', { url: '/v1/web/errors/4001/extra' }, [404, 'not-found']],
  ['double slashes', { url: '//v1//errors' }, [404, 'not-found']],
  [
    'traversal into the reference assets',
    { url: '/docs/static/..%2F..%2Fpackage.json' },
    [404, 'not-found'],
  ],
];

describe('hostile requests', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (_name, request, [status, expected]) => {
    const res = await app.inject({ method: 'GET', ...request });
    if (typeof expected === 'function') {
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expected(res.json() as Answer);
      return;
    }
    const body = expectProblem(res, status, expected);
    await expectTypeResolves(app, body.type);
    expect((body.instance as string).length).toBeLessThanOrEqual(257);
    expect(res.body.length).toBeLessThan(4 * limits.maxUrlLength);
    if (status === 405) expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});
