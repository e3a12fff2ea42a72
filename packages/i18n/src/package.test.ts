import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { platformIds } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { bundle } from '../test/bundle.js';
import { allFields, allTexts, english } from '../test/texts.js';
import { messages as flutterDe } from './locales/flutter/de.js';
import { messages as webDe } from './locales/web/de.js';
import { locales, pseudoLocale } from './locales.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const allLocales = [...locales, pseudoLocale];

describe('the published package', () => {
  it('ships each platform module as ESM, CommonJS and plain JSON, all equal to its source', async () => {
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
    }
  });

  it('bundles only the web texts in German for a web app that imports web/de', async () => {
    const code = [
      ...(
        await bundle(
          "import { messages } from '@org/error-codes-i18n/locales/web/de'; console.log(messages);",
        )
      ).values(),
    ].join('\n');
    expect(code).toContain(webDe.meanings['invalid-api-key'].userMessage);
    // No Flutter-only German text, and no text of another locale (texts German shares
    // word for word with another locale, such as a product name, are not another's).
    const flutterOnly = Object.entries(flutterDe.meanings).filter(
      ([id]) => !(id in webDe.meanings),
    );
    expect(flutterOnly.length).toBeGreaterThan(0);
    for (const [id, t] of flutterOnly) expect(code.includes(t.description), id).toBe(false);
    const german = new Set(
      allFields(allTexts.find((t) => t.locale === 'de') ?? english).map((f) => f.field.text),
    );
    for (const texts of allTexts.filter((t) => t.locale !== 'de')) {
      for (const { field } of allFields(texts)) {
        if (!german.has(field.text) && field.text.length > 12) {
          expect(code.includes(field.text), `${texts.locale}: ${field.text}`).toBe(false);
        }
      }
    }
  });

  it('keeps every module out of the main chunk when loaded lazily', async () => {
    const files = await bundle(
      "import { loadMessages } from '@org/error-codes-i18n'; loadMessages('web', 'de').then(console.log);",
    );
    const main = files.get('/virtual/stdin.js') ?? '';
    // One lazily loaded chunk per platform and locale, and the main chunk.
    expect(files.size).toBe(platformIds.length * allLocales.length + 1);
    expect(main).toMatch(/import\("\.\/[\w-]+\.js"\)/);
    expect(main).not.toContain(webDe.meanings['invalid-api-key'].userMessage);
  });

  it.each([
    ['web', 'webTexts', ''],
    ['web/user', 'webUserTexts', '-user'],
    ['flutter', 'flutterTexts', ''],
    ['flutter/user', 'flutterUserTexts', '-user'],
  ])(
    '@org/error-codes-i18n/%s splits into its own platform’s nine locale chunks, no other, no pseudo-locale',
    async (subpath, name, suffix) => {
      const platform = subpath.split('/')[0] ?? '';
      const files = await bundle(
        `import { ${name} } from '@org/error-codes-i18n/${subpath}'; ${name}.load(navigator.language).then(console.log);`,
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
