// A real winston logger with the package's format, writing JSON to a stream read back.
const assert = require('node:assert/strict');
const { Writable } = require('node:stream');
const winston = require('winston');
const { levelFor } = require('@org/error-codes-logger');
const { errorFormat, logError } = require('@org/error-codes-logger/winston');

const fromLogger = { paths: [require.resolve('@org/error-codes-logger')] };
const flutter = require(require.resolve('@org/error-codes/flutter-1', fromLogger));

const lines = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(
    errorFormat({ platform: 'flutter-1', docsBaseUrl: 'https://errors.example.com' }),
    winston.format.timestamp(),
    winston.format.json(),
  ),
  transports: [new winston.transports.Stream({ stream })],
});
const event = { code: 3017, message: 'from the SDK' };

(async () => {
  // The README's four ways in: an error, the splat, `error` in the metadata, logError.
  logger.error(new flutter.MeetingError(flutter.normalizeError(3017)));
  logger.error('join failed', event);
  logger.warn('sdk event', { error: event });
  logError(logger, event, { meetingId: 'm-1', password: 'secret-password-value' });
  for (let i = 0; i < 100 && lines.length < 4; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(lines.length, 4, `expected four lines, got ${lines.length}`);
  const records = lines.map((line) => JSON.parse(line));
  const level = levelFor(event, { platform: 'flutter-1' });
  for (const record of records) {
    assert.equal(record.level, level);
    assert.equal(record.error.code, '3017');
    assert.equal(record.error.type, 'ERROR_CREATING_VIDEO_TRACK');
    assert.equal(record.error.platform, 'flutter-1');
    assert.equal(record.error.docs_url, 'https://errors.example.com/flutter-1/errors/3017/');
  }
  // winston itself appends the metadata's `message` to the one given.
  assert.match(records[1].message, /^join failed/);
  assert.equal(records[3].meetingId, 'm-1');
  assert.ok(!lines[3].includes('secret-password-value'), lines[3]);
  console.log(`winston: ${lines.length} lines, ${lines[3].length} bytes`);
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
