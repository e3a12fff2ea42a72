import { describe, expect, it } from 'vitest';
import { readPackage, renderReadme, rewriteHref, slugger } from './readme.js';

describe('README rendering', () => {
  it('reads each package README from the package itself', () => {
    const { readme, description } = readPackage('error-codes');
    expect(readme).toMatch(/^# @org\/error-codes/);
    expect(description.length).toBeGreaterThan(10);
  });

  it('gives headings GitHub anchors', () => {
    const slug = slugger();
    expect(slug('Adding a locale or a text')).toBe('adding-a-locale-or-a-text');
    expect(slug('Releasing')).toBe('releasing');
    expect(slug('Releasing')).toBe('releasing-1');
    expect(slug('In a `React` app!')).toBe('in-a-react-app');
  });

  it('turns package links into getting-started pages and drops links to source files', () => {
    expect(rewriteHref('../error-codes', 'de')).toBe('/de/start/error-codes/');
    expect(rewriteHref('packages/i18n', 'en')).toBe('/start/i18n/');
    expect(rewriteHref('#usage', 'en')).toBe('#usage');
    expect(rewriteHref('https://example.org/x', 'en')).toBe('https://example.org/x');
    expect(rewriteHref('src/entries.ts', 'en')).toBeUndefined();
    expect(rewriteHref('../nope', 'en')).toBeUndefined();
  });

  it('renders markdown with ids, scrollable code and tables', () => {
    const html = renderReadme(
      '# Title\n\nSee [core](../error-codes) and [file](src/x.ts).\n\n```ts\nconst a = 1;\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      'fr',
    );
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain('<a href="/fr/start/error-codes/">core</a>');
    expect(html).toContain('and file.');
    expect(html).toContain('<pre tabindex="0"><code class="language-ts">');
    expect(html).toContain('<div class="table-scroll" tabindex="0"><table>');
  });
});
