import { MeetingError } from '@org/error-codes';
import { getError, normalizeError } from '@org/error-codes/web';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { logError, pinoOptions } from './pino.js';

let opened: { close(): Promise<unknown> } | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const options = {
  platform: 'web',
  docsBaseUrl: 'https://docs.acme.test',
  redactKeys: ['sessionId'],
} as const;

function build(instance = false) {
  const memory = memoryStream();
  // The README's example, with an in-memory stream in place of stdout; or the same
  // options on a pino logger of one's own (`loggerInstance`).
  const loggerInstance: FastifyBaseLogger = pino(
    { ...pinoOptions(options), level: 'info' },
    memory.stream,
  );
  const app = instance
    ? Fastify({ loggerInstance })
    : Fastify({ logger: { ...pinoOptions(options), level: 'info', stream: memory.stream } });
  app.get('/throws', async () => {
    throw new MeetingError(normalizeError(4002), { message: `token ${jwt} expired` });
  });
  app.post('/webhook', async (request) => {
    logError(request.log, request.body, { sessionId: 's-1', token: jwt });
    return { ok: true };
  });
  opened = app;
  return { app, ...memory };
}

describe('Fastify 5 logger option', () => {
  it.each([
    ['the logger option', false],
    ['loggerInstance', true],
  ])(
    'logs a thrown MeetingError with ECS fields and no token, on a real server (%s)',
    async (_, instance) => {
      const { app, lines, records } = build(instance);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/throws?token=${jwt}&room=1`);
      expect(response.status).toBe(500);
      await app.close();
      for (const line of lines) expect(line).not.toContain('eyJ');
      const errored = records().find((record) => record.err);
      expect(errored).toMatchObject({
        level: 50,
        reqId: expect.any(String),
        err: {
          code: '4002',
          type: 'INVALID_TOKEN',
          message: 'token [redacted] expired',
          platform: 'web',
          category: 'auth',
          severity: 'fatal',
          docs_url: 'https://docs.acme.test/web/errors/4002/',
        },
      });
      const incoming = records().find((record) => record.msg === 'incoming request');
      expect(incoming?.req).toEqual({
        method: 'GET',
        url: '/throws?token=[redacted]&room=1',
        host: `127.0.0.1:${port}`,
        remoteAddress: '127.0.0.1',
        remotePort: expect.any(Number),
      });
      const completed = records().find((record) => record.msg === 'request completed');
      expect(completed?.res).toEqual({ statusCode: 500 });
    },
  );

  it('logError works with request.log at the level of the SDK event', async () => {
    const { app, records } = build();
    const response = await app.inject({
      method: 'POST',
      url: '/webhook',
      payload: { code: 5004, message: 'Recording stopped' },
    });
    expect(response.json()).toEqual({ ok: true });
    const logged = records().find((record) => record.err);
    expect(logged).toMatchObject({
      level: 40,
      reqId: expect.any(String),
      sessionId: '[redacted]',
      token: '[redacted]',
      msg: 'Recording stopped',
      err: {
        code: '5004',
        type: getError(5004).name,
        platform: 'web',
        severity: 'warning',
        docs_url: 'https://docs.acme.test/web/errors/5004/',
      },
    });
  });
});
