/**
 * Runs after tsup: writes each platform module as plain JSON at
 * locales/<platform>/<locale>.json, a real file at the subpath, so even legacy
 * resolvers find `@org/error-codes-i18n/locales/web/de.json`. A test checks each
 * equals its module.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { platformIds } from '@org/error-codes';
import { locales, pseudoLocale } from '../src/locales.js';

let count = 0;
for (const platform of platformIds) {
  const outDir = new URL(`../locales/${platform}/`, import.meta.url);
  mkdirSync(outDir, { recursive: true });
  for (const locale of [...locales, pseudoLocale]) {
    const { messages } = await import(`../src/locales/${platform}/${locale}.ts`);
    writeFileSync(new URL(`${locale}.json`, outDir), `${JSON.stringify(messages)}\n`);
    count++;
  }
}
console.log(`wrote locales/*/*.json (${count} modules)`);
