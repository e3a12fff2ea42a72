/**
 * Runs after tsup. Writes each line and locale module as the data it evaluates to:
 * - dist/locales/<line>-<locale>.js, .cjs, .d.ts, .d.cts (and `-user` for the
 *   end-user slice): the line's meanings only, so an app in German bundles its own
 *   line's texts and no other line's, whatever category files they were picked from;
 * - locales/<line>/<locale>.json, a real file at the subpath, so even legacy
 *   resolvers find `@org/error-codes-i18n/locales/web/de.json`.
 * A test checks each equals its source module.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { platformIds } from '@org/error-codes';
import { locales, pseudoLocale } from '../src/localeList.js';

const dist = new URL('../dist/locales/', import.meta.url);
// Start from nothing, so a module no longer in the manifest is not published from an old build.
rmSync(new URL('../locales/', import.meta.url), { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const HEADER = '// Built by scripts/emit-locales.ts from src/locales.';
function writeModule(name: string, line: string, data: unknown) {
  const json = JSON.stringify(data);
  const type = `PlatformMessages<'${line}'>`;
  writeFileSync(new URL(`${name}.js`, dist), `${HEADER}\nexport const messages = ${json};\n`);
  writeFileSync(
    new URL(`${name}.cjs`, dist),
    `${HEADER}\n'use strict';\nexports.messages = ${json};\n`,
  );
  writeFileSync(
    new URL(`${name}.d.ts`, dist),
    `import type { PlatformMessages } from '../index.js';\nexport declare const messages: ${type};\n`,
  );
  writeFileSync(
    new URL(`${name}.d.cts`, dist),
    `import type { PlatformMessages } from '../index.cjs';\nexport declare const messages: ${type};\n`,
  );
}

let count = 0;
for (const line of platformIds) {
  const json = new URL(`../locales/${line}/`, import.meta.url);
  mkdirSync(json, { recursive: true });
  for (const locale of [...locales, pseudoLocale]) {
    const { messages } = await import(`../src/locales/${line}/${locale}.ts`);
    writeModule(`${line}-${locale}`, line, messages);
    writeFileSync(new URL(`${locale}.json`, json), `${JSON.stringify(messages)}\n`);
    count++;
  }
  for (const locale of locales) {
    const { messages } = await import(`../src/locales/${line}/${locale}.user.ts`);
    writeModule(`${line}-${locale}-user`, line, messages);
    count++;
  }
}
console.log(`wrote dist/locales/* and locales/*/*.json (${count} modules)`);
