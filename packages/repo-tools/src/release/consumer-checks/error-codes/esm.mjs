import assert from 'node:assert/strict';
import { explain, meanings, numbers, platformIds, platforms } from '@org/error-codes';
import catalogJson from '@org/error-codes/catalog.json' with { type: 'json' };
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes');

// The root: the platforms and what spans them.
assert.deepEqual(
  platforms.map((p) => p.id),
  ['web', 'flutter'],
);
assert.deepEqual([...platformIds], ['web', 'flutter']);
const answer = explain(3017);
assert.equal(answer.clash, true);
assert.deepEqual(
  answer.matches.map((m) => [m.platform, m.entry.name]),
  [
    ['web', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'],
    ['flutter', 'ERROR_CREATING_VIDEO_TRACK'],
  ],
);
assert.equal(numbers[3017].clash, true);
assert.deepEqual(meanings['camera-in-use'], { web: 3023, flutter: 3003 });
for (const junk of ['__proto__', 'constructor', Number.NaN, {}, null, 'x'.repeat(100_000)]) {
  assert.deepEqual(explain(junk).matches, []);
}

// Each platform's entry point, read against the JSON export of the same package.
function checkPlatform(api, id) {
  assert.equal(api.platform.id, id);
  const table = catalogJson.platforms.find((p) => p.id === id);
  assert.deepEqual(
    api.catalog.map((e) => [e.code, e.name, e.meaning]),
    table.entries.map((e) => [e.code, e.name, e.meaning]),
  );
  assert.ok(api.catalog.length > 0);
  for (const entry of api.catalog) {
    assert.equal(entry.platform, id);
    assert.equal(api.findError(entry.code), entry);
    assert.equal(api.findError(String(entry.code)), entry);
    assert.equal(api.findError(entry.name), entry);
    for (const alias of entry.aliases) assert.equal(api.findError(alias), entry);
    assert.equal(api.getError(entry.code), entry);
    assert.equal(api.ErrorCodes[entry.name], entry.code);
    assert.ok(api.isErrorCode(entry.code));
    assert.equal(meanings[entry.meaning][id], entry.code);
  }
  for (const junk of ['__proto__', 'constructor', Number.NaN, {}, null, 'x'.repeat(100_000)]) {
    assert.equal(api.findError(junk), undefined);
    assert.equal(api.normalizeError(junk).known, false);
  }
  const event = { code: '3017', message: 'from the SDK' };
  const normalized = api.normalizeError(event);
  assert.equal(normalized.known, true);
  assert.equal(normalized.platform, id);
  assert.equal(normalized.entry, api.getError(3017));
  assert.equal(normalized.receivedMessage, 'from the SDK');
  const error = new api.MeetingError(normalized, { cause: event });
  assert.ok(error instanceof Error);
  assert.ok(api.isMeetingError(error));
  assert.equal(error.platform, id);
  assert.equal(error.code, 3017);
  assert.equal(error.cause, event);
  assert.equal(api.normalizeError({ code: 9999 }).name, api.UNKNOWN_ERROR_NAME);
  assert.equal(api.docsPath(id, 3017), `/${id}/errors/3017/`);
  assert.equal(api.docsPath(id, 3017, 'de'), `/de/${id}/errors/3017/`);
}

checkPlatform(web, 'web');
checkPlatform(flutter, 'flutter');
assert.equal(web.getError(3017).name, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(flutter.getError(3017).name, 'ERROR_CREATING_VIDEO_TRACK');
console.log(`ESM: web ${web.catalog.length} codes, flutter ${flutter.catalog.length} codes`);
