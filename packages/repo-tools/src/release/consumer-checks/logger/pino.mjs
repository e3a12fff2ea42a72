// A real pino logger writing to a stream read back line by line.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { levelFor } from '@org/error-codes-logger';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import { pino } from 'pino';

const fromPackage = createRequire(import.meta.resolve('@org/error-codes-logger'));
const flutter = fromPackage('@org/error-codes/flutter');

const lines = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
const logger = pino({ ...pinoOptions({ platform: 'web' }), level: 'info' }, sink);
const event = { code: 3017, message: 'from the SDK' };
logError(logger, event, { meetingId: 'm-1', token: 'secret-token-value' });
// A Flutter error thrown elsewhere keeps its own platform on a web logger.
logger.error(new flutter.MeetingError(flutter.normalizeError(event)));
logger.child({ accessToken: 'secret-child-value' }).warn('child');
for (let i = 0; i < 100 && lines.length < 3; i += 1) await new Promise((r) => setTimeout(r, 10));

assert.equal(lines.length, 3, `expected three lines, got ${lines.length}`);
const [first, second] = lines.map((line) => JSON.parse(line));
assert.equal(first.level, pino.levels.values[levelFor(event, { platform: 'web' })]);
assert.equal(first.meetingId, 'm-1');
assert.equal(first.err.code, '3017');
assert.equal(first.err.type, 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
assert.equal(first.err.platform, 'web');
assert.equal(second.err.type, 'ERROR_CREATING_VIDEO_TRACK');
assert.equal(second.err.platform, 'flutter');
for (const line of lines) assert.ok(!/secret-(token|child)-value/.test(line), line);
console.log(`pino: ${lines[0].length} bytes`);
