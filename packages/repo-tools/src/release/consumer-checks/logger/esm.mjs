import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  DEFAULT_REDACT_KEYS,
  errorFields,
  LEVEL_BY_SEVERITY,
  levelFor,
  REDACTED,
  redact,
} from '@org/error-codes-logger';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-logger');
// The catalog comes from the package's own dependency, not from this project.
const fromPackage = createRequire(import.meta.resolve('@org/error-codes-logger'));
const web = fromPackage('@org/error-codes/web');

// One number, read with the table of the platform the logger is told.
const event = { code: 3017, message: 'from the SDK' };
const onWeb = errorFields(event, { platform: 'web' });
assert.equal(onWeb['error.code'], '3017');
assert.equal(onWeb['error.type'], 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(onWeb['error.platform'], 'web');
assert.equal(onWeb['error.severity'], web.getError(3017).severity);
assert.equal(onWeb['error.message'], 'from the SDK');
const onFlutter = errorFields(event, { platform: 'flutter-1' });
assert.equal(onFlutter['error.type'], 'ERROR_CREATING_VIDEO_TRACK');
assert.equal(onFlutter['error.platform'], 'flutter-1');
// A MeetingError says its platform itself, whatever the option.
const error = new web.MeetingError(web.normalizeError(event));
assert.equal(errorFields(error, { platform: 'flutter-1' })['error.platform'], 'web');
assert.equal(errorFields(error)['error.type'], 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
// Neither says: the code is kept as it came, not looked up in some table.
const unread = errorFields(event, { docsBaseUrl: 'https://errors.example.com' });
assert.equal(unread['error.platform'], 'unknown');
assert.equal(unread['error.code'], '3017');
assert.equal(unread['error.type'], 'UNKNOWN_ERROR');
assert.equal(unread['error.message'], 'from the SDK');
assert.equal(unread['error.category'], undefined);
assert.equal(unread['error.docs_url'], undefined);
assert.equal(levelFor(event), 'error');

assert.equal(levelFor(event, { platform: 'web' }), LEVEL_BY_SEVERITY[web.getError(3017).severity]);
assert.ok(DEFAULT_REDACT_KEYS.includes('token'));
assert.deepEqual(redact({ accessToken: 'secret-value-123', room: 'r-1' }), {
  accessToken: REDACTED,
  room: 'r-1',
});
for (const junk of [null, '__proto__', { code: {} }, 'x'.repeat(100_000), Number.NaN]) {
  assert.equal(typeof errorFields(junk, { platform: 'web' })['error.type'], 'string');
}
console.log(`ESM: ${Object.keys(onWeb).length} fields`);
