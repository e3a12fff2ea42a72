import { ErrorCodes, MeetingError } from '@org/error-codes';
import { localizeError } from '@org/error-codes-i18n';
import { messages as ar } from '@org/error-codes-i18n/locales/ar';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { useErrorMessage } from './useErrorMessage.js';

const inLocale =
  (messages: typeof en, values?: Record<string, string>) =>
  ({ children }: { children: ReactNode }) => (
    <ErrorCodesProvider messages={messages} values={values}>
      {children}
    </ErrorCodesProvider>
  );

describe('useErrorMessage', () => {
  it('returns what localizeError gives, plus lang and dir', () => {
    const { result } = renderHook(() => useErrorMessage({ code: 4001, message: 'x' }), {
      wrapper: inLocale(en),
    });
    expect(result.current).toEqual({
      ...localizeError({ code: 4001 }, en),
      lang: 'en',
      dir: 'ltr',
    });
    expect(result.current).toMatchObject({
      title: en.codes[4001].title,
      severity: 'fatal',
      retryable: false,
      entry: { code: 4001, name: 'INVALID_API_KEY' },
    });
  });

  it('accepts every spelling of a code and a MeetingError', () => {
    const inputs = [ErrorCodes.INVALID_API_KEY, '4001', 'INVALID_API_KEY', new MeetingError(4001)];
    for (const input of inputs) {
      const { result } = renderHook(() => useErrorMessage(input), { wrapper: inLocale(en) });
      expect(result.current.entry?.code).toBe(4001);
    }
  });

  it('is right-to-left in Arabic', () => {
    const { result } = renderHook(() => useErrorMessage(4002), { wrapper: inLocale(ar) });
    expect(result.current).toMatchObject({ lang: 'ar', dir: 'rtl', title: ar.codes[4002].title });
  });

  it('gives the localized generic message for unknown codes and junk, never throwing', () => {
    const junk: unknown[] = [
      9999,
      '9999',
      'NOT_A_CODE',
      '__proto__',
      'constructor',
      { code: '__proto__' },
      'x'.repeat(1_000_000),
      Number.NaN,
      null,
      undefined,
      {},
      [],
      Symbol('s'),
      () => 4001,
      Object.create(null),
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const input of junk) {
      const { result } = renderHook(() => useErrorMessage(input), { wrapper: inLocale(ar) });
      expect(result.current.known).toBe(false);
      expect(result.current.entry).toBeUndefined();
      expect(result.current.severity).toBe('error');
      expect(result.current.title).toBe(ar.unknown.title);
      expect(result.current.userMessage.length).toBeLessThan(ar.unknown.userMessage.length + 64);
    }
  });

  it('names an unknown code in the generic message', () => {
    const { result } = renderHook(() => useErrorMessage({ code: 4999, message: 'new' }), {
      wrapper: inLocale(en),
    });
    expect(result.current.userMessage).toContain('4999');
    expect(result.current.code).toBe(4999);
  });

  it('keeps the same object between renders while nothing changes', () => {
    const { result, rerender } = renderHook(() => useErrorMessage(4005), {
      wrapper: inLocale(en),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
