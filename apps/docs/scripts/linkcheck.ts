import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One link that does not resolve inside the built site. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

export interface LinkReport {
  readonly pages: number;
  readonly links: number;
  /** Links with a `#fragment`, each checked against the ids of its target page. */
  readonly anchors: number;
  readonly external: number;
  readonly broken: BrokenLink[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The file a site path is served from, as the static server and any static host do. */
function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Checks every internal `href`, `src`, meta refresh and absolute link to `siteUrl`
 * (canonical, hreflang) of every HTML page under `root`: each must resolve to a file,
 * and each `#anchor` to an `id` in its target page.
 */
export function checkLinks(root: string, siteUrl: string): LinkReport {
  const files = htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = readFileSync(file, 'utf8');
      set = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let anchors = 0;
  let external = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const targets = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1] ?? '')),
      ...[...html.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]*)"/g)].map((m) =>
        decode(m[1] ?? ''),
      ),
    ];
    for (const raw of targets) {
      links++;
      let href = raw;
      if (href.startsWith(siteUrl)) href = href.slice(siteUrl.length) || '/';
      if (/^(?:[a-z]+:)/i.test(href)) {
        if (!href.startsWith('data:')) external++;
        continue;
      }
      const url = new URL(href, `http://site${page}`);
      const target =
        url.pathname === page && href.startsWith('#') ? file : fileFor(root, url.pathname);
      if (!target) {
        broken.push({ page, href: raw, reason: 'no such file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor) anchors++;
      if (anchor && !idsOf(target).has(anchor)) {
        broken.push({ page, href: raw, reason: `no id "${anchor}" in the target` });
      }
    }
  }
  return { pages: files.length, links, anchors, external, broken };
}
