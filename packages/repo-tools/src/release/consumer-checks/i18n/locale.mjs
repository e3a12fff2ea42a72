// One locale's module on its own, as an app that ships only German would load it.
import assert from 'node:assert/strict';
import { loadMessages, localizeError } from '@org/error-codes-i18n';
import { messages as de } from '@org/error-codes-i18n/locales/de';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { exportedSubpaths } from './subpaths.mjs';

assert.equal(de.locale, 'de');
const codes = Object.keys(de.codes);
assert.deepEqual(codes, Object.keys(en.codes));
let translated = 0;
for (const code of codes) {
  const localized = localizeError(Number(code), de);
  assert.equal(localized.known, true, `${code} is not known in de`);
  assert.ok(localized.title && localized.userMessage, `${code} has no German text`);
  if (localized.title !== localizeError(Number(code), en).title) translated += 1;
}
assert.ok(translated > codes.length / 2, 'most German titles should differ from English');
assert.deepEqual(await loadMessages('de-CH'), de);
if ('./locales/de.json' in exportedSubpaths('@org/error-codes-i18n')) {
  const { default: json } = await import('@org/error-codes-i18n/locales/de.json', {
    with: { type: 'json' },
  });
  assert.ok(JSON.stringify(json).includes(JSON.stringify(de.codes[codes[0]].title)));
}
console.log(`locales/de: ${codes.length} codes, ${translated} titles translated`);
