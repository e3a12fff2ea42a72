import { catalog, MeetingError } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { LEVEL_BY_SEVERITY, levelFor } from './index.js';

describe('levelFor', () => {
  it('maps the catalog severity: fatal and error → error, warning → warn', () => {
    expect(LEVEL_BY_SEVERITY).toEqual({ fatal: 'error', error: 'error', warning: 'warn' });
    for (const entry of catalog) {
      const expected = entry.severity === 'warning' ? 'warn' : 'error';
      expect(levelFor(entry.code)).toBe(expected);
      expect(levelFor(entry.name)).toBe(expected);
      expect(levelFor({ code: entry.code, message: 'x' })).toBe(expected);
      expect(levelFor(new MeetingError({ code: entry.code }))).toBe(expected);
    }
    expect(levelFor(3001)).toBe('warn');
    expect(levelFor(4001)).toBe('error');
  });

  it('logs unknown codes, other errors and junk as error, and never throws', () => {
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
    }
  });
});
