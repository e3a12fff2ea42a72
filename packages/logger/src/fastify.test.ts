import { getError, MeetingError } from '@org/error-codes';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { logError, pinoOptions } from './pino.js';

let opened: { close(): Promise<unknown> } | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

function build() {
  const memory = memoryStream();
  // The README's example, with an in-memory stream in place of stdout.
  const app = Fastify({
    logger: {
      ...pinoOptions({ docsBaseUrl: 'https://docs.acme.test', redactKeys: ['sessionId'] }),
      level: 'info',
      stream: memory.stream,
    },
  });
  app.get('/throws', async () => {
    throw new MeetingError({ code: 4002 }, { message: `token ${jwt} expired` });
  });
  app.post('/webhook', async (request) => {
    logError(request.log, request.body, { sessionId: 's-1', token: jwt });
    return { ok: true };
  });
  opened = app;
  return { app, ...memory };
}

describe('Fastify 5 logger option', () => {
  it('logs a thrown MeetingError with ECS fields and no token, on a real server', async () => {
    const { app, lines, records } = build();
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
        category: 'auth',
        severity: 'fatal',
        docs_url: 'https://docs.acme.test/errors/4002/',
      },
    });
    const incoming = records().find((record) => record.msg === 'incoming request');
    expect(incoming?.req.url).toBe('/throws?token=[redacted]&room=1');
  });

  it('logError works with request.log at the level of the SDK event', async () => {
    const { app, records } = build();
    const response = await app.inject({
      method: 'POST',
      url: '/webhook',
      payload: { code: 3001, message: 'Custom track disposed' },
    });
    expect(response.json()).toEqual({ ok: true });
    const logged = records().find((record) => record.err);
    expect(logged).toMatchObject({
      level: 40,
      reqId: expect.any(String),
      sessionId: '[redacted]',
      token: '[redacted]',
      msg: 'Custom track disposed',
      err: {
        code: '3001',
        type: getError(3001).name,
        severity: 'warning',
        docs_url: 'https://docs.acme.test/errors/3001/',
      },
    });
  });
});
