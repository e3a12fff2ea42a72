import { MeetingError } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import { getError, normalizeError } from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { jwt } from './__fixtures__/jwt.js';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { type ErrorFormatOptions, errorFormat, logError } from './winston.js';

function setup(options?: ErrorFormatOptions, levels?: winston.config.AbstractConfigSetLevels) {
  const memory = memoryStream();
  const logger = winston.createLogger({
    level: 'debug',
    ...(levels ? { levels, level: 'debug' } : {}),
    format: winston.format.combine(errorFormat(options), winston.format.json()),
    transports: [new winston.transports.Stream({ stream: memory.stream })],
  });
  return { logger, ...memory };
}

describe('winston format', () => {
  it('writes the error as a nested ECS object at its level, wherever winston put it', () => {
    const { logger, records } = setup({ docsBaseUrl: 'https://docs.acme.test', platform: 'web' });
    logger.error(new MeetingError(normalizeError(4001)));
    logger.error('join failed', new MeetingError(flutter1.normalizeError(3001)));
    logger.info('sdk event', { error: { code: 4010, message: 'Speaker limit' }, room: 'r1' });
    logger.log({ level: 'error', message: 'thrown', err: new TypeError('bad') });
    logger.info('no error here', { room: 'r2' });
    const [a, b, c, d, e] = records();
    expect(a).toEqual({
      level: 'error',
      message: getError(4001).message,
      error: {
        code: '4001',
        type: 'INVALID_API_KEY',
        message: getError(4001).message,
        platform: 'web',
        category: 'auth',
        source: 'server',
        severity: 'fatal',
        retryable: false,
        docs_path: '/web/errors/4001/',
        docs_url: 'https://docs.acme.test/web/errors/4001/',
        stack_trace: expect.stringContaining('MeetingError'),
      },
    });
    expect(b).toMatchObject({
      level: 'warn',
      message: `join failed ${flutter1.getError(3001).message}`,
      error: {
        code: '3001',
        type: 'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED',
        platform: 'flutter-1',
        severity: 'warning',
      },
    });
    // What winston copied from the Error onto the record now lives under `error`.
    expect(Object.keys(b ?? {}).sort()).toEqual(['error', 'level', 'message']);
    expect(c).toMatchObject({
      level: 'error',
      message: 'sdk event',
      room: 'r1',
      error: { code: '4010', type: 'MAX_SPEAKER_REACHED', message: 'Speaker limit' },
    });
    expect(d).toMatchObject({ level: 'error', error: { type: 'TypeError', message: 'bad' } });
    expect(d).not.toHaveProperty('err');
    expect(e).toEqual({ level: 'info', message: 'no error here', room: 'r2' });
  });

  it('logError picks the level, also with syslog levels', () => {
    const npm = setup({ platform: 'web' });
    logError(npm.logger, 5004, { meetingId: 'm' });
    logError(npm.logger, new MeetingError(normalizeError(4002)), undefined, 'token rejected');
    expect(npm.records()).toMatchObject([
      { level: 'warn', meetingId: 'm', error: { code: '5004' } },
      { level: 'error', message: 'token rejected', error: { code: '4002' } },
    ]);
    const syslog = setup(
      { levelNames: { warn: 'warning' }, platform: 'flutter-1' },
      winston.config.syslog.levels,
    );
    logError(syslog.logger, 3002);
    syslog.logger.error('failed', new MeetingError(flutter1.normalizeError(3002)));
    expect(syslog.records()).toMatchObject([
      { level: 'warning', error: { code: '3002' } },
      { level: 'warning', error: { code: '3002' } },
    ]);
    // logError reads the logger's levels: with syslog and no levelNames, still `warning`.
    const bare = setup({ platform: 'flutter-1' }, winston.config.syslog.levels);
    logError(bare.logger, 3002);
    expect(bare.records()).toMatchObject([{ level: 'warning' }]);
  });

  it('keeps the caller level with setLevel: false', () => {
    const { logger, records } = setup({ setLevel: false, platform: 'flutter-1' });
    logger.info('recovered', { error: 3001 });
    // logError has no level of its own to keep: the error's is taken.
    logError(logger, 3001);
    expect(records()).toMatchObject([
      { level: 'info', error: { code: '3001' } },
      { level: 'warn', error: { code: '3001' } },
    ]);
  });

  it('keeps tokens and secrets out of the line', () => {
    const { logger, lines, records } = setup({ redactKeys: ['sessionId'] });
    logger.error(`login failed for ${jwt}`, {
      token: jwt,
      headers: { Authorization: `Bearer ${jwt}` },
      sessionId: 's-1',
      error: { code: 4002, message: `invalid ${jwt}` },
    });
    logger.child({ apiKey: 'child-key' }).info('child', { url: `/x?api_key=k-1` });
    logError(logger, new Error(`boom ${jwt}`), { password: 'hunter2' });
    for (const line of lines) {
      expect(line).not.toContain('eyJ');
      expect(line).not.toMatch(/child-key|k-1|s-1|hunter2/);
    }
    expect(records()).toMatchObject([
      {
        message: 'login failed for [redacted]',
        token: '[redacted]',
        headers: { Authorization: '[redacted]' },
        sessionId: '[redacted]',
        error: { message: 'invalid [redacted]' },
      },
      { apiKey: '[redacted]', url: '/x?api_key=[redacted]' },
      { password: '[redacted]', error: { message: 'boom [redacted]' } },
    ]);
  });

  it('handles circular, huge, null, string and number errors', () => {
    const { logger, records } = setup();
    const circular: Record<string, unknown> = { id: 'c' };
    circular.self = circular;
    logger.error('circular', { circular, error: Object.assign(new Error('c'), { circular }) });
    logError(logger, new Error('x'.repeat(1_000_000)), { list: Array.from({ length: 50_000 }) });
    logError(logger, null);
    logError(logger, 'socket hang up');
    logError(logger, 4010);
    const [a, b, c, d, e] = records();
    // No platform on this logger: codes are kept as received, not looked up.
    expect(a?.circular).toEqual({ id: 'c', self: '[Circular]' });
    expect(b?.list).toHaveLength(101);
    expect(b?.error.message).toMatch(/…\[truncated 983616 chars\]$/);
    expect(c).toMatchObject({ level: 'error', message: 'Unknown error' });
    expect(d).toMatchObject({ message: 'socket hang up', error: { type: 'UNKNOWN_ERROR' } });
    expect(e).toMatchObject({
      error: { code: '4010', type: 'UNKNOWN_ERROR', platform: 'unknown' },
    });
  });

  it('takes junk options and junk records without throwing', () => {
    for (const options of [
      null,
      'x',
      { redactKeys: 'token', levelNames: null },
      { platform: 'ios', setLevel: 'no', levelNames: 'warning' },
    ]) {
      const format = errorFormat(options as never);
      expect(format.transform({ level: 'info', message: 'm', token: 't' })).toMatchObject({
        token: '[redacted]',
      });
      expect(format.transform(null as never)).toBeNull();
    }
  });

  it('never mutates the record it is given', () => {
    const format = errorFormat();
    const info = Object.freeze({
      level: 'info',
      message: 'x',
      token: 'abc',
      error: { code: 4001 },
    });
    const out = format.transform({ ...info });
    expect(out).toMatchObject({
      level: 'error',
      token: '[redacted]',
      error: { code: '4001', platform: 'unknown' },
    });
    const frozen = format.transform(info);
    expect(frozen).not.toBe(info);
    expect(info.token).toBe('abc');
    const clean = { level: 'info', message: 'clean' };
    expect(format.transform(clean)).toBe(clean);
  });

  it('logError: a configured redactKeys key in the context is redacted, with the format options, once', () => {
    const { logger, lines, records } = setup({
      redactKeys: ['sessionId'],
      maxStringLength: 40_000,
      platform: 'web',
    });
    logError(logger, new Error(`failed ${'m'.repeat(30_000)}`), {
      sessionId: 's-1',
      nested: { user_session_id: 's-2', meetingId: 'm-1' },
      text: 't'.repeat(30_000),
      list: Array.from({ length: 1_000 }, (_, i) => i),
    });
    logError(logger, 4001, { 'x-session-id': 's-3' }, 'given ?session_id=s-4');
    for (const line of lines) expect(line).not.toMatch(/s-1|s-2|s-3|s-4/);
    const [first, second] = records();
    expect(first).toMatchObject({
      level: 'error',
      sessionId: '[redacted]',
      nested: { user_session_id: '[redacted]', meetingId: 'm-1' },
    });
    expect(first?.text).toHaveLength(30_000);
    expect(first?.message).toHaveLength(30_007);
    expect(first?.error.message).toBe(first?.message);
    expect(first?.list.at(-1)).toBe('[… 900 more items]');
    expect(second).toMatchObject({
      'x-session-id': '[redacted]',
      message: 'given ?session_id=[redacted]',
    });
  });

  it('logError copies the context as it is (getters once, junk kept) for the format to redact', () => {
    const { logger, lines, records } = setup({ platform: 'web' });
    let reads = 0;
    logError(
      logger,
      4001,
      JSON.parse('{"__proto__": {"token": "t-1"}, "meetingId": "m-1"}') as object,
    );
    logError(logger, 4001, {
      get once() {
        reads++;
        return 'value';
      },
      get boom() {
        throw new Error('getter');
      },
    });
    logError(logger, 4001, 'junk' as never);
    expect(reads).toBe(1);
    for (const line of lines) expect(line).not.toContain('t-1');
    const [first, second, third] = records();
    expect(first).toMatchObject({ meetingId: 'm-1', error: { code: '4001' } });
    expect(Object.hasOwn(first ?? {}, '__proto__')).toBe(true);
    expect(second).toMatchObject({ once: 'value', boom: '[unreadable]' });
    expect(third).toMatchObject({ level: 'error', error: { type: 'INVALID_API_KEY' } });
  });
});
