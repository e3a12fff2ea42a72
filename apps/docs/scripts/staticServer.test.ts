/**
 * The server `npm start` runs for the docs site, fed hostile and random request
 * targets over a real socket: never a 5xx, never a byte from outside the site, never
 * a redirect off the host.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './staticServer.js';

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docs-static-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'web/errors/4001'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>index</h1>');
  writeFileSync(join(site, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(site, 'web/errors/4001/index.html'), '<h1>4001</h1>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  let url: string;
  ({ server, url } = await startStaticServer(site));
  port = Number(new URL(url).port);
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One raw HTTP/1.1 request, the target written as given: status, head and (chunked) body. */
function raw(
  target: string,
  method = 'GET',
): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), head, body });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

const hostile = [
  '////%%/',
  '/\\%00',
  '//evil.example/',
  '/\\evil.example/',
  '//',
  '/%',
  '/%E0%A4%A',
  '/%00',
  '/web/errors/4001%00',
  '/..%2F..%2Fsecret.txt',
  '/../secret.txt',
  '/%2e%2e/secret.txt',
  '/web/errors/..%5C..%5C..%5Csecret.txt',
  '/__proto__',
  '/constructor/',
  `/${'a/'.repeat(1500)}`,
  `/${'x'.repeat(8000)}`,
  '/?q=%',
  '/web/errors/4001?%%',
  '/%F0%9F%92%A9/',
];

describe('the docs static server', () => {
  it('serves pages, adds the slash, and answers 404 with the site 404 page', async () => {
    expect((await raw('/')).body).toContain('<h1>index</h1>');
    expect((await raw('/web/errors/4001/')).body).toContain('<h1>4001</h1>');
    const redirect = await raw('/web/errors/4001?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.head).toMatch(/\r\nlocation: \/web\/errors\/4001\/\?x=1\r\n/i);
    const missing = await raw('/web/errors/9999/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1>not found</h1>');
    expect((await raw('/', 'POST')).status).toBe(405);
  });

  it.each(hostile)(
    'answers %j with a 4xx or a page, never a 5xx or a file outside the site',
    async (target) => {
      const answer = await raw(target);
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).not.toContain('outside the site');
      // A redirect stays on this host: never `//other-host/…`.
      expect(answer.head).not.toMatch(/\r\nlocation: (\/\/|\/\\|https?:)/i);
    },
  );

  it('never answers a 5xx to random request targets (property)', async () => {
    const segment = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 12 }),
      fc.constantFrom('%', '%%', '%00', '%2F', '%5C', '..', '.', '\\', '/', '//', '%E0%A4'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (parts) => {
        // Bytes a request line cannot hold (controls, spaces) are percent-encoded,
        // as any client sends them; everything else goes through as written.
        const target = [...`/${parts.join('/')}`]
          .map((c) => {
            const byte = c.charCodeAt(0);
            return byte <= 0x20 || byte >= 0x7f ? `%${byte.toString(16).padStart(2, '0')}` : c;
          })
          .join('');
        const answer = await raw(target);
        expect(answer.status, target).toBeLessThan(500);
        expect(answer.body).not.toContain('outside the site');
      }),
      { numRuns: 300 },
    );
  });
});
