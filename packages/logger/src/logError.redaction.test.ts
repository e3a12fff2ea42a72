import pino from 'pino';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { signJwt } from './__fixtures__/jwt.js';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { logError, pinoOptions } from './pino.js';
import { errorFormat, logError as logWinstonError } from './winston.js';

// A signed JWT (header.payload.signature, base64url) and an API key as VideoSDK's
// dashboard hands them out: what a token server has in hand when something fails.
const jwt = signJwt({ sub: 'participant-7', roomId: 'abcd-efgh-ijkl' });
const apiKey = 'vsdk_live_4f8a2c9e7b1d3f5a6c8e0b2d4f6a8c1e';
const [header, payload, signature] = jwt.split('.') as [string, string, string];

/** Every piece of either secret that must not reach a line, cut short pieces included. */
function expectNoSecret(line: string): void {
  expect(line).not.toContain(payload);
  expect(line).not.toContain(signature);
  expect(line).not.toContain(header);
  expect(line).not.toContain('eyJ');
  expect(line).not.toContain(apiKey.slice(0, 14));
  expect(line).not.toContain(apiKey.slice(-14));
}

/**
 * An error with both secrets in every place one can hide: its message (bare and named),
 * its stack, its own fields, nested fields, and a `cause` chain (two deep, then back to
 * the error: a cycle) whose messages, stacks and fields hold them too.
 */
function plantedError(): Error {
  const root = Object.assign(new Error(`upstream said: apiKey=${apiKey} is revoked`), {
    token: jwt,
    response: { headers: { 'set-cookie': `session=${jwt}` } },
  });
  const cause = Object.assign(
    new Error(`POST /v2/rooms: Authorization: Bearer ${jwt}`, { cause: root }),
    { apiKey, authorization: `Bearer ${jwt}`, config: { url: `/v2/rooms?token=${jwt}` } },
  );
  const error = Object.assign(
    new Error(`join failed: token ${jwt} rejected, key ${apiKey}`, { cause }),
    {
      code: 'ERR_JOIN',
      token: jwt,
      apiKey,
      authorization: `Bearer ${jwt}`,
      request: {
        headers: { 'X-API-Key': apiKey, Authorization: `Bearer ${jwt}` },
        body: { credentials: { secret: apiKey, note: `signed ${jwt}` } },
      },
    },
  );
  // A frame of a URL with both in it, as an HTTP client's stack can have.
  error.stack = `${error.stack}\n    at request (https://api.videosdk.live/v2/rooms?token=${jwt}&apiKey=${apiKey})`;
  (root as Error & { cause?: unknown }).cause = error;
  return error;
}

const context = () => ({
  meetingId: 'abcd-efgh-ijkl',
  token: jwt,
  apiKey,
  participant: { id: 'p-7', authorization: `Bearer ${jwt}` },
  // Bare: known as a secret because the error carries it under `apiKey`.
  note: `retried with ${apiKey}`,
});
const message = `join failed for ${jwt} with apiKey=${apiKey}`;

const pinoLoggers = {
  'a plain pino()': () => pino({ level: 'info' }, memory().stream),
  'a child of a plain pino()': () =>
    pino({ level: 'info' }, memory().stream).child({ reqId: 'r-1' }),
  'pino(pinoOptions())': () => pino({ ...pinoOptions(), level: 'info' }, memory().stream),
  "a child of pino(pinoOptions({ platform: 'web' }))": () =>
    pino({ ...pinoOptions({ platform: 'web' }), level: 'info' }, memory().stream).child({
      reqId: 'r-1',
    }),
};

let current = memoryStream();
function memory() {
  current = memoryStream();
  return current;
}

describe('logError writes no token and no API key, whatever the logger', () => {
  it.each(Object.keys(pinoLoggers))('on %s', (name) => {
    const logger = pinoLoggers[name as keyof typeof pinoLoggers]();
    logError(logger, plantedError(), context(), message);
    logError(logger, plantedError(), context());
    logError(logger, plantedError());
    const { lines, records } = current;
    expect(lines).toHaveLength(3);
    for (const line of lines) expectNoSecret(line);
    const [first, second] = records();
    // Still a useful line: what failed, where, and that something was taken out.
    expect(first).toMatchObject({
      level: 50,
      meetingId: 'abcd-efgh-ijkl',
      token: '[redacted]',
      apiKey: '[redacted]',
      participant: { id: 'p-7', authorization: '[redacted]' },
      note: 'retried with [redacted]',
      msg: 'join failed for [redacted] with apiKey=[redacted]',
      err: { type: 'Error' },
    });
    expect(first?.err.message).toMatch(/^join failed: token \[redacted\] rejected/);
    expect(second?.msg).toBe('join failed: token [redacted] rejected, key [redacted]');
  });

  it('on a plain pino(), err keeps what pino writes of an error: fields, nested objects, causes', () => {
    const logger = pino({ level: 'info' }, memory().stream);
    logError(logger, plantedError(), context());
    const [record] = current.records();
    expect(record?.err).toMatchObject({
      type: 'Error',
      code: 'ERR_JOIN',
      token: '[redacted]',
      apiKey: '[redacted]',
      authorization: '[redacted]',
      request: {
        headers: { 'X-API-Key': '[redacted]', Authorization: '[redacted]' },
        body: { credentials: { secret: '[redacted]', note: 'signed [redacted]' } },
      },
    });
    // pino's serializer appends each cause's message and stack: each one redacted.
    expect(record?.err.message).toBe(
      'join failed: token [redacted] rejected, key [redacted]: ' +
        'POST /v2/rooms: Authorization: Bearer [redacted]: ' +
        'upstream said: apiKey=[redacted] is revoked',
    );
    expect(record?.err.stack).toContain('caused by: Error: POST /v2/rooms');
    expect(record?.err.stack).toContain('?token=[redacted]&apiKey=[redacted])');
  });

  it('on a pinoOptions() logger, err is the ECS object, its message and stack redacted', () => {
    const logger = pino(pinoOptions({ platform: 'web' }), memory().stream);
    logError(logger, plantedError(), context());
    const [record] = current.records();
    expect(record?.err).toMatchObject({
      code: 'ERR_JOIN',
      type: 'Error',
      message: 'join failed: token [redacted] rejected, key [redacted]',
      platform: 'web',
    });
    expect(record?.err.stack_trace).toContain('?token=[redacted]&apiKey=[redacted])');
  });

  it('plain calls on a pinoOptions() logger redact the same, with the error given as err', () => {
    const logger = pino(pinoOptions(), memory().stream);
    logger.error({ err: plantedError(), ...context() }, message);
    logger.error(plantedError());
    logger.error({ error: plantedError(), note: `again ${apiKey}` });
    expect(current.lines).toHaveLength(3);
    for (const line of current.lines) expectNoSecret(line);
    expect(current.records()[2]?.note).toBe('again [redacted]');
  });

  it('names a secret in text in the ways logs show one, without a field to learn it from', () => {
    const logger = pino({ level: 'info' }, memory().stream);
    const named = [
      `GET /v2/rooms?apiKey=${apiKey}&room=1`,
      `x-api-key: ${apiKey}`,
      `{"apiKey":"${apiKey}","token":"${jwt}"}`,
      `{\\"apiKey\\":\\"${apiKey}\\"}`,
      `api_key = '${apiKey}'`,
      `Authorization: Basic ${Buffer.from(`key:${apiKey}`).toString('base64')}`,
    ];
    for (const text of named) logError(logger, new Error(text), { text });
    for (const line of current.lines) {
      expectNoSecret(line);
      expect(line).not.toContain(Buffer.from(`key:${apiKey}`).toString('base64'));
    }
    expect(current.records().map((record) => record.msg)).toEqual([
      'GET /v2/rooms?apiKey=[redacted]&room=1',
      'x-api-key: [redacted]',
      '{"apiKey":"[redacted]","token":"[redacted]"}',
      '{\\"apiKey\\":\\"[redacted]\\"}',
      "api_key = '[redacted]'",
      'Authorization: Basic [redacted]',
    ]);
  });

  it("calls a VError-style cause() once and redacts what it returns, on pino's own serializer", () => {
    const logger = pino({ level: 'info' }, memory().stream);
    const inner = Object.assign(new Error(`inner ${jwt}`), { apiKey });
    const error = Object.assign(new Error('outer'), { cause: () => inner });
    logError(logger, error);
    const [line] = current.lines;
    expectNoSecret(line ?? '');
    expect(current.records()[0]?.err.message).toBe('outer: inner [redacted]');
  });

  it('never changes the error it is given', () => {
    const logger = pino({ level: 'info' }, memory().stream);
    const error = plantedError();
    const cause = error.cause as Error & { apiKey: string };
    logError(logger, error, context());
    expect(error.message).toContain(jwt);
    expect((error as Error & { apiKey: string }).apiKey).toBe(apiKey);
    expect(cause.apiKey).toBe(apiKey);
    expect(typeof error.cause).toBe('object');
  });

  const winstonFormats = {
    'errorFormat() and json()': () =>
      winston.format.combine(errorFormat({ platform: 'web' }), winston.format.json()),
    'json() alone, no errorFormat': () => winston.format.json(),
    'simple() alone, no errorFormat': () => winston.format.simple(),
  };

  it.each(Object.keys(winstonFormats))('on winston with %s', (name) => {
    const { stream, lines } = memoryStream();
    const logger = winston.createLogger({
      format: winstonFormats[name as keyof typeof winstonFormats](),
      transports: [new winston.transports.Stream({ stream })],
    });
    logWinstonError(logger, plantedError(), context(), message);
    logWinstonError(logger, plantedError(), context());
    expect(lines).toHaveLength(2);
    for (const line of lines) expectNoSecret(line);
    expect(lines[0]).toContain('join failed for [redacted] with apiKey=[redacted]');
    expect(lines[1]).toContain('join failed: token [redacted] rejected, key [redacted]');
    expect(lines[1]).toContain('retried with [redacted]');
  });
});
