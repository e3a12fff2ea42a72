import {
  docsPath,
  docsUrl,
  type ErrorEntryShape,
  MeetingError,
  platformIds,
  UNKNOWN_ERROR_NAME,
} from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { errorFields, type LoggerOptions } from './index.js';

/** Every line's entry point: the test below checks it is every line the core has. */
const modules = [web, reactNative, ios, flutter1, flutter3];

describe('errorFields', () => {
  it('gives the fields of every code of every line, by number, string and name', () => {
    expect(modules.map((m) => m.platform.id)).toEqual([...platformIds]);
    const docsBaseUrl = 'https://errors.acme.test/';
    for (const table of modules) {
      const platform = table.platform.id;
      for (const entry of table.catalog as readonly ErrorEntryShape[]) {
        const expected: Record<string, unknown> = {
          'error.code': String(entry.code),
          'error.type': entry.name,
          // Where the table has no wire text, the SDK's description.
          'error.message': entry.message ?? entry.sdkDescription ?? entry.name,
          'error.platform': platform,
          'error.category': entry.category,
          'error.source': entry.source,
          'error.severity': entry.severity,
          'error.retryable': entry.retryable,
          // The page of the code on its own line: `/ios/errors/3008/`.
          'error.docs_path': docsPath(platform, entry.code),
        };
        // No docs address configured: the site path, no URL (not a placeholder).
        const fields = errorFields(entry.code, { platform });
        expect(fields).toEqual(expected);
        expect(fields).not.toHaveProperty('error.docs_url');
        expect(errorFields(String(entry.code), { platform })).toEqual(expected);
        expect(errorFields(entry.name, { platform })).toEqual(expected);
        expect(errorFields(entry.code, { platform, docsBaseUrl })).toEqual({
          ...expected,
          'error.docs_url': docsUrl(platform, entry.code, { baseUrl: docsBaseUrl }),
        });
      }
    }
  });

  it('reads a number with the table of its line: 3008 means one thing on each', () => {
    const docsBaseUrl = 'https://errors.acme.test';
    expect(errorFields(3008, { platform: 'ios', docsBaseUrl })).toMatchObject({
      'error.type': 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED',
      'error.platform': 'ios',
      'error.docs_path': '/ios/errors/3008/',
      'error.docs_url': 'https://errors.acme.test/ios/errors/3008/',
    });
    expect(errorFields(3008, { platform: 'flutter-1', docsBaseUrl })).toMatchObject({
      'error.type': flutter1.getError(3008).name,
      'error.platform': 'flutter-1',
      'error.docs_url': 'https://errors.acme.test/flutter-1/errors/3008/',
    });
    // 1.2.x 3023 is joining the meeting; 3.x renumbered it to the camera being in use.
    expect(errorFields(3023, { platform: 'flutter-1' })['error.type']).toBe(
      'ERROR_JOINING_MEETING',
    );
    expect(errorFields(3023, { platform: 'flutter-3' })['error.type']).toBe('ERROR_CAMERA_IN_USE');
    // iOS 4000 is a real code named UNKNOWN_ERROR: known, so it has a page.
    expect(errorFields(4000, { platform: 'ios' })).toMatchObject({
      'error.type': UNKNOWN_ERROR_NAME,
      'error.docs_path': '/ios/errors/4000/',
    });
    // A code the line lacks has no page, on any line.
    expect(errorFields(4000, { platform: 'web' })).not.toHaveProperty('error.docs_path');
  });

  it('reads a number with the table of its platform: 3017 means one thing on each', () => {
    const docsBaseUrl = 'https://errors.acme.test';
    expect(errorFields(3017, { platform: 'web', docsBaseUrl })).toMatchObject({
      'error.type': 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      'error.platform': 'web',
      'error.docs_url': 'https://errors.acme.test/web/errors/3017/',
    });
    expect(errorFields(3017, { platform: 'flutter-1', docsBaseUrl })).toMatchObject({
      'error.type': 'ERROR_CREATING_VIDEO_TRACK',
      'error.platform': 'flutter-1',
      'error.docs_url': 'https://errors.acme.test/flutter-1/errors/3017/',
    });
    // 3001 is a Flutter code only.
    expect(errorFields(3001, { platform: 'web' })).toMatchObject({
      'error.code': '3001',
      'error.type': UNKNOWN_ERROR_NAME,
      'error.platform': 'web',
    });
  });

  it('takes the platform a MeetingError, a normalized error or their JSON carries, over the options', () => {
    const fromFlutter = new MeetingError(flutter1.normalizeError(3017));
    for (const input of [
      fromFlutter,
      flutter1.normalizeError({ code: 3017, message: 'received' }),
      JSON.parse(JSON.stringify(fromFlutter)),
    ]) {
      expect(errorFields(input, { platform: 'web' })).toMatchObject({
        'error.code': '3017',
        'error.type': 'ERROR_CREATING_VIDEO_TRACK',
        'error.platform': 'flutter-1',
        'error.category': 'media-device',
      });
    }
    // A normalized error keeps the message that came with the event.
    expect(
      errorFields(flutter1.normalizeError({ code: 3017, message: 'received' }))['error.message'],
    ).toBe('received');
    const fields = errorFields(new MeetingError(web.normalizeError(4002)));
    expect(fields).toMatchObject({ 'error.platform': 'web', 'error.type': 'INVALID_TOKEN' });
    expect(fields['error.stack_trace']).toContain('MeetingError: ');
  });

  it('without a platform, keeps the code and message as received, looks nothing up and says so', () => {
    expect(errorFields({ code: 4001, message: 'Invalid key' })).toEqual({
      'error.code': '4001',
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'Invalid key',
      'error.platform': 'unknown',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields(3017)).toMatchObject({ 'error.code': '3017', 'error.platform': 'unknown' });
    expect(errorFields(3017)).not.toHaveProperty('error.docs_url');
    expect(errorFields('INVALID_API_KEY')).toMatchObject({
      'error.code': 'INVALID_API_KEY',
      'error.type': UNKNOWN_ERROR_NAME,
    });
  });

  it('keeps unknown codes and their messages as they came, on every line', () => {
    for (const platform of platformIds) {
      expect(errorFields({ code: 9999, message: 'New in SDK 2.0' }, { platform })).toEqual({
        'error.code': '9999',
        'error.type': UNKNOWN_ERROR_NAME,
        'error.message': 'New in SDK 2.0',
        'error.platform': platform,
        'error.severity': 'error',
        'error.retryable': false,
      });
      expect(errorFields(9999, { platform })['error.message']).toBe('Unknown error');
    }
    const unknown = new MeetingError(web.normalizeError({ code: 'E_NEW', message: 'said' }));
    expect(errorFields(unknown)).toMatchObject({
      'error.code': 'E_NEW',
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'said',
      'error.platform': 'web',
    });
  });

  it('reads an SDK error event, keeping the message it came with', () => {
    expect(
      errorFields({ code: 4010, message: 'Speaker limit hit' }, { platform: 'web' }),
    ).toMatchObject({
      'error.code': '4010',
      'error.type': 'MAX_SPEAKER_REACHED',
      'error.message': 'Speaker limit hit',
      'error.severity': web.getError(4010).severity,
    });
    expect(errorFields({ code: '4010' }, { platform: 'web' })['error.message']).toBe(
      web.getError(4010).message,
    );
  });

  it('describes other Errors by their name and code', () => {
    const error = Object.assign(new TypeError('socket closed'), { code: 'ECONNRESET' });
    expect(errorFields(error, { platform: 'web' })).toMatchObject({
      'error.code': 'ECONNRESET',
      'error.type': 'TypeError',
      'error.message': 'socket closed',
      'error.platform': 'web',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields(error)).not.toHaveProperty('error.docs_url');
    // An Error carrying a catalog code is that code, on the logger's platform.
    const coded = Object.assign(new Error('x'), { code: 4001 });
    expect(errorFields(coded, { platform: 'flutter-1' })['error.type']).toBe('INVALID_API_KEY');
    expect(errorFields(coded)['error.type']).toBe('Error');
  });

  it('takes the docs base URL from the options, and writes no link without a usable one', () => {
    expect(
      errorFields(4001, { platform: 'web', docsBaseUrl: 'https://docs.acme.test/' })[
        'error.docs_url'
      ],
    ).toBe('https://docs.acme.test/web/errors/4001/');
    for (const docsBaseUrl of [undefined, '', '  ', 'docs.acme.test', 'javascript:alert(1)', 42]) {
      const fields = errorFields(4001, { platform: 'web', docsBaseUrl: docsBaseUrl as string });
      expect(fields['error.type']).toBe('INVALID_API_KEY');
      expect(fields).not.toHaveProperty('error.docs_url');
    }
  });

  it('reads a thrown string as a message, a digit string or a known name as a code', () => {
    expect(errorFields('socket hang up', { platform: 'web' })).toEqual({
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'socket hang up',
      'error.platform': 'web',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields('12345')['error.code']).toBe('12345');
    expect(errorFields('INVALID_TOKEN', { platform: 'web' })['error.code']).toBe('4002');
  });

  it('never throws, whatever it is given, and never guesses a platform', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const throwingGetter = Object.defineProperty(new Error('x'), 'message', {
      get() {
        throw new Error('getter');
      },
    });
    const junk: unknown[] = [
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      0,
      true,
      10n,
      Symbol('s'),
      () => 1,
      {},
      [],
      [4001],
      { code: { nested: 4001 } },
      { code: null, message: 42 },
      JSON.parse('{"__proto__": {"code": 4001}, "code": "__proto__"}'),
      '__proto__',
      'constructor',
      '',
      'x'.repeat(1_000_000),
      hostile,
      throwingGetter,
      Object.create(null),
    ];
    const notLines = ['flutter', 'android', '__proto__', 'constructor', 'WEB', 'x'.repeat(100_000)];
    const optionsList: (LoggerOptions | undefined)[] = [
      undefined,
      { platform: 'web' },
      ...notLines.map((platform) => ({ platform }) as never),
    ];
    for (const options of optionsList) {
      for (const value of junk) {
        const fields = errorFields(value, options);
        expect(typeof fields['error.type']).toBe('string');
        expect(typeof fields['error.message']).toBe('string');
        expect(fields['error.severity']).toBe('error');
        // A platform option that is no line ('flutter' is `flutter-1` now) is no platform.
        expect(fields['error.platform']).toBe(options?.platform === 'web' ? 'web' : 'unknown');
        expect(fields['error.message'].length).toBeLessThan(17_000);
      }
    }
    // A claimed platform that is none, or carried by no error shape, is not taken.
    for (const platform of notLines) {
      expect(errorFields({ known: true, platform, code: 4001 })['error.platform']).toBe('unknown');
      expect(errorFields(3017, { platform } as never)).toMatchObject({
        'error.code': '3017',
        'error.type': UNKNOWN_ERROR_NAME,
        'error.platform': 'unknown',
      });
    }
    expect(errorFields({ known: 'yes', platform: 'web', code: 4001 })['error.platform']).toBe(
      'unknown',
    );
    expect(errorFields({ platform: 'web', code: 4001 }, { platform: 'flutter-1' })).toMatchObject({
      'error.platform': 'flutter-1',
      'error.type': 'INVALID_API_KEY',
    });
    expect(errorFields(null)['error.message']).toBe('Unknown error');
    expect(errorFields(true)['error.message']).toBe('true');
    expect(errorFields(Number.NaN)['error.code']).toBe('NaN');
    expect(errorFields(throwingGetter)['error.type']).toBe('Error');
    expect(errorFields(hostile)).toEqual({
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'Unknown error',
      'error.platform': 'unknown',
      'error.severity': 'error',
      'error.retryable': false,
    });
  });

  it('redacts tokens and bounds huge strings in what it writes', () => {
    const fields = errorFields(
      { code: 4002, message: `token ${jwt} expired` },
      { platform: 'web' },
    );
    expect(fields['error.message']).toBe('token [redacted] expired');
    const huge = errorFields(new Error('x'.repeat(5_000_000)));
    expect(huge['error.message'].length).toBeLessThan(17_000);
    expect(huge['error.message']).toMatch(/…\[truncated 4983616 chars\]$/);
    expect(errorFields({ code: `?token=${jwt}` })['error.code']).toBe('?token=[redacted]');
  });
});
