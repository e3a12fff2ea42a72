import assert from 'node:assert/strict';
import {
  entriesByNumber,
  explain,
  isPlatformId,
  lineFor,
  meanings,
  numbers,
  platformIds,
  platforms,
  platformTables,
} from '@org/error-codes';
import catalogJson from '@org/error-codes/catalog.json' with { type: 'json' };
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes');

// The root: the lines and what spans them.
const ids = ['web', 'react-native', 'ios', 'flutter-1', 'flutter-3'];
assert.deepEqual(
  platforms.map((p) => p.id),
  ids,
);
assert.deepEqual([...platformIds], ids);
assert.equal(isPlatformId('flutter'), false);
assert.equal(lineFor('videosdk', '3.8.0').line.id, 'flutter-3');
assert.equal(lineFor('videosdk', '1.2.4').line.id, 'flutter-1');
assert.equal(lineFor('videosdk', '2.0.0').ok, false);
const answer = explain(3008);
assert.equal(answer.clash, true);
assert.deepEqual(
  answer.matches.map((m) => [m.platform, m.entry.name]),
  [
    ['ios', 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED'],
    ['flutter-1', 'ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED'],
  ],
);
assert.deepEqual(
  entriesByNumber(3023).map((e) => e.platform),
  ids,
);
for (const junk of ['__proto__', 'constructor', Number.NaN, {}, null, 'x'.repeat(100_000)]) {
  assert.deepEqual(explain(junk).matches, []);
}

// Each line's entry point, read against the JSON export of the same package.
function checkPlatform(api, id) {
  assert.equal(api.platform.id, id);
  assert.equal(api.platform.entryPoint, `@org/error-codes/${id}`);
  const table = catalogJson.platforms.find((p) => p.id === id);
  assert.deepEqual(
    api.catalog.map((e) => [e.code, e.name, e.meaning]),
    table.entries.map((e) => [e.code, e.name, e.meaning]),
  );
  assert.deepEqual(api.catalog, platformTables[id]);
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
    assert.equal(meanings().get(entry.meaning).get(id), entry.code);
    assert.equal(numbers().get(entry.code).get(id), entry.meaning);
  }
  for (const junk of ['__proto__', 'constructor', Number.NaN, {}, null, 'x'.repeat(100_000)]) {
    assert.equal(api.findError(junk), undefined);
    assert.equal(api.normalizeError(junk).known, false);
  }
  const code = api.catalog[0].code;
  const event = { code: String(code), message: 'from the SDK' };
  const normalized = api.normalizeError(event, { docsBaseUrl: 'https://errors.example.com' });
  assert.equal(normalized.known, true);
  assert.equal(normalized.platform, id);
  assert.equal(normalized.entry, api.getError(code));
  assert.equal(normalized.receivedMessage, 'from the SDK');
  assert.equal(normalized.docUrl, `https://errors.example.com/${id}/errors/${code}/`);
  const error = new api.MeetingError(normalized, { cause: event });
  assert.ok(error instanceof Error);
  assert.ok(api.isMeetingError(error));
  assert.equal(error.platform, id);
  assert.equal(error.code, code);
  assert.equal(error.cause, event);
  assert.equal(api.normalizeError({ code: 9999 }).name, api.UNKNOWN_ERROR_NAME);
  assert.equal(api.docsPath(id, code), `/${id}/errors/${code}/`);
  assert.equal(api.docsPath(id, code, 'de'), `/de/${id}/errors/${code}/`);
}

checkPlatform(web, 'web');
checkPlatform(reactNative, 'react-native');
checkPlatform(ios, 'ios');
checkPlatform(flutter1, 'flutter-1');
checkPlatform(flutter3, 'flutter-3');
assert.equal(web.getError(3017).name, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(flutter1.getError(3017).name, 'ERROR_CREATING_VIDEO_TRACK');
assert.equal(ios.getError(3008).name, 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED');
assert.equal(flutter3.findError(3080), undefined);
console.log(`ESM: ${ids.map((id) => `${id} ${platformTables[id].length}`).join(', ')} codes`);
