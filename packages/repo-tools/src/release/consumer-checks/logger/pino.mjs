// A real pino logger writing to a stream read back line by line.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { levelFor } from '@org/error-codes-logger';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import { pino } from 'pino';

const fromPackage = createRequire(import.meta.resolve('@org/error-codes-logger'));
const web = fromPackage('@org/error-codes/web');
const flutter = fromPackage('@org/error-codes/flutter-1');

const lines = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
// The README's logger: the platform this service hears from, its docs, one more secret key.
const options = {
  platform: 'web',
  docsBaseUrl: 'https://errors.example.com',
  redactKeys: ['sessionId'],
};
const logger = pino({ ...pinoOptions(options), level: 'info' }, sink);
const event = { code: 3017, message: 'from the SDK' };
logError(logger, new web.MeetingError(web.normalizeError(4002)), { meetingId: 'abcd-efgh' });
logError(logger, event, { meetingId: 'm-1', token: 'secret-token-value', sessionId: 'secret-s' });
// A Flutter error thrown elsewhere keeps its own platform on a web logger.
logger.error(new flutter.MeetingError(flutter.normalizeError(event)));
logger.child({ accessToken: 'secret-child-value' }).warn('child');
for (let i = 0; i < 100 && lines.length < 4; i += 1) await new Promise((r) => setTimeout(r, 10));

assert.equal(lines.length, 4, `expected four lines, got ${lines.length}`);
const [token, camera, track] = lines.map((line) => JSON.parse(line));
assert.equal(token.level, 50);
assert.equal(token.meetingId, 'abcd-efgh');
assert.deepEqual(
  [token.err.code, token.err.type, token.err.platform, token.err.severity, token.err.docs_url],
  ['4002', 'INVALID_TOKEN', 'web', 'fatal', 'https://errors.example.com/web/errors/4002/'],
);
assert.equal(token.msg, token.err.message);
assert.equal(camera.level, pino.levels.values[levelFor(event, { platform: 'web' })]);
assert.equal(camera.meetingId, 'm-1');
assert.equal(camera.err.code, '3017');
assert.equal(camera.err.type, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(camera.err.platform, 'web');
assert.equal(track.err.type, 'ERROR_CREATING_VIDEO_TRACK');
assert.equal(track.err.platform, 'flutter-1');
assert.equal(track.err.docs_url, 'https://errors.example.com/flutter-1/errors/3017/');
for (const line of lines) assert.ok(!/secret-(token|child)-value|secret-s/.test(line), line);
console.log(`pino: ${lines.length} lines, ${lines[1].length} bytes`);
