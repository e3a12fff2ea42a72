import { getError, MeetingError } from '@org/error-codes';
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
    const { logger, records } = setup({ docsBaseUrl: 'https://docs.acme.test' });
    logger.error(new MeetingError({ code: 4001 }));
    logger.error('join failed', new MeetingError({ code: 3001 }));
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
        category: 'auth',
        source: 'server',
        severity: 'fatal',
        retryable: false,
        docs_url: 'https://docs.acme.test/errors/4001/',
        stack_trace: expect.stringContaining('MeetingError'),
      },
    });
    expect(b).toMatchObject({
      level: 'warn',
      message: `join failed ${getError(3001).message}`,
      error: { code: '3001', type: 'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED', severity: 'warning' },
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
    const npm = setup();
    logError(npm.logger, 5004, { meetingId: 'm' });
    logError(npm.logger, new MeetingError({ code: 4002 }), undefined, 'token rejected');
    expect(npm.records()).toMatchObject([
      { level: 'warn', meetingId: 'm', error: { code: '5004' } },
      { level: 'error', message: 'token rejected', error: { code: '4002' } },
    ]);
    const syslog = setup({ levelNames: { warn: 'warning' } }, winston.config.syslog.levels);
    logError(syslog.logger, 3002);
    syslog.logger.error('failed', new MeetingError({ code: 3002 }));
    expect(syslog.records()).toMatchObject([
      { level: 'warning', error: { code: '3002' } },
      { level: 'warning', error: { code: '3002' } },
    ]);
  });

  it('keeps the caller level with setLevel: false', () => {
    const { logger, records } = setup({ setLevel: false });
    logger.info('recovered', { error: 3001 });
    expect(records()[0]).toMatchObject({ level: 'info', error: { code: '3001' } });
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
    expect(a?.circular).toEqual({ id: 'c', self: '[Circular]' });
    expect(b?.list).toHaveLength(101);
    expect(b?.error.message).toMatch(/…\[truncated 983616 chars\]$/);
    expect(c).toMatchObject({ level: 'error', message: 'Unknown error' });
    expect(d).toMatchObject({ message: 'socket hang up', error: { type: 'UNKNOWN_ERROR' } });
    expect(e).toMatchObject({ error: { code: '4010', type: 'MAX_SPEAKER_REACHED' } });
  });

  it('takes junk options and junk records without throwing', () => {
    for (const options of [null, 'x', { redactKeys: 'token', levelNames: null }]) {
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
    expect(out).toMatchObject({ level: 'error', token: '[redacted]', error: { code: '4001' } });
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
});
