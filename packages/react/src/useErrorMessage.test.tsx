import * as flutter1 from '@org/error-codes/flutter-1';
import { localizeEntry } from '@org/error-codes-i18n';
import { messages as ar } from '@org/error-codes-i18n/locales/flutter-1/ar';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { useErrorMessage } from './useErrorMessage.js';

const inLocale =
  (messages: typeof en, values?: Record<string, string>) =>
  ({ children }: { children: ReactNode }) => (
    <ErrorCodesProvider platform={flutter1} messages={messages} values={values}>
      {children}
    </ErrorCodesProvider>
  );

describe('useErrorMessage', () => {
  it('returns the localized entry of the platform’s reading, with locale and dir', () => {
    const { result } = renderHook(() => useErrorMessage({ code: 4001, message: 'x' }), {
      wrapper: inLocale(en),
    });
    expect(result.current).toEqual({
      ...localizeEntry(flutter1.normalizeError({ code: 4001 }), en),
      docPath: '/flutter-1/errors/4001/',
      docUrl: undefined,
    });
    expect(result.current).toMatchObject({
      platform: 'flutter-1',
      locale: 'en',
      dir: 'ltr',
      title: en.meanings['invalid-api-key'].title,
      userTitle: en.meanings['invalid-api-key'].userTitle,
      severity: 'fatal',
      retryable: false,
      code: 4001,
      name: 'INVALID_API_KEY',
    });
  });

  it('accepts every spelling of a code and a MeetingError', () => {
    const inputs = [
      flutter1.ErrorCodes.INVALID_API_KEY,
      '4001',
      'INVALID_API_KEY',
      new flutter1.MeetingError(flutter1.normalizeError(4001)),
    ];
    for (const input of inputs) {
      const { result } = renderHook(() => useErrorMessage(input), { wrapper: inLocale(en) });
      expect([result.current.known, result.current.code]).toEqual([true, 4001]);
    }
  });

  it('is right-to-left in Arabic', () => {
    const { result } = renderHook(() => useErrorMessage(4002), { wrapper: inLocale(ar) });
    expect(result.current).toMatchObject({
      locale: 'ar',
      dir: 'rtl',
      title: ar.meanings[flutter1.getError(4002).meaning].title,
    });
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
      expect(result.current.meaning).toBeUndefined();
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
