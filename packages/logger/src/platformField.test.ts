import { type ErrorEntryShape, MeetingError, platformIds } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
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
      new MeetingError(flutter1.normalizeError(3017)),
      { platform: 'web' },
      'flutter-1',
      'ERROR_CREATING_VIDEO_TRACK',
    ],
    [
      'a normalized Flutter error',
      flutter1.normalizeError({ code: 3001, message: 'm' }),
      {},
      'flutter-1',
      'ERROR_CUSTOM_VIDEO_TRACK_DISPOSED',
    ],
    [
      'a code on a Flutter logger',
      3017,
      { platform: 'flutter-1' },
      'flutter-1',
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

describe('every line', () => {
  const modules = [web, reactNative, ios, flutter1, flutter3];
  const docsBaseUrl = 'https://errors.acme.test';

  it('has its entry point here: the lines are the core’s platformIds', () => {
    expect(modules.map((m) => m.platform.id)).toEqual([...platformIds]);
  });

  it.each(modules.map((m) => [m.platform.id, m] as const))(
    '%s: a code on that line’s logger, and that line’s MeetingError on any logger, name the line and link its page',
    (id, line) => {
      const entries = line.catalog as readonly ErrorEntryShape[];
      // First, last and one in the middle of the table.
      for (const entry of [entries[0], entries[entries.length >> 1], entries.at(-1)]) {
        if (!entry) throw new Error(`${id} has an empty table`);
        const expected = {
          'error.code': String(entry.code),
          'error.type': entry.name,
          'error.platform': id,
          'error.docs_path': `/${id}/errors/${entry.code}/`,
          'error.docs_url': `${docsBaseUrl}/${id}/errors/${entry.code}/`,
        };
        const onItsLogger = faces(
          { code: entry.code, message: 'm' },
          { platform: id, docsBaseUrl },
        );
        expect(onItsLogger.fields).toMatchObject(expected);
        // Another line's logger: the error says which line it is from.
        const other = platformIds.find((p) => p !== id);
        const error = new MeetingError(line.normalizeError(entry.code));
        const elsewhere = faces(error, { platform: other, docsBaseUrl });
        expect(elsewhere.fields).toMatchObject(expected);
        const nested = Object.fromEntries(
          Object.entries(expected).map(([key, value]) => [key.slice('error.'.length), value]),
        );
        expect(elsewhere.pino).toMatchObject(nested);
        expect(elsewhere.winston).toMatchObject(nested);
      }
    },
  );

  it('reads iOS 3008 with the iOS table, never another line’s (web 3045 is its twin)', () => {
    const { fields, pino: fromPino } = faces(
      { code: 3008, message: 'codec' },
      { platform: 'ios', docsBaseUrl },
    );
    expect(fields).toMatchObject({
      'error.type': 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED',
      'error.platform': 'ios',
      'error.docs_url': `${docsBaseUrl}/ios/errors/3008/`,
    });
    expect(fromPino).toMatchObject({ type: 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED' });
    expect(faces(3008, { platform: 'flutter-1' }).fields['error.type']).toBe(
      flutter1.getError(3008).name,
    );
  });

  it.each([
    ['flutter (now flutter-1)', 'flutter'],
    ['android (a line without a table)', 'android'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['a huge string', 'x'.repeat(1_000_000)],
    ['a number', 3],
    ['an object', { id: 'web' }],
  ])(
    'takes a junk line id (%s) without throwing: codes are logged as received, platform unknown',
    (_, platform) => {
      const options = { platform, docsBaseUrl } as unknown as LoggerOptions;
      const {
        fields,
        pino: fromPino,
        winston: fromWinston,
      } = faces({ code: 3017, message: 'm' }, options);
      expect(fields).toEqual({
        'error.code': '3017',
        'error.type': 'UNKNOWN_ERROR',
        'error.message': 'm',
        'error.platform': 'unknown',
        'error.severity': 'error',
        'error.retryable': false,
      });
      expect(fromPino).toMatchObject({ platform: 'unknown', code: '3017' });
      expect(fromWinston).toMatchObject({ platform: 'unknown', code: '3017' });
      // An error that names its line is still read with it.
      const own = faces(new MeetingError(ios.normalizeError(3008)), options);
      expect(own.fields).toMatchObject({
        'error.platform': 'ios',
        'error.docs_path': '/ios/errors/3008/',
      });
    },
  );
});
