import { MeetingError } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import { getError, normalizeError } from '@org/error-codes/web';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { errorSerializer, logError, pinoOptions } from './pino.js';

function setup(options?: Parameters<typeof pinoOptions>[0]) {
  const memory = memoryStream();
  const logger = pino({ ...pinoOptions(options), level: 'trace' }, memory.stream);
  return { logger, ...memory };
}

describe('pino adapter', () => {
  it('logs a meeting error at its level with ECS fields under err', () => {
    const { logger, records } = setup({ docsBaseUrl: 'https://docs.acme.test', platform: 'web' });
    const error = new MeetingError(normalizeError(4001));
    logError(logger, error, { meetingId: 'm-1' });
    logError(logger, { code: 5004, message: 'Recording stopped' });
    const [first, second] = records();
    expect(first).toMatchObject({
      level: 50,
      meetingId: 'm-1',
      msg: getError(4001).message,
      err: {
        code: '4001',
        type: 'INVALID_API_KEY',
        message: getError(4001).message,
        platform: 'web',
        category: 'auth',
        source: 'server',
        severity: 'fatal',
        retryable: false,
        docs_url: 'https://docs.acme.test/web/errors/4001/',
      },
    });
    expect(first?.err.stack_trace).toContain('MeetingError');
    expect(second).toMatchObject({
      level: 40,
      msg: 'Recording stopped',
      err: { code: '5004', type: 'RECORDING_DURATION_LIMIT_REACHED', severity: 'warning' },
    });
    expect(second?.err).not.toHaveProperty('stack_trace');
  });

  it('serializes err and error keys from plain pino calls too', () => {
    const { logger, records } = setup({ platform: 'flutter-1' });
    logger.error(new MeetingError(normalizeError(4002)));
    logger.warn({ error: { code: 9999, message: 'new code' } }, 'sdk error');
    logger.info({ err: null }, 'nothing');
    logger.warn({ err: { code: 3001 } });
    const [first, second, third, fourth] = records();
    expect(first?.err).toMatchObject({ code: '4002', type: 'INVALID_TOKEN', platform: 'web' });
    expect(second?.error).toEqual({
      code: '9999',
      type: 'UNKNOWN_ERROR',
      message: 'new code',
      platform: 'flutter-1',
      severity: 'error',
      retryable: false,
    });
    expect(third?.err).toBeNull();
    // pino takes msg from the error when none is given: the described one.
    expect(fourth).toMatchObject({
      msg: flutter1.getError(3001).message,
      err: { type: 'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED', platform: 'flutter-1' },
    });
  });

  it('keeps tokens and secrets out of every part of the line', () => {
    const { logger, lines, records } = setup({ redactKeys: ['sessionId'] });
    const error = new MeetingError(normalizeError(4002), { message: `token ${jwt} expired` });
    logError(logger, error, {
      token: jwt,
      request: { headers: { authorization: `Bearer ${jwt}`, 'x-api-key': 'k-1' } },
      sessionId: 's-1',
      url: `/join?token=${jwt}&room=1`,
      note: `passed ${jwt}`,
    });
    logger.info(`message with ${jwt}`);
    logger.child({ token: 'child-token', apiKey: 'child-key', sessionId: 's' }).info('child');
    logger.info({ req: { url: `/x?apiKey=k-2` } }, 'req passes through its serializer');
    for (const line of lines) {
      expect(line).not.toContain('eyJ');
      expect(line).not.toMatch(/k-1|k-2|child-token|child-key|s-1/);
    }
    const [first, second, third, fourth] = records();
    expect(first).toMatchObject({
      token: '[redacted]',
      request: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]' } },
      sessionId: '[redacted]',
      url: '/join?token=[redacted]&room=1',
      note: 'passed [redacted]',
      msg: 'token [redacted] expired',
      err: { message: 'token [redacted] expired', type: 'INVALID_TOKEN' },
    });
    expect(second?.msg).toBe('message with [redacted]');
    expect(third).toMatchObject({ token: '[redacted]', apiKey: '[redacted]', msg: 'child' });
    expect(fourth?.req.url).toBe('/x?apiKey=[redacted]');
  });

  it('writes circular, huge, null, string and number inputs as valid JSON lines', () => {
    const { logger, lines, records } = setup();
    const circular: Record<string, unknown> = { id: 'c' };
    circular.self = circular;
    const error = Object.assign(new Error('circular'), { context: circular });
    logError(logger, error, { circular });
    logError(logger, new Error('x'.repeat(2_000_000)), { big: Array.from({ length: 100_000 }) });
    logError(logger, null);
    logError(logger, 'socket hang up');
    logError(logger, 4010);
    logError(logger, '4010');
    logError(logger, Number.NaN);
    const [a, b, c, d, e, f, g] = records();
    // No platform on this logger: codes are kept as received, not looked up.
    expect(a?.circular).toEqual({ id: 'c', self: '[Circular]' });
    // msg, err.message and err.stack_trace: each cut at 16 KiB.
    expect(lines[1]?.length).toBeLessThan(3 * 16_384 + 2_000);
    expect(b?.msg).toMatch(/…\[truncated 1983616 chars\]$/);
    expect(b?.big).toHaveLength(101);
    expect(c).toMatchObject({ level: 50, msg: 'Unknown error', err: null });
    expect(d).toMatchObject({ level: 50, msg: 'socket hang up', err: { type: 'UNKNOWN_ERROR' } });
    expect(d?.err).not.toHaveProperty('code');
    expect(e).toMatchObject({ level: 50, err: { code: '4010', platform: 'unknown' } });
    expect(f?.err).toEqual(e?.err);
    expect(g?.err).toMatchObject({ code: 'NaN', type: 'UNKNOWN_ERROR', platform: 'unknown' });
  });

  it('never throws from its own parts on hostile input', () => {
    const { logger, records } = setup();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const context = {
      get boom() {
        throw new Error('getter');
      },
    };
    expect(() => logError(logger, hostile, context)).not.toThrow();
    expect(() => logError(logger, new Error('x'), 'junk' as never)).not.toThrow();
    const [first] = records();
    expect(first).toMatchObject({
      level: 50,
      boom: '[unreadable]',
      err: { type: 'UNKNOWN_ERROR' },
    });
  });

  it('never mutates the error or the context it is given', () => {
    const { logger } = setup();
    const context = Object.freeze({ token: jwt, nested: Object.freeze({ password: 'p' }) });
    const error = Object.freeze(new MeetingError(normalizeError(4001)));
    logError(logger, error, context);
    expect(context.token).toBe(jwt);
    expect(context.nested.password).toBe('p');
  });

  it('takes junk options without throwing', () => {
    for (const options of [
      null,
      'x',
      42,
      { redactKeys: 'token' },
      { redactKeys: [1, null, '-'] },
      // `flutter` is `flutter-1` now: an id the core does not know is no line.
      { platform: 'flutter', maxDepth: 'deep' },
      { platform: '__proto__' },
      { platform: 'x'.repeat(1_000_000) },
      { platform: { toString: () => 'web' } },
    ]) {
      const memory = memoryStream();
      const logger = pino(pinoOptions(options as never), memory.stream);
      logError(logger, 4001, { token: 't' });
      expect(memory.records()[0]).toMatchObject({
        token: '[redacted]',
        err: { code: '4001', platform: 'unknown' },
      });
    }
  });

  it('errorSerializer is usable on its own', () => {
    const serialize = errorSerializer({ docsBaseUrl: 'https://d.test', platform: 'flutter-1' });
    expect(serialize(3017)).toMatchObject({
      type: 'ERROR_CREATING_VIDEO_TRACK',
      platform: 'flutter-1',
      docs_url: 'https://d.test/flutter-1/errors/3017/',
    });
    expect(serialize(undefined)).toBeUndefined();
    expect(serialize(null)).toBeNull();
  });

  it('redacts a configured redactKeys key passed as context, with the logger options, once', () => {
    const { logger, records } = setup({ redactKeys: ['sessionId'], maxStringLength: 40_000 });
    const child = logger.child({ room: 'r-1' });
    logError(child, new Error(`failed ${'m'.repeat(30_000)}`), {
      sessionId: 's-1',
      nested: { user_session_id: 's-2', meetingId: 'm-1' },
      text: 't'.repeat(30_000),
      list: Array.from({ length: 1_000 }, (_, i) => i),
    });
    const [record] = records();
    expect(record).toMatchObject({
      room: 'r-1',
      sessionId: '[redacted]',
      nested: { user_session_id: '[redacted]', meetingId: 'm-1' },
    });
    // The logger's maxStringLength, not the default 16 KiB, for the context and msg.
    expect(record?.text).toHaveLength(30_000);
    expect(record?.msg).toHaveLength(30_007);
    expect(record?.err.message).toBe(record?.msg);
    // One pass: the summary counts what the context had, not what a first pass kept.
    expect(record?.list).toHaveLength(101);
    expect(record?.list.at(-1)).toBe('[… 900 more items]');
  });

  it('cuts and redacts a given message like the error message', () => {
    const { logger, records } = setup({ redactKeys: ['sessionId'], maxStringLength: 20 });
    logError(logger, 4001, {}, `?sessionId=s-1 ${'x'.repeat(100)}`);
    expect(records()[0]?.msg).toBe('?sessionId=[redacted] xxxxx…[truncated 95 chars]');
  });

  it('redacts with the default options on a logger built without pinoOptions', () => {
    const memory = memoryStream();
    const logger = pino({ level: 'info' }, memory.stream);
    logError(logger, new Error(`expired ${jwt}`), {
      token: 't-1',
      nested: { password: 'p' },
      meetingId: 'm-1',
    });
    // The context and msg; `err` is pino's own serializer's business here.
    expect(memory.lines[0]).not.toMatch(/t-1|"p"/);
    expect(memory.records()[0]).toMatchObject({
      level: 50,
      token: '[redacted]',
      nested: { password: '[redacted]' },
      meetingId: 'm-1',
      msg: 'expired [redacted]',
    });
  });

  it('bounds a huge context and reads each getter once', () => {
    const { logger, records } = setup();
    let reads = 0;
    const context = {
      get once() {
        reads++;
        return 'value';
      },
    };
    logError(logger, 4001, context);
    expect(reads).toBe(1);
    logError(
      logger,
      4001,
      Array.from({ length: 10_000 }, (_, i) => i),
    );
    const [first, second] = records();
    expect(first?.once).toBe('value');
    expect(Object.keys(second ?? {})).toContain('[truncated]');
    expect(second?.['[truncated]']).toBe('9900 more keys');
  });

  it('redacts child bindings, at every depth and in setBindings, with the same walker', () => {
    const { logger, lines, records } = pino_(
      { redactKeys: ['sessionId'] },
      { token: 'base-token' },
    );
    const child = logger.child({
      access_token: 'a',
      'x-api-key': 'b',
      API_KEY: 'c',
      ClientSecret: 'd',
      session_id: 'e',
      SESSION_ID: 'f',
      'x-session-id': 'g',
      // Nested keys match by their end, as in records; top-level ones: see the next test.
      nested: { deeper: { password: 'i' }, myOwnToken: 'h' },
      url: `/join?token=${jwt}&room=1`,
      bearer: `Bearer ${jwt}`,
      meetingId: 'm-1',
    });
    child.info('child');
    const grandchild = child.child({ authorization: 'j', room: 'r-1' }, { level: 'debug' });
    grandchild.debug('grandchild');
    child.setBindings({ secret: 'k', huge: 'x'.repeat(100_000) });
    child.info('after setBindings');
    logger.setBindings({ password: 'l' });
    logger.info('root after setBindings');
    // A child's own bindings formatter still runs, the walker after it.
    const shaped = logger.child(
      { room: 'r-2' },
      { formatters: { bindings: (fields) => ({ ...fields, shaped: true, secret: 'm' }) } },
    );
    shaped.setBindings({ token: 'n' });
    shaped.info('shaped');
    for (const line of lines) {
      expect(line).not.toContain('eyJ');
      expect(line).not.toMatch(/"(?:base-token|[a-n])"/);
    }
    const [first, second, third, fourth, fifth] = records();
    expect(fifth).toMatchObject({
      room: 'r-2',
      shaped: true,
      secret: '[redacted]',
      token: '[redacted]',
    });
    expect(first).toMatchObject({
      token: '[redacted]',
      access_token: '[redacted]',
      'x-api-key': '[redacted]',
      API_KEY: '[redacted]',
      ClientSecret: '[redacted]',
      session_id: '[redacted]',
      SESSION_ID: '[redacted]',
      'x-session-id': '[redacted]',
      nested: { deeper: { password: '[redacted]' }, myOwnToken: '[redacted]' },
      url: '/join?token=[redacted]&room=1',
      bearer: 'Bearer [redacted]',
      meetingId: 'm-1',
      msg: 'child',
    });
    expect(second).toMatchObject({ authorization: '[redacted]', room: 'r-1', meetingId: 'm-1' });
    expect(third).toMatchObject({ secret: '[redacted]', msg: 'after setBindings' });
    expect(third?.huge).toMatch(/…\[truncated 83616 chars\]$/);
    expect(fourth).toMatchObject({ password: '[redacted]', msg: 'root after setBindings' });
  });

  it("matches a child's top-level binding keys by their usual spellings, others once named in redactKeys", () => {
    // pino hands a child's bindings to its `redact` paths only: a key is matched exactly.
    const spelled = setup();
    spelled.logger
      .child({ accessToken: 'a', ID_TOKEN: 'b', 'X-API-Key': 'c', clientSecret: 'd' })
      .info('spelled');
    expect(spelled.records()[0]).toMatchObject({
      accessToken: '[redacted]',
      ID_TOKEN: '[redacted]',
      'X-API-Key': '[redacted]',
      clientSecret: '[redacted]',
    });
    const named = setup({ redactKeys: ['myOwnToken'] });
    named.logger.child({ myOwnToken: 'e', my_own_token: 'f' }).info('named');
    expect(named.records()[0]).toMatchObject({
      myOwnToken: '[redacted]',
      my_own_token: '[redacted]',
    });
    // In a record, any key that ends with a secret name, as always.
    named.logger.info({ yourOwnToken: 'g' });
    expect(named.records()[1]).toMatchObject({ yourOwnToken: '[redacted]' });
  });

  it('redacts messages, format arguments and records of plain pino calls, without changing them', () => {
    const { logger, lines, records } = setup();
    const record = Object.freeze({ token: 't-1', nested: Object.freeze({ url: `/x?apiKey=k-1` }) });
    logger.info(record, 'with %s and %o', jwt, { password: 'p-1' });
    logger.info({ msg: `in the record ${jwt}` });
    logger.info(
      {
        get boom() {
          throw new Error('getter');
        },
      },
      'a getter that throws',
    );
    for (const line of lines) expect(line).not.toMatch(/eyJ|t-1|k-1|p-1/);
    expect(record.token).toBe('t-1');
    expect(records()).toMatchObject([
      {
        token: '[redacted]',
        nested: { url: '/x?apiKey=[redacted]' },
        msg: 'with [redacted] and {"password":"[redacted]"}',
      },
      { msg: 'in the record [redacted]' },
      { boom: '[unreadable]', msg: 'a getter that throws' },
    ]);
  });

  it('describes an error once wherever pino takes it from, msg included', () => {
    const { logger, lines, records } = setup({ platform: 'web' });
    logger.error(new Error(`boom ${jwt}`));
    logger.error(new MeetingError(normalizeError(4001)), 'given');
    logger.error({ err: new Error(`inner ${jwt}`) });
    const custom = memoryStream();
    pino({ ...pinoOptions(), errorKey: 'exception' }, custom.stream).error({
      exception: Object.assign(new Error(`custom key ${jwt}`), { apiKey: 'k-1' }),
    });
    for (const line of [...lines, ...custom.lines]) expect(line).not.toMatch(/eyJ|k-1/);
    const [first, second, third] = records();
    expect(first).toMatchObject({
      msg: 'boom [redacted]',
      err: { type: 'Error', platform: 'web' },
    });
    expect(second).toMatchObject({ msg: 'given', err: { type: 'INVALID_API_KEY' } });
    expect(third).toMatchObject({ msg: 'inner [redacted]', err: { message: 'inner [redacted]' } });
    // pino hands a custom errorKey to `serializers.err` too; the walker has been there first.
    expect(custom.records()[0]).toMatchObject({
      msg: 'custom key [redacted]',
      exception: { type: 'Error', message: 'custom key [redacted]' },
    });
  });

  it('writes the platform of the error, else of the options, in err.platform', () => {
    const web = setup({ platform: 'web' });
    const noPlatform = setup();
    for (const { logger } of [web, noPlatform]) {
      logError(logger, new MeetingError(flutter1.normalizeError(3017)));
      logError(logger, flutter1.normalizeError({ code: 3001, message: 'received' }));
      logError(logger, 3017);
    }
    expect(web.records().map((r) => [r.err.platform, r.err.type, r.level])).toEqual([
      ['flutter-1', 'ERROR_CREATING_VIDEO_TRACK', 50],
      ['flutter-1', 'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED', 40],
      ['web', 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', 50],
    ]);
    expect(noPlatform.records().map((r) => [r.err.platform, r.err.type, r.msg])).toEqual([
      ['flutter-1', 'ERROR_CREATING_VIDEO_TRACK', flutter1.getError(3017).message],
      ['flutter-1', 'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED', 'received'],
      ['unknown', 'UNKNOWN_ERROR', 'Unknown error'],
    ]);
  });
  it('takes junk log calls and junk bindings without throwing, and writes valid lines', () => {
    const { logger, lines } = setup();
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const circular: Record<string, unknown> = { token: 't-1' };
    circular.self = circular;
    const calls: unknown[][] = [
      [null],
      [undefined, 'x'],
      [42],
      [[jwt, { password: 'p-1' }]],
      [trap, 'trap'],
      [Object.create(null)],
      [JSON.parse(`{"__proto__": {"token": "t-2"}, "ok": 1}`)],
      [{ ['k'.repeat(100_000)]: 'long key' }],
      [circular, 'circular'],
    ];
    for (const args of calls) {
      expect(() => (logger.info as (...a: unknown[]) => void)(...args)).not.toThrow();
    }
    expect(() => logger.child(circular).child({ nested: trap }).info('children')).not.toThrow();
    expect(lines.length).toBe(calls.length + 1);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toMatch(/eyJ|t-1|t-2|p-1/);
    }
  });
});

/** A logger with pino's `base` bindings, which its `formatters.bindings` sees. */
function pino_(options: Parameters<typeof pinoOptions>[0], base: Record<string, unknown>) {
  const memory = memoryStream();
  const logger = pino({ ...pinoOptions(options), base, level: 'trace' }, memory.stream);
  return { logger, ...memory };
}
