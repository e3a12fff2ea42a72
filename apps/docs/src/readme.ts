import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import escapeHtml from 'escape-html';
import { Marked, type Tokens } from 'marked';
import { type PackageSlug, packages, type SiteLocale, startPath } from './site.js';

const require = createRequire(import.meta.url);

/** A workspace package's README and package.json description, read from the package itself. */
export function readPackage(slug: PackageSlug): { readme: string; description: string } {
  const name = packages.find((p) => p.slug === slug)?.name ?? slug;
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { description?: string };
  let readme: string;
  try {
    readme = readFileSync(join(dirname(manifestPath), 'README.md'), 'utf8');
  } catch {
    readme = `# ${name}\n\n${manifest.description ?? ''}\n\n\`\`\`sh\npnpm add ${name}\n\`\`\`\n`;
  }
  return { readme, description: manifest.description ?? name };
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]*>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

const packageLink = /^(?:\.\.\/|\.\/)*(?:packages\/)?([a-z0-9-]+)\/?(?:README\.md)?(#.*)?$/;

/**
 * Where a README link goes on the site: another package's folder becomes its
 * getting-started page, anchors and absolute URLs stay, and any other relative link
 * (a source file) has no page here, so it becomes plain text (undefined).
 */
export function rewriteHref(href: string, locale: SiteLocale): string | undefined {
  if (href.startsWith('#') || /^https?:\/\//.test(href)) return href;
  const match = packageLink.exec(href);
  const pkg = match && packages.find((p) => p.slug === match[1]);
  if (pkg) return `${startPath(pkg.slug, locale)}${match?.[2] ?? ''}`;
  return undefined;
}

/** Renders a README to HTML for a getting-started page in one locale's URL space. */
export function renderReadme(markdown: string, locale: SiteLocale): string {
  const slug = slugger();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Heading['tokens']): string } }, token) {
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(slug(token.text))}">${inner}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, token) {
        const inner = this.parser.parseInline(token.tokens);
        const href = rewriteHref(token.href, locale);
        if (href === undefined) return inner;
        const external = /^https?:/.test(href) ? ' rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(href)}"${external}>${inner}</a>`;
      },
      image(token) {
        return escapeHtml(token.text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  // Wide tables and code scroll sideways; a scrolling region must be keyboard-reachable.
  return html
    .replace(/<table>/g, '<div class="table-scroll" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>')
    .replace(/<pre>/g, '<pre tabindex="0">');
}
