import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageServer, startPageServer } from './pageServer.js';

describe('startPageServer', () => {
  let server: PageServer;
  const dir = mkdtempSync(join(tmpdir(), 'page-server-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, '<!doctype html><p>page</p>');

  beforeAll(async () => {
    server = await startPageServer(new Map([['/page/', page]]));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the files it is given, by path', async () => {
    const response = await fetch(`${server.origin}/page/?sdk=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><p>page</p>');
  });

  it('answers 404 to any other path, a traversal or another method', async () => {
    for (const path of ['/', '/page', '/page/../page.html', '/..%2Fpage.html', '/%00']) {
      expect((await fetch(`${server.origin}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${server.origin}/page/`, { method: 'POST' })).status).toBe(404);
  });
});
