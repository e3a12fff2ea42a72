import { docsUrl, type ErrorEntryShape, MeetingError, UNKNOWN_ERROR_NAME } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { errorFields } from './index.js';

describe('errorFields', () => {
  it('gives the fields of every code of both tables, by number, string and name', () => {
    const docsBaseUrl = 'https://errors.acme.test/';
    for (const table of [web, flutter]) {
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
        };
        // No docs address configured: no link at all, not a placeholder.
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

  it('reads a number with the table of its platform: 3017 means one thing on each', () => {
    const docsBaseUrl = 'https://errors.acme.test';
    expect(errorFields(3017, { platform: 'web', docsBaseUrl })).toMatchObject({
      'error.type': 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      'error.platform': 'web',
      'error.docs_url': 'https://errors.acme.test/web/errors/3017/',
    });
    expect(errorFields(3017, { platform: 'flutter', docsBaseUrl })).toMatchObject({
      'error.type': 'ERROR_CREATING_VIDEO_TRACK',
      'error.platform': 'flutter',
      'error.docs_url': 'https://errors.acme.test/flutter/errors/3017/',
    });
    // 3001 is a Flutter code only.
    expect(errorFields(3001, { platform: 'web' })).toMatchObject({
      'error.code': '3001',
      'error.type': UNKNOWN_ERROR_NAME,
      'error.platform': 'web',
    });
  });

  it('takes the platform a MeetingError, a normalized error or their JSON carries, over the options', () => {
    const fromFlutter = new MeetingError(flutter.normalizeError(3017));
    for (const input of [
      fromFlutter,
      flutter.normalizeError({ code: 3017, message: 'received' }),
      JSON.parse(JSON.stringify(fromFlutter)),
    ]) {
      expect(errorFields(input, { platform: 'web' })).toMatchObject({
        'error.code': '3017',
        'error.type': 'ERROR_CREATING_VIDEO_TRACK',
        'error.platform': 'flutter',
        'error.category': 'media-device',
      });
    }
    // A normalized error keeps the message that came with the event.
    expect(
      errorFields(flutter.normalizeError({ code: 3017, message: 'received' }))['error.message'],
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

  it('keeps unknown codes and their messages as they came, on either platform', () => {
    for (const platform of ['web', 'flutter'] as const) {
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
    expect(errorFields(coded, { platform: 'flutter' })['error.type']).toBe('INVALID_API_KEY');
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
    for (const options of [undefined, { platform: 'web' as const }, { platform: 'ios' } as never]) {
      for (const value of junk) {
        const fields = errorFields(value, options);
        expect(typeof fields['error.type']).toBe('string');
        expect(typeof fields['error.message']).toBe('string');
        expect(fields['error.severity']).toBe('error');
        // A platform option that is none ('ios') is no platform.
        expect(fields['error.platform']).toBe(options?.platform === 'web' ? 'web' : 'unknown');
        expect(fields['error.message'].length).toBeLessThan(17_000);
      }
    }
    // A claimed platform that is none, or carried by no error shape, is not taken.
    expect(errorFields({ known: true, platform: 'ios', code: 4001 })['error.platform']).toBe(
      'unknown',
    );
    expect(errorFields({ known: 'yes', platform: 'web', code: 4001 })['error.platform']).toBe(
      'unknown',
    );
    expect(errorFields({ platform: 'web', code: 4001 }, { platform: 'flutter' })).toMatchObject({
      'error.platform': 'flutter',
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
