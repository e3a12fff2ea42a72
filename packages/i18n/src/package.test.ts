import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lines, type PlatformId, platformIds } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { bundle } from '../test/bundle.js';
import { allFields, allTexts, english } from '../test/texts.js';
import { locales, pseudoLocale } from './localeList.js';
import { messages as iosDe } from './locales/ios/de.js';
import { messages as webDe } from './locales/web/de.js';
import type { MeaningTexts } from './types.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const allLocales = [...locales, pseudoLocale];
const german = allTexts.find((t) => t.locale === 'de') ?? english;
const joined = (files: Map<string, string>) => [...files.values()].join('\n');

/** German texts of the meanings `other` has and `mine` lacks. */
const textsOnlyIn = (other: Record<string, MeaningTexts>, mine: Record<string, MeaningTexts>) =>
  Object.entries(other).filter(([id]) => !(id in mine));

/** No text of another locale (texts German shares word for word with another locale are not another's). */
function expectOnlyGerman(code: string) {
  const own = new Set(allFields(german).map((f) => f.field.text));
  for (const texts of allTexts.filter((t) => t.locale !== 'de')) {
    for (const { field } of allFields(texts)) {
      if (!own.has(field.text) && field.text.length > 12) {
        expect(code.includes(field.text), `${texts.locale}: ${field.text}`).toBe(false);
      }
    }
  }
}

describe('the published package', () => {
  it('ships each line module as ESM, CommonJS and plain JSON, all equal to its source', async () => {
    const require = createRequire(import.meta.url);
    for (const platform of platformIds) {
      for (const locale of allLocales) {
        const { messages } = await import(`./locales/${platform}/${locale}.ts`);
        const base = `locales/${platform}/${locale}`;
        expect(JSON.parse(readFileSync(`${pkgDir}/${base}.json`, 'utf8'))).toEqual(messages);
        expect((await import(`${pkgDir}/dist/locales/${platform}-${locale}.js`)).messages).toEqual(
          messages,
        );
        expect(require(`${pkgDir}/dist/locales/${platform}-${locale}.cjs`).messages).toEqual(
          messages,
        );
      }
      for (const locale of locales) {
        const { messages } = await import(`./locales/${platform}/${locale}.user.ts`);
        const dist = `${pkgDir}/dist/locales/${platform}-${locale}-user`;
        expect((await import(`${dist}.js`)).messages).toEqual(messages);
        expect(require(`${dist}.cjs`).messages).toEqual(messages);
      }
    }
  });

  it('resolves each line’s locale subpaths through its exports pattern, as Node does', () => {
    const require = createRequire(join(pkgDir, 'package.json'));
    for (const p of platformIds) {
      expect(require.resolve(`@org/error-codes-i18n/locales/${p}/pt-BR`)).toBe(
        join(pkgDir, `dist/locales/${p}-pt-BR.cjs`),
      );
      expect(require.resolve(`@org/error-codes-i18n/locales/${p}/pt-BR.json`)).toBe(
        join(pkgDir, `locales/${p}/pt-BR.json`),
      );
    }
    expect(() => require.resolve('@org/error-codes-i18n/locales/flutter/de')).toThrow();
  });

  it('bundles only the web texts in German for a web app that imports locales/web/de', async () => {
    const code = joined(
      await bundle(
        "import { messages } from '@org/error-codes-i18n/locales/web/de'; console.log(messages);",
      ),
    );
    expect(code).toContain(webDe.meanings['invalid-api-key'].userMessage);
    const notWeb = textsOnlyIn(iosDe.meanings, webDe.meanings);
    expect(notWeb.length).toBeGreaterThan(0);
    for (const [id, t] of notWeb) expect(code.includes(t.description), id).toBe(false);
    expectOnlyGerman(code);
  });

  it('bundles no web-only text, and no browser words, for an iOS app in German', async () => {
    const files = await bundle(
      "import { texts } from '@org/error-codes-i18n/ios'; texts.load('de').then(console.log);",
    );
    const de = [...files].find(([path]) => /\/ios-de-[A-Z0-9]+\.js$/.test(path))?.[1] ?? '';
    expect(de).toContain(iosDe.meanings['character-join-failed'].userMessage);
    const webOnly = textsOnlyIn(webDe.meanings, iosDe.meanings);
    expect(webOnly.length).toBeGreaterThan(0);
    // What the app downloads in German: the main chunk, then the German chunk.
    const code = `${files.get('/virtual/stdin.js')}\n${de}`;
    for (const [id, t] of webOnly) {
      for (const text of [t.description, t.userMessage, ...t.causes]) {
        // A text the line's own meanings also say (a shared sentence) is not web-only.
        if (JSON.stringify(iosDe).includes(JSON.stringify(text))) continue;
        expect(code.includes(text), `${id}: ${text}`).toBe(false);
      }
    }
    for (const [id, t] of Object.entries<MeaningTexts>(german.meanings)) {
      const browser = t.variants?.browser?.userMessage;
      if (browser) expect(code.includes(browser), id).toBe(false);
    }
    expectOnlyGerman(code);
  });

  it('keeps every module out of the main chunk when loaded lazily', async () => {
    const files = await bundle(
      "import { loadMessages } from '@org/error-codes-i18n'; loadMessages('web', 'de').then(console.log);",
    );
    const main = files.get('/virtual/stdin.js') ?? '';
    // One lazily loaded chunk per line and locale, and the main chunk.
    expect(files.size).toBe(platformIds.length * allLocales.length + 1);
    expect(main).toMatch(/import\("\.\/[\w-]+\.js"\)/);
    expect(main).not.toContain(webDe.meanings['invalid-api-key'].userMessage);
    // Nor the core's line registry: the lines and their surfaces come from a generated table.
    for (const line of lines) expect(main).not.toContain(line.sdk.package);
  });

  it.each(
    platformIds.flatMap((p): [string, PlatformId, string][] => [
      [p, p, ''],
      [`${p}/user`, p, '-user'],
    ]),
  )(
    '@org/error-codes-i18n/%s splits into its own line’s nine locale chunks, no other, no pseudo-locale',
    async (subpath, platform, suffix) => {
      const files = await bundle(
        `import { texts } from '@org/error-codes-i18n/${subpath}'; texts.load(navigator.language).then(console.log);`,
      );
      const chunks = [...files.keys()]
        .filter((f) => f !== '/virtual/stdin.js')
        .map((f) => f.slice(9));
      expect(chunks.map((f) => f.replace(/-[A-Z0-9]+\.js$/, '')).sort()).toEqual(
        locales.map((l) => `${platform}-${l}${suffix}`).sort(),
      );
    },
  );

  it('keeps the end-user slice of every locale within 8 KB gzip, minified as an app ships it', async () => {
    const { gzipSync } = await import('node:zlib');
    const { transform } = await import('esbuild');
    for (const platform of platformIds) {
      for (const locale of locales) {
        const file = readFileSync(`${pkgDir}/dist/locales/${platform}-${locale}-user.js`, 'utf8');
        const { code } = await transform(file, { minify: true, charset: 'utf8', format: 'esm' });
        expect(gzipSync(code, { level: 9 }).length, `${platform}-${locale}`).toBeLessThanOrEqual(
          8192,
        );
      }
    }
  });
});
