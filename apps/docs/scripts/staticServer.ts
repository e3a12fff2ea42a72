import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built site the way a static host does: `/errors/4001/` → `errors/4001/index.html`,
 * `/errors/4001` → redirect to the slash, anything else missing → 404.html with status 404.
 * Nothing outside `root` is ever served.
 */
export function startStaticServer(
  root: string,
  options: { host?: string; port?: number } = {},
): Promise<{ server: Server; url: string }> {
  const base = normalize(root + sep);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      // The request target is a path, read as one: against a base, `//host/…` or `/\\…`
      // would be taken for an authority (and throw on a bad one).
      const url = new URL(`http://localhost/${(req.url ?? '/').replace(/^[/\\]+/, '')}`);
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const file = normalize(join(base, pathname));
      if (!file.startsWith(base) || pathname.includes('\0')) {
        res.writeHead(400).end();
        return;
      }
      let target = pathname.endsWith('/') ? join(file, 'index.html') : file;
      if (!pathname.endsWith('/') && !(await isFile(target))) {
        if (await isFile(join(file, 'index.html'))) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      }
      let status = 200;
      if (!(await isFile(target))) {
        status = 404;
        target = join(base, '404.html');
      }
      res.writeHead(status, {
        'content-type': types[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(target)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}` });
    });
  });
}
