const assert = require('node:assert/strict');
const { explain, platforms } = require('@org/error-codes');
const web = require('@org/error-codes/web');
const flutter = require('@org/error-codes/flutter');
const catalogJson = require('@org/error-codes/catalog.json');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes');

assert.deepEqual(
  platforms.map((p) => p.id),
  ['web', 'flutter'],
);
assert.equal(explain('3017').clash, true);
for (const [api, id] of [
  [web, 'web'],
  [flutter, 'flutter'],
]) {
  const table = catalogJson.platforms.find((p) => p.id === id);
  assert.deepEqual(
    api.catalog.map((e) => [e.code, e.name]),
    table.entries.map((e) => [e.code, e.name]),
  );
  for (const entry of api.catalog) {
    assert.equal(api.findError(entry.code), entry);
    assert.equal(api.ErrorCodes[entry.name], entry.code);
  }
  assert.equal(api.findError('__proto__'), undefined);
  const error = new api.MeetingError(api.normalizeError({ code: 3017, message: 'from the SDK' }));
  assert.ok(error instanceof Error);
  assert.ok(api.isMeetingError(error));
  assert.equal(error.platform, id);
}
assert.equal(web.getError(3017).name, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(flutter.getError(3017).name, 'ERROR_CREATING_VIDEO_TRACK');
console.log(`CJS: web ${web.catalog.length} codes, flutter ${flutter.catalog.length} codes`);
