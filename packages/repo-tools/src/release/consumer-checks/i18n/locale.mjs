// One platform's locale module on its own, as a web app that ships only German would load it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { loadMessages, localizeEntry } from '@org/error-codes-i18n';
import { messages as flutterDe } from '@org/error-codes-i18n/locales/flutter-1/de';
import { messages as de } from '@org/error-codes-i18n/locales/web/de';
import json from '@org/error-codes-i18n/locales/web/de.json' with { type: 'json' };
import { messages as en } from '@org/error-codes-i18n/locales/web/en';

const fromPackage = createRequire(import.meta.resolve('@org/error-codes-i18n'));
const web = fromPackage('@org/error-codes/web');
const flutter = fromPackage('@org/error-codes/flutter-1');

assert.equal(de.locale, 'de');
assert.equal(de.platform, 'web');
assert.deepEqual(json, JSON.parse(JSON.stringify(de)));
// Every web meaning has its German texts, and no other meaning does.
assert.deepEqual(
  Object.keys(de.meanings).sort(),
  [...new Set(web.catalog.map((e) => e.meaning))].sort(),
);
assert.deepEqual(Object.keys(de.meanings).sort(), Object.keys(en.meanings).sort());
let translated = 0;
for (const entry of web.catalog) {
  const localized = localizeEntry(entry, de);
  assert.equal(localized.known, true, `${entry.code} is not known in de`);
  assert.equal(localized.locale, 'de');
  assert.ok(localized.title && localized.userMessage, `${entry.code} has no German text`);
  if (localized.title !== localizeEntry(entry, en).title) translated += 1;
}
assert.ok(
  translated > web.catalog.length / 2,
  `only ${translated} German titles differ from English`,
);

// loadMessages negotiates the tag and loads the same texts.
assert.deepEqual(await loadMessages('web', 'de-CH'), de);
assert.equal(await loadMessages('web', 'de'), await loadMessages('web', 'de-CH'));
// 3017 is a different error on Flutter, with its own German texts.
assert.equal(flutterDe.platform, 'flutter-1');
assert.notEqual(
  localizeEntry(flutter.getError(3017), flutterDe).title,
  localizeEntry(web.getError(3017), de).title,
);
console.log(`locales/web/de: ${web.catalog.length} codes, ${translated} titles translated`);
