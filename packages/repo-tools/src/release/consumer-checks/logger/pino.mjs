// A real pino logger writing to a stream read back line by line.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { levelFor } from '@org/error-codes-logger';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import { pino } from 'pino';

const { catalog } = createRequire(import.meta.resolve('@org/error-codes-logger'))(
  '@org/error-codes',
);
const lines = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
const logger = pino({ ...pinoOptions(), level: 'info' }, sink);
const entry = catalog.find((e) => e.severity === 'fatal') ?? catalog[0];
logError(
  logger,
  { code: entry.code, message: 'from the SDK' },
  {
    meetingId: 'm-1',
    token: 'secret-token-value',
  },
);
for (let i = 0; i < 100 && lines.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));

assert.equal(lines.length, 1, `expected one line, got ${lines.length}`);
const record = JSON.parse(lines[0]);
assert.equal(record.level, pino.levels.values[levelFor(entry.code)]);
assert.equal(record.meetingId, 'm-1');
assert.equal(record.err.code, String(entry.code));
assert.equal(record.err.type, entry.name);
assert.equal(record.err.severity, entry.severity);
assert.ok(!lines[0].includes('secret-token-value'), lines[0]);
console.log(`pino: ${lines[0].length} bytes`);
