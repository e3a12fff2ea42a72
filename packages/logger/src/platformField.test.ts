import { MeetingError } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { errorFields, type LoggerOptions } from './index.js';
import { logError, pinoOptions } from './pino.js';
import { errorFormat, logError as logWinstonError } from './winston.js';

/** What each face writes for one input: errorFields, a pino line, a winston line. */
function faces(input: unknown, options: LoggerOptions) {
  const pinoMemory = memoryStream();
  logError(pino(pinoOptions(options), pinoMemory.stream), input);
  const winstonMemory = memoryStream();
  const winstonLogger = winston.createLogger({
    format: winston.format.combine(errorFormat(options), winston.format.json()),
    transports: [new winston.transports.Stream({ stream: winstonMemory.stream })],
  });
  logWinstonError(winstonLogger, input);
  return {
    fields: errorFields(input, options),
    pino: pinoMemory.records()[0]?.err,
    winston: winstonMemory.records()[0]?.error,
  };
}

describe('error.platform', () => {
  const cases: [string, unknown, LoggerOptions, string, string][] = [
    [
      'a web MeetingError',
      new MeetingError(web.normalizeError(3017)),
      {},
      'web',
      'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
    ],
    [
      'a Flutter MeetingError on a web logger',
      new MeetingError(flutter.normalizeError(3017)),
      { platform: 'web' },
      'flutter',
      'ERROR_CREATING_VIDEO_TRACK',
    ],
    [
      'a normalized Flutter error',
      flutter.normalizeError({ code: 3001, message: 'm' }),
      {},
      'flutter',
      'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED',
    ],
    [
      'a code on a Flutter logger',
      3017,
      { platform: 'flutter' },
      'flutter',
      'ERROR_CREATING_VIDEO_TRACK',
    ],
    [
      'an SDK event on a web logger',
      { code: 3017, message: 'm' },
      { platform: 'web' },
      'web',
      'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
    ],
    [
      'an unknown code on a web logger',
      { code: 9999, message: 'm' },
      { platform: 'web' },
      'web',
      'UNKNOWN_ERROR',
    ],
    [
      'a code with no platform anywhere',
      { code: 3017, message: 'm' },
      {},
      'unknown',
      'UNKNOWN_ERROR',
    ],
    ['a plain Error with no platform', new TypeError('socket closed'), {}, 'unknown', 'TypeError'],
  ];

  it.each(cases)(
    'is one field, the same in errorFields, pino and winston: %s',
    (_, input, options, platform, type) => {
      const { fields, pino: fromPino, winston: fromWinston } = faces(input, options);
      expect(fields['error.platform']).toBe(platform);
      expect(fields['error.type']).toBe(type);
      // The nested objects hold exactly the dotted fields, under the same names.
      const nested = Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [key.slice('error.'.length), value]),
      );
      expect(fromPino).toEqual(nested);
      expect(fromWinston).toEqual(nested);
    },
  );
});
