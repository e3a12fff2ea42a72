import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  direction,
  loadMessages,
  locales,
  localizeEntry,
  parseQuery,
  queryCatalog,
  resolveLocale,
  searchableRows,
} from '@org/error-codes-i18n';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-i18n');
// The catalog comes from the package's own dependency, not from this project.
const fromPackage = createRequire(import.meta.resolve('@org/error-codes-i18n'));
const web = fromPackage('@org/error-codes/web');

assert.ok(locales.includes('de'));
assert.equal(resolveLocale('de-AT'), 'de');
assert.equal(resolveLocale('__proto__'), 'en');
assert.equal(direction('ar'), 'rtl');

const en = await loadMessages('web', 'en');
assert.equal(en.platform, 'web');
const localized = localizeEntry(web.getError(3017), en);
assert.equal(localized.known, true);
assert.equal(localized.platform, 'web');
assert.equal(localized.name, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(localized.locale, 'en');
for (const text of [localized.title, localized.userTitle, localized.userMessage]) {
  assert.ok(typeof text === 'string' && text.length > 0);
}
assert.ok(localized.causes.length > 0 && localized.fixes.length > 0);
// A normalized error the platform does not know, and junk: the generic texts, no throw.
const unknown = localizeEntry(web.normalizeError({ code: 9999 }), en);
assert.equal(unknown.known, false);
assert.ok(unknown.userMessage.length > 0);
for (const junk of ['__proto__', null, 42, { code: {} }, 'x'.repeat(100_000)]) {
  assert.equal(localizeEntry(junk, en).known, false);
}
await assert.rejects(loadMessages('flutter', 'en'), TypeError); // no plain Flutter line
assert.equal((await loadMessages('ios', 'de')).platform, 'ios');

// The one query seam over localized rows.
const rows = searchableRows(web.catalog.map((e) => localizeEntry(e, en)));
const { query, problems } = parseQuery('?category=auth&q=token');
assert.deepEqual(problems, []);
const hits = queryCatalog(rows, query);
assert.ok(hits.length > 0 && hits.every((r) => r.entry.category === 'auth'));
console.log(`ESM: ${locales.length} locales, ${hits.length} auth rows about tokens`);
