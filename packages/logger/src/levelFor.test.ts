import { type ErrorEntryShape, MeetingError, platformIds } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { levelFor } from './index.js';

describe('levelFor', () => {
  it('maps the severity of every code of every line: fatal and error → error, warning → warn', () => {
    const modules = [web, reactNative, ios, flutter1, flutter3];
    expect(modules.map((m) => m.platform.id)).toEqual([...platformIds]);
    for (const table of modules) {
      const platform = table.platform.id;
      for (const entry of table.catalog as readonly ErrorEntryShape[]) {
        const expected = entry.severity === 'warning' ? 'warn' : 'error';
        expect(levelFor(entry.code, { platform })).toBe(expected);
        expect(levelFor(entry.name, { platform })).toBe(expected);
        expect(levelFor({ code: entry.code, message: 'x' }, { platform })).toBe(expected);
        // The error's own platform, whatever the options say.
        const error = new MeetingError(table.normalizeError(entry.code));
        expect(levelFor(error)).toBe(expected);
        expect(levelFor(error, { platform: platform === 'web' ? 'flutter-1' : 'web' })).toBe(
          expected,
        );
      }
    }
    expect(levelFor(3001, { platform: 'flutter-1' })).toBe('warn');
    expect(levelFor(5004, { platform: 'web' })).toBe('warn');
  });

  it('logs unknown codes, codes of no known platform, other errors and junk as error', () => {
    // 3001 is a Flutter warning; without a platform it is not looked up.
    expect(levelFor(3001)).toBe('error');
    expect(levelFor(3001, { platform: 'web' })).toBe('error');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const value of [9999, 'boom', new TypeError('x'), null, undefined, {}, hostile, NaN]) {
      expect(levelFor(value)).toBe('error');
      expect(levelFor(value, { platform: 'web' })).toBe('error');
      expect(levelFor(value, 'junk' as never)).toBe('error');
    }
  });
});
