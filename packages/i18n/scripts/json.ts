/**
 * Writes each locale as plain JSON beside its module in dist/locales (run after
 * tsup): `@org/error-codes-i18n/locales/de.json`, for apps that load JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales, pseudoLocale } from '../src/locales.js';
import type { LocaleMessages } from '../src/types.js';

const outDir = new URL('../dist/locales/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const locale of [...locales, pseudoLocale]) {
  const { messages } = (await import(`../src/locales/${locale}.ts`)) as { messages: LocaleMessages };
  writeFileSync(new URL(`${locale}.json`, outDir), `${JSON.stringify(messages)}\n`);
}
console.log(`wrote dist/locales/*.json (${locales.length + 1} locales)`);
