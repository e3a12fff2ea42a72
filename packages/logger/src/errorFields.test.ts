import {
  catalog,
  DEFAULT_DOCS_BASE_URL,
  docsUrl,
  getError,
  MeetingError,
  UNKNOWN_ERROR_NAME,
} from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { jwt } from './__fixtures__/jwt.js';
import { errorFields } from './index.js';

describe('errorFields', () => {
  it('gives the ECS / OTel fields of every catalog code, by number, string and name', () => {
    for (const entry of catalog) {
      const expected = {
        'error.code': String(entry.code),
        'error.type': entry.name,
        'error.message': entry.message,
        'error.category': entry.category,
        'error.source': entry.source,
        'error.severity': entry.severity,
        'error.retryable': entry.retryable,
        'error.docs_url': docsUrl(entry.code),
      };
      expect(errorFields(entry.code)).toEqual(expected);
      expect(errorFields(String(entry.code))).toEqual(expected);
      expect(errorFields(entry.name)).toEqual(expected);
    }
  });

  it('reads an SDK error event, keeping the message it came with', () => {
    expect(errorFields({ code: 4010, message: 'Speaker limit hit' })).toMatchObject({
      'error.code': '4010',
      'error.type': 'MAX_SPEAKER_REACHED',
      'error.message': 'Speaker limit hit',
      'error.severity': getError(4010).severity,
    });
    expect(errorFields({ code: '4010' })['error.message']).toBe(getError(4010).message);
  });

  it('reads a MeetingError, with its stack as error.stack_trace', () => {
    const error = new MeetingError({ code: 4002 });
    const fields = errorFields(error);
    expect(fields).toMatchObject({
      'error.code': '4002',
      'error.type': 'INVALID_TOKEN',
      'error.message': error.message,
      'error.category': 'auth',
      'error.source': 'server',
      'error.severity': 'fatal',
      'error.retryable': false,
      'error.docs_url': `${DEFAULT_DOCS_BASE_URL}/errors/4002/`,
    });
    expect(fields['error.stack_trace']).toContain('MeetingError: ');
  });

  it('keeps unknown codes as they came (as ECS keyword strings)', () => {
    expect(errorFields({ code: 9999, message: 'New in SDK 2.0' })).toEqual({
      'error.code': '9999',
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'New in SDK 2.0',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields(new MeetingError({ code: 'E_NEW' }))).toMatchObject({
      'error.code': 'E_NEW',
      'error.type': UNKNOWN_ERROR_NAME,
    });
    expect(errorFields(9999)['error.code']).toBe('9999');
  });

  it('describes other Errors by their name and code', () => {
    const error = Object.assign(new TypeError('socket closed'), { code: 'ECONNRESET' });
    expect(errorFields(error)).toMatchObject({
      'error.code': 'ECONNRESET',
      'error.type': 'TypeError',
      'error.message': 'socket closed',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields(error)).not.toHaveProperty('error.docs_url');
    // An Error carrying a catalog code is that code.
    expect(errorFields(Object.assign(new Error('x'), { code: 4001 }))['error.type']).toBe(
      'INVALID_API_KEY',
    );
  });

  it('takes the docs base URL from the options', () => {
    expect(errorFields(4001, { docsBaseUrl: 'https://docs.acme.test/' })['error.docs_url']).toBe(
      'https://docs.acme.test/errors/4001/',
    );
  });

  it('reads a thrown string as a message, a digit string as a code', () => {
    expect(errorFields('socket hang up')).toEqual({
      'error.type': UNKNOWN_ERROR_NAME,
      'error.message': 'socket hang up',
      'error.severity': 'error',
      'error.retryable': false,
    });
    expect(errorFields('12345')['error.code']).toBe('12345');
  });

  it('never throws, whatever it is given', () => {
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
      hostile,
      throwingGetter,
      Object.create(null),
    ];
    for (const value of junk) {
      const fields = errorFields(value);
      expect(typeof fields['error.type']).toBe('string');
      expect(typeof fields['error.message']).toBe('string');
      expect(fields['error.severity']).toBe('error');
    }
    expect(errorFields(null)['error.message']).toBe('Unknown error');
    expect(errorFields(true)['error.message']).toBe('true');
    expect(errorFields(Number.NaN)['error.code']).toBe('NaN');
    expect(errorFields(throwingGetter)['error.type']).toBe('Error');
  });

  it('redacts tokens and bounds huge strings in what it writes', () => {
    const fields = errorFields({ code: 4002, message: `token ${jwt} expired` });
    expect(fields['error.message']).toBe('token [redacted] expired');
    const huge = errorFields(new Error('x'.repeat(5_000_000)));
    expect(huge['error.message'].length).toBeLessThan(17_000);
    expect(huge['error.message']).toMatch(/…\[truncated 4983616 chars\]$/);
  });
});
