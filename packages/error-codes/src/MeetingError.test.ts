import { describe, expect, it } from 'vitest';
import { normalizeError as flutterError } from './flutter-1/index.js';
import { isMeetingError, MeetingError } from './index.js';
import { normalizeError as webError } from './web/index.js';

describe('MeetingError', () => {
  it('carries the code, wire name, catalog message and cause', () => {
    const cause = new Error('socket closed');
    const err = new MeetingError(flutterError({ code: 4002, message: 'token expired' }), { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('MeetingError');
    expect(err.code).toBe(4002);
    expect(err.errorName).toBe('INVALID_TOKEN');
    expect(err.message).toBe("'token' is empty or invalid or might have expired.");
    expect(err.cause).toBe(cause);
    expect(err.severity).toBe('fatal');
    expect(err.stack).toContain('MeetingError');
  });

  it('keeps the catalog entry out of its enumerable properties', () => {
    const err = new MeetingError(flutterError(4001));
    expect(err.entry?.name).toBe('INVALID_API_KEY');
    expect(Object.keys(err)).not.toContain('entry');
  });

  it('serializes to JSON with its fields', () => {
    expect(JSON.parse(JSON.stringify(new MeetingError(flutterError(4018))))).toEqual({
      name: 'MeetingError',
      platform: 'flutter-1',
      code: 4018,
      errorName: 'PREV_RECORDING_PROCESSING',
      meaning: 'prev-recording-processing',
      message: 'Previous recording session is being processed, please try again after few seconds.',
      known: true,
      severity: 'error',
      retryable: true,
      category: 'recording',
    });
  });

  it('keeps an unknown code and its message', () => {
    const err = new MeetingError(flutterError({ code: 4242, message: 'brand new' }));
    expect(err).toMatchObject({
      known: false,
      code: 4242,
      errorName: 'UNKNOWN_ERROR',
      message: 'brand new',
    });
    expect(err.toJSON().category).toBeUndefined();
  });

  it('takes a message override and any junk without throwing', () => {
    expect(new MeetingError(flutterError(4001), { message: 'custom' }).message).toBe('custom');
    for (const junk of [null, undefined, Symbol('x'), 1n, { code: {} }]) {
      expect(new MeetingError(flutterError(junk)).known).toBe(false);
    }
    for (const options of [null, 42, 'x', { message: 42 }]) {
      // @ts-expect-error plain JS callers can pass anything as options
      expect(new MeetingError(flutterError(4001), options).message).toBe(
        new MeetingError(flutterError(4001)).message,
      );
    }
  });

  it('is recognised by isMeetingError', () => {
    expect(isMeetingError(new MeetingError(flutterError(4001)))).toBe(true);
    expect(isMeetingError(new Error('x'))).toBe(false);
    expect(isMeetingError({ name: 'MeetingError' })).toBe(false);
    // An Error that only borrows the name lacks the fields the type promises.
    expect(isMeetingError(Object.assign(new Error('x'), { name: 'MeetingError' }))).toBe(false);
    const fromOtherCopy = Object.assign(new Error('x'), {
      name: 'MeetingError',
      errorName: 'INVALID_TOKEN',
      known: true,
    });
    expect(isMeetingError(fromOtherCopy)).toBe(true);
  });

  it('survives junk in place of a normalized error', () => {
    for (const junk of [null, undefined, 4001, 'x', {}, { known: 'yes' }]) {
      // @ts-expect-error plain JS callers can pass anything
      const err = new MeetingError(junk);
      expect(err).toMatchObject({ known: false, errorName: 'UNKNOWN_ERROR', platform: undefined });
    }
  });

  it('carries the platform whose table read the code', () => {
    expect(new MeetingError(webError(3017))).toMatchObject({
      platform: 'web',
      errorName: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      meaning: 'camera-access-denied-or-dismissed',
    });
    expect(new MeetingError(flutterError(3017))).toMatchObject({
      platform: 'flutter-1',
      errorName: 'ERROR_CREATING_VIDEO_TRACK',
    });
  });
});
