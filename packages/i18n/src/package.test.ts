import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { checkPackage } from '@org/repo-tools';
import { describe, expect, it } from 'vitest';
import { messages as de } from './locales/de.js';
import { locales, pseudoLocale } from './locales.js';
import { bundle } from './testing/bundle.js';
import type { LocaleMessages } from './types.js';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

/** Every text of a bundle: each code's three fields and the generic ones. */
const textsOf = (m: LocaleMessages): string[] =>
  [m.unknown, ...Object.values(m.codes)].flatMap((t) => [t.title, t.description, t.userMessage]);

describe('the published package', () => {
  it('passes publint and arethetypeswrong (packed as npm would)', async () => {
    const result = await checkPackage(pkgDir);
    expect(result.publint).toEqual([]);
    expect(result.attw).toEqual([]);
    expect(result.conventions).toEqual([]);
  }, 120_000);

  it('ships each locale as ESM, CommonJS and plain JSON, all equal to its source module', async () => {
    const require = createRequire(import.meta.url);
    for (const locale of [...locales, pseudoLocale]) {
      const { messages } = await import(`./locales/${locale}.ts`);
      const json = JSON.parse(readFileSync(`${pkgDir}/locales/${locale}.json`, 'utf8'));
      expect(json).toEqual(messages);
      expect((await import(`${pkgDir}/dist/locales/${locale}.js`)).messages).toEqual(messages);
      expect(require(`${pkgDir}/dist/locales/${locale}.cjs`).messages).toEqual(messages);
    }
  });

  it('bundles only German for an app that imports only the de subpath', async () => {
    const files = await bundle(
      "import { messages } from '@org/error-codes-i18n/locales/de'; console.log(messages);",
    );
    const code = [...files.values()].join('\n');
    expect(code).toContain(de.codes[4001].userMessage);
    // No text of any other locale, whatever the code or field (texts shared with
    // German word for word, such as a bare product name, are not another locale's).
    const german = new Set(textsOf(de));
    for (const locale of [...locales, pseudoLocale].filter((l) => l !== 'de')) {
      const { messages } = await import(`./locales/${locale}.ts`);
      for (const text of textsOf(messages)) {
        if (!german.has(text)) expect(code.includes(text), `${locale}: ${text}`).toBe(false);
      }
    }
  });

  it('keeps every locale out of the main chunk when loaded lazily', async () => {
    const files = await bundle(
      "import { loadMessages } from '@org/error-codes-i18n'; loadMessages('de').then(console.log);",
    );
    const main = files.get('/virtual/stdin.js') ?? '';
    // Ten lazily loaded chunks, one per locale, and the main chunk.
    expect(files.size).toBe(11);
    expect(main).toMatch(/import\("\.\/[\w-]+\.js"\)/);
    expect(main).not.toContain(de.codes[4001].userMessage);
    expect(main).not.toContain('Invalid API key');
  });
});
