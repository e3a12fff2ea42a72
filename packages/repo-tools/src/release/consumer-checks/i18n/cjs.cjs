const assert = require('node:assert/strict');
const { localizeError, resolveLocale } = require('@org/error-codes-i18n');
const { messages: fr } = require('@org/error-codes-i18n/locales/fr');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-i18n');

assert.equal(fr.locale, 'fr');
assert.equal(resolveLocale('fr-CA'), 'fr');
const [code] = Object.keys(fr.codes);
assert.equal(localizeError(Number(code), fr).locale, 'fr');
console.log(`CJS: ${Object.keys(fr.codes).length} French texts`);
