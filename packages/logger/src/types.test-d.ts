import type { PlatformId } from '@org/error-codes';
import Fastify from 'fastify';
import pino from 'pino';
import { describe, expectTypeOf, it } from 'vitest';
import winston from 'winston';
import { type EcsError, type ErrorFields, errorFields, type LogLevel, levelFor } from './index.js';
import { logError, pinoOptions } from './pino.js';
import { errorFormat, logError as logWinstonError } from './winston.js';

describe('public types', () => {
  it('errorFields and levelFor', () => {
    expectTypeOf(errorFields(4001)).toEqualTypeOf<ErrorFields>();
    expectTypeOf(errorFields(4001)['error.code']).toEqualTypeOf<string | undefined>();
    expectTypeOf(errorFields(4001)['error.type']).toEqualTypeOf<string>();
    expectTypeOf(levelFor(4001)).toEqualTypeOf<LogLevel>();
    expectTypeOf<LogLevel>().toEqualTypeOf<'error' | 'warn'>();
    expectTypeOf<EcsError['severity']>().toEqualTypeOf<'fatal' | 'error' | 'warning'>();
    // The core's line ids, whatever lines it has.
    expectTypeOf<EcsError['platform']>().toEqualTypeOf<PlatformId | 'unknown'>();
    expectTypeOf(errorFields(4001)['error.platform']).toEqualTypeOf<PlatformId | 'unknown'>();
    expectTypeOf(errorFields(4001)['error.docs_path']).toEqualTypeOf<string | undefined>();
    expectTypeOf(errorFields(4001)['error.docs_url']).toEqualTypeOf<string | undefined>();
    expectTypeOf(levelFor(4001, { platform: 'flutter-1' })).toEqualTypeOf<LogLevel>();
    expectTypeOf(levelFor(4001, { platform: 'ios' })).toEqualTypeOf<LogLevel>();
    expectTypeOf(levelFor(4001, { platform: 'react-native' })).toEqualTypeOf<LogLevel>();
    expectTypeOf(levelFor(4001, { platform: 'flutter-3' })).toEqualTypeOf<LogLevel>();
    // @ts-expect-error: the 1.2.x line is `flutter-1` now; no id falls onto a line by default.
    errorFields(4001, { platform: 'flutter' });
    // @ts-expect-error: Android is a line without a table.
    errorFields(4001, { platform: 'android' });
  });

  it('pinoOptions fits pino and Fastify 5’s logger option', () => {
    const logger = pino({ ...pinoOptions({ platform: 'web' }), level: 'info' });
    Fastify({ logger: { ...pinoOptions({ docsBaseUrl: 'https://d.test' }), level: 'info' } });
    Fastify({ loggerInstance: pino(pinoOptions({ platform: 'flutter-1' })) });
    logError(logger, new Error('x'));
    logError(logger.child({ reqId: 1 }), 4001, { meetingId: 'm' }, 'msg');
    const app = Fastify();
    logError(app.log, 4001);
    // @ts-expect-error: a message is not a context object.
    logError(logger, 4001, 'msg');
  });

  it('errorFormat fits winston.format.combine and logError fits a winston logger', () => {
    const logger = winston.createLogger({
      format: winston.format.combine(
        errorFormat({ setLevel: true, platform: 'web' }),
        winston.format.json(),
      ),
    });
    logWinstonError(logger, 4001, { meetingId: 'm' });
  });
});
