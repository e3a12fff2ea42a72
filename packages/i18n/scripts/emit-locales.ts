/**
 * Runs after tsup: writes each locale as plain JSON at locales/<locale>.json, a
 * real file at the subpath, so even legacy resolvers find
 * `@org/error-codes-i18n/locales/de.json`. A test checks each equals its module.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales, pseudoLocale } from '../src/locales.js';
import type { LocaleMessages } from '../src/types.js';

const outDir = new URL('../locales/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const locale of [...locales, pseudoLocale]) {
  const { messages } = (await import(`../src/locales/${locale}.ts`)) as {
    messages: LocaleMessages;
  };
  writeFileSync(new URL(`${locale}.json`, outDir), `${JSON.stringify(messages)}\n`);
}
console.log(`wrote locales/*.json (${locales.length + 1} locales)`);
