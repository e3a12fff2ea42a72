import assert from 'node:assert/strict';
import { locales, localizeError, resolveLocale } from '@org/error-codes-i18n';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-i18n');

assert.ok(locales.includes('de'));
assert.equal(resolveLocale('de-AT'), 'de');
assert.equal(resolveLocale('__proto__'), 'en');
const [code] = Object.keys(en.codes);
const localized = localizeError(Number(code), en);
assert.equal(localized.known, true);
assert.equal(localized.locale, 'en');
assert.ok(localized.title.length > 0);
assert.equal(localizeError({ code: -1 }, en).known, false);
console.log(`ESM: ${locales.length} locales`);
