/**
 * Runs after tsup: writes each platform module as plain JSON at
 * locales/<platform>/<locale>.json, a real file at the subpath, so even legacy
 * resolvers find `@org/error-codes-i18n/locales/web/de.json`. A test checks each
 * equals its module.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { platformIds } from '@org/error-codes';
import { locales, pseudoLocale } from '../src/locales.js';

// Start from nothing, so a module no longer in the manifest is not published from an old build.
rmSync(new URL('../locales/', import.meta.url), { recursive: true, force: true });
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
