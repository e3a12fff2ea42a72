import assert from 'node:assert/strict';
import {
  catalog,
  ErrorCodes,
  findError,
  getError,
  isErrorCode,
  MeetingError,
  normalizeError,
  UNKNOWN_ERROR_NAME,
} from '@org/error-codes';
import catalogJson from '@org/error-codes/catalog.json' with { type: 'json' };
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes');

assert.ok(catalog.length > 0);
for (const entry of catalog) {
  assert.equal(findError(entry.code), entry);
  assert.equal(findError(String(entry.code)), entry);
  assert.equal(findError(entry.name), entry);
  assert.equal(getError(entry.code), entry);
  assert.equal(ErrorCodes[entry.name], entry.code);
  assert.ok(isErrorCode(entry.code));
}
for (const junk of ['__proto__', 'constructor', Number.NaN, {}, null, 'x'.repeat(100_000)]) {
  assert.equal(findError(junk), undefined);
}
const [first] = catalog;
assert.equal(normalizeError({ code: String(first.code), message: 'from the SDK' }).entry, first);
assert.equal(normalizeError({ code: -1 }).name, UNKNOWN_ERROR_NAME);
assert.equal(new MeetingError(first.code).code, first.code);
assert.deepEqual(
  catalogJson.entries.map((e) => [e.code, e.name]),
  catalog.map((e) => [e.code, e.name]),
);
console.log(`ESM: ${catalog.length} codes`);
