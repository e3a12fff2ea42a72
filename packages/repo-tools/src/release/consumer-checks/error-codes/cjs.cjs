const assert = require('node:assert/strict');
const {
  catalog,
  ErrorCodes,
  findError,
  isMeetingError,
  MeetingError,
} = require('@org/error-codes');
const catalogJson = require('@org/error-codes/catalog.json');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes');

assert.ok(catalog.length > 0);
for (const entry of catalog) {
  assert.equal(findError(entry.code), entry);
  assert.equal(ErrorCodes[entry.name], entry.code);
}
assert.equal(findError('__proto__'), undefined);
const error = new MeetingError({ code: catalog[0].code, message: 'from the SDK' });
assert.ok(error instanceof Error);
assert.ok(isMeetingError(error));
assert.equal(catalogJson.entries.length, catalog.length);
console.log(`CJS: ${catalog.length} codes`);
