import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectTypeResolves, makeApp, testConfig } from '../../test/testing.js';
import { type ProblemSlug, problemTypes, problemTypeUri } from './problem.js';
import { CACHE_CONTROL } from './representation.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await makeApp());
});
afterAll(() => app.close());

const slugs = Object.keys(problemTypes) as ProblemSlug[];
const base = testConfig.publicBaseUrl as string;

describe('GET /problems/:slug', () => {
  it.each(slugs)('%s: a page with its title, status, when and what to do', async (slug) => {
    const { status, title } = problemTypes[slug];
    const type = problemTypeUri(base, slug);
    await expectTypeResolves(app, type);
    const res = await app.inject(new URL(type).pathname);
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL);
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`<tr><th>status</th><td>${status}</td></tr>`);
    expect(html).toContain(`<code>${type}</code>`);
    expect(html).toContain('<h2>When it happens</h2>');
    expect(html).toContain('<h2>What to do</h2>');
    expect(html).toContain(`<a href="${base}/problems/">`);
  });

  it('answers 404 problem+json for a slug it does not have', async () => {
    for (const slug of [
      'nope',
      '__proto__',
      'constructor',
      'INVALID-REQUEST',
      '%00',
      'a'.repeat(99),
    ]) {
      const body = expectProblem(await app.inject(`/problems/${slug}`), 404, 'not-found');
      expect(body.detail).toContain(`${base}/problems/`);
      await expectTypeResolves(app, body.type);
    }
  });

  it('revalidates with its ETag, answers HEAD, and refuses other methods', async () => {
    const first = await app.inject('/problems/rate-limited');
    const etag = first.headers.etag as string;
    expect(etag).toBe(`"${createHash('sha1').update(first.body).digest('base64url')}"`);
    const again = await app.inject({
      url: '/problems/rate-limited',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const head = await app.inject({ method: 'HEAD', url: '/problems/rate-limited' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    const post = await app.inject({ method: 'POST', url: '/problems/rate-limited' });
    expectProblem(post, 405, 'method-not-allowed');
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('runs no script and loads nothing: its CSP allows only its own inline style', async () => {
    const res = await app.inject('/problems/');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toContain('script-src');
    const style = /<style>([^<]*)<\/style>/.exec(res.body)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(res.body).not.toMatch(/<script|\son[a-z]+=/i);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('is served whatever Accept says (a browser asks for text/html)', async () => {
    const res = await app.inject({
      url: '/problems/not-found',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /problems/', () => {
  it('lists every type, linking to the very URIs problems carry', async () => {
    for (const url of ['/problems/', '/problems']) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const links = [...res.body.matchAll(/<a href="([^"]+)"><code>/g)].map((m) => m[1]);
      expect(links).toEqual(slugs.map((slug) => problemTypeUri(base, slug)));
      for (const link of links) await expectTypeResolves(app, link);
    }
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('is the base of every type, path included', async () => {
    const { app: proxied } = await makeApp({ publicBaseUrl: 'https://api.example.com/errors' });
    try {
      const body = expectProblem(
        await proxied.inject('/v1/web/errors/9999'),
        404,
        'unknown-code',
        'https://api.example.com/errors',
      );
      expect(body.type).toBe('https://api.example.com/errors/problems/unknown-code');
      // Behind a proxy that strips /errors, the page is this server's /problems/unknown-code.
      const page = await proxied.inject('/problems/unknown-code');
      expect(page.body).toContain(
        '<code>https://api.example.com/errors/problems/unknown-code</code>',
      );
    } finally {
      await proxied.close();
    }
  });
});

describe('the README', () => {
  it('lists exactly the problem types the API has, with their statuses', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| (\d{3}) +\| `([a-z-]+)` +\|/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(rows).toEqual(slugs.map((slug) => `${problemTypes[slug].status} ${slug}`));
  });
});
