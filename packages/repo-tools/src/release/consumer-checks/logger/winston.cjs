// A real winston logger with the package's format, writing JSON to a stream read back.
const assert = require('node:assert/strict');
const { Writable } = require('node:stream');
const winston = require('winston');
const { levelFor } = require('@org/error-codes-logger');
const { errorFormat, logError } = require('@org/error-codes-logger/winston');

const lines = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(errorFormat({ platform: 'flutter' }), winston.format.json()),
  transports: [new winston.transports.Stream({ stream })],
});
const event = { code: 3017, message: 'from the SDK' };

(async () => {
  logError(logger, event, { meetingId: 'm-1', password: 'secret-password-value' });
  for (let i = 0; i < 100 && lines.length === 0; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(lines.length, 1, `expected one line, got ${lines.length}`);
  const record = JSON.parse(lines[0]);
  assert.equal(record.level, levelFor(event, { platform: 'flutter' }));
  assert.equal(record.meetingId, 'm-1');
  assert.equal(record.error.code, '3017');
  assert.equal(record.error.type, 'ERROR_CREATING_VIDEO_TRACK');
  assert.equal(record.error.platform, 'flutter');
  assert.ok(!lines[0].includes('secret-password-value'), lines[0]);
  console.log(`winston: ${lines[0].length} bytes`);
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
