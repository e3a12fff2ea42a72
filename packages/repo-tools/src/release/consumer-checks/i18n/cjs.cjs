const assert = require('node:assert/strict');
const { localizeEntry, resolveLocale } = require('@org/error-codes-i18n');
const { messages: fr } = require('@org/error-codes-i18n/locales/flutter-1/fr');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-i18n');
const flutter = require(
  require.resolve('@org/error-codes/flutter-1', {
    paths: [require.resolve('@org/error-codes-i18n')],
  }),
);

assert.equal(fr.locale, 'fr');
assert.equal(fr.platform, 'flutter-1');
assert.equal(resolveLocale('fr-CA'), 'fr');
const localized = localizeEntry(flutter.getError(3017), fr);
assert.equal(localized.name, 'ERROR_CREATING_VIDEO_TRACK');
assert.equal(localized.locale, 'fr');
assert.ok(localized.title.length > 0);
console.log(`CJS: ${Object.keys(fr.meanings).length} French Flutter meanings`);
