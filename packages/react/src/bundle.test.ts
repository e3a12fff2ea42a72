// @vitest-environment node
/**
 * Apps built by Vite from the built packages, as bench/app.ts builds them: the
 * lean-bundle promise checked by file names and by the data the chunks hold (never
 * by a stopwatch).
 */
import { platformTables } from '@org/error-codes';
import { messages as iosDe } from '@org/error-codes-i18n/locales/ios/de';
import { messages as webDe } from '@org/error-codes-i18n/locales/web/de';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../bench/viteApp.js';

/** An app of one line: its module, its texts from `entry`, one error in the visitor's language. */
const app = (line: string, entry: string) => `import * as line from '@org/error-codes/${line}';
import { texts } from '@org/error-codes-i18n/${entry}';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root') as HTMLElement).render(
  <Suspense fallback={null}>
    <ErrorCodesProvider platform={line} texts={texts} locale={navigator.languages}>
      <ErrorMessage error={3008} />
    </ErrorCodesProvider>
  </Suspense>,
);
`;
/** `text` as a whole string or key of the minified output: quoted any way, or a bare key. */
const asString = (text: string) => {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[\`"']${escaped}[\`"']|[{,]${escaped}:`);
};
const locales = ['ar', 'de', 'en', 'es', 'fr', 'hi', 'ja', 'pt-BR', 'zh-CN'];
const major = process.env.EXPECTED_REACT_MAJOR;

describe('an app built by Vite', () => {
  it.each([
    ['web', 'web', ''],
    ['web', 'web/user', '-user'],
    ['ios', 'ios', ''],
    ['ios', 'ios/user', '-user'],
  ])(
    'of the %s line with texts of %s emits its nine locale chunks, named for the line, and nothing else',
    async (line, entry, suffix) => {
      const chunks = await buildApp(`test-react${major}-${entry.replace('/', '-')}`, {
        'main.tsx': app(line, entry),
      });
      const lazy = chunks.filter((c) => !c.isEntry).map((c) => c.fileName.replace(/^assets\//, ''));
      expect(lazy.map((f) => f.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(
        locales.map((l) => `${line}-${l}${suffix}`).sort(),
      );
      expect(lazy.join(' ')).not.toMatch(/en-XA/);
      const main = chunks.find((c) => c.isEntry);
      expect(main?.raw).toBeGreaterThan(0);
    },
    120_000,
  );

  it('of the iOS line in German bundles no web-only data: no web table, no web-only meaning or text', async () => {
    const chunks = await buildApp(`test-react${major}-ios-only`, { 'main.tsx': app('ios', 'ios') });
    const all = chunks.map((c) => c.code).join('\n');
    const iosMeanings = new Set<string>(platformTables.ios.map((e) => e.meaning));
    const iosNames = new Set<string>(platformTables.ios.map((e) => e.name));
    const webOnly = platformTables.web.filter((e) => !iosMeanings.has(e.meaning));
    // The check has something to find: web has meanings iOS lacks.
    expect(webOnly.length).toBeGreaterThan(0);
    // Texts iOS shows too (a shared German title) prove nothing: only web's own.
    const iosTexts = new Set(Object.values(iosDe.meanings).map((t) => t.title));
    const webOnlyTitles = webOnly
      .map((e) => webDe.meanings[e.meaning as keyof typeof webDe.meanings]?.title)
      .filter((t): t is string => typeof t === 'string' && !iosTexts.has(t));
    expect(webOnlyTitles.length).toBeGreaterThan(0);
    for (const e of webOnly) {
      expect(all, e.meaning).not.toMatch(asString(e.meaning));
      if (!iosNames.has(e.name)) expect(all, e.name).not.toContain(e.name);
    }
    for (const title of webOnlyTitles) expect(all, title).not.toMatch(asString(title));
    // The German chunk is iOS's, and holds iOS's meanings.
    const german = chunks.find((c) => /\/ios-de-[\w-]{8}\.js$/.test(c.fileName));
    const first = platformTables.ios[0];
    expect(german?.code).toMatch(asString(first.meaning));
    expect(german?.code).toMatch(asString(iosDe.meanings[first.meaning].title));
    // And the check can see what it looks for: web's German chunk holds web-only data.
    const web = await buildApp(`test-react${major}-web-only`, { 'main.tsx': app('web', 'web') });
    const webGerman = web.find((c) => /\/web-de-[\w-]{8}\.js$/.test(c.fileName));
    const [sample] = webOnly;
    expect(webGerman?.code).toMatch(asString(sample?.meaning ?? '?'));
    expect(webGerman?.code).toMatch(asString(webOnlyTitles[0] ?? '?'));
    const webOnlyName = webOnly.find((e) => !iosNames.has(e.name))?.name ?? '?';
    expect(web.map((c) => c.code).join('\n')).toContain(webOnlyName);
    expect(all).not.toContain(webOnlyName);
  }, 120_000);
});
