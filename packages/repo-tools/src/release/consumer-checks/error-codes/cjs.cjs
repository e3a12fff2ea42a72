const assert = require('node:assert/strict');
const { explain, platforms, platformIds, platformTables, twinsOf } = require('@org/error-codes');
const catalogJson = require('@org/error-codes/catalog.json');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes');

assert.deepEqual(
  platforms.map((p) => p.id),
  ['web', 'react-native', 'ios', 'flutter-1', 'flutter-3'],
);
assert.equal(explain('3008').clash, true);
for (const id of platformIds) {
  const api = require(`@org/error-codes/${id}`);
  const table = catalogJson.platforms.find((p) => p.id === id);
  assert.deepEqual(
    api.catalog.map((e) => [e.code, e.name]),
    table.entries.map((e) => [e.code, e.name]),
  );
  assert.deepEqual(api.catalog, platformTables[id]);
  for (const entry of api.catalog) {
    assert.equal(api.findError(entry.code), entry);
    assert.equal(api.ErrorCodes[entry.name], entry.code);
  }
  assert.equal(api.findError('__proto__'), undefined);
  const code = api.catalog[0].code;
  const error = new api.MeetingError(api.normalizeError({ code, message: 'from the SDK' }));
  assert.ok(error instanceof Error);
  assert.ok(api.isMeetingError(error));
  assert.equal(error.platform, id);
  assert.equal(error.docPath, `/${id}/errors/${code}/`);
}
const ios = require('@org/error-codes/ios');
assert.deepEqual(
  twinsOf(ios.getError(3008)).map((e) => [e.platform, e.code]),
  [
    ['web', 3045],
    ['flutter-3', 3045],
  ],
);
console.log(
  `CJS: ${platformIds.map((id) => `${id} ${platformTables[id].length}`).join(', ')} codes`,
);
