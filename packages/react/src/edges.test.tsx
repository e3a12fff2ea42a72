import * as flutter1 from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { messages as flutterEn } from '@org/error-codes-i18n/locales/flutter-1/en';
import { messages as webDe } from '@org/error-codes-i18n/locales/web/de';
import { messages as webEn } from '@org/error-codes-i18n/locales/web/en';
import { texts as webTexts } from '@org/error-codes-i18n/web';
import { render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCodesProvider, useErrorCodes } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useErrorMessage } from './useErrorMessage.js';
import { useErrorQueue } from './useErrorQueue.js';

describe('edges a first app meets', () => {
  it.each([null, undefined])(
    '<ErrorMessage error={%s}> renders nothing and announces nothing',
    (none) => {
      const { container } = render(
        <ErrorCodesProvider platform={web} messages={webEn}>
          <ErrorMessage error={none} className="banner" />
        </ErrorCodesProvider>,
      );
      expect(container.innerHTML).toBe('');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByRole('status')).toBeNull();
    },
  );

  it.each([
    ['hello', 'hello'],
    [{ code: {} }, '[object'],
    [{ code: 'abc' }, 'abc'],
    [Number.NaN, 'NaN'],
    [{ code: -1 }, '-1'],
    [{ code: 1.5 }, '1.5'],
    [{}, '?'],
    ['__proto__', '__proto__'],
    ['x'.repeat(10_000), 'xxxx'],
  ])('junk %j shows a generic message without a bogus code', (junk, bogus) => {
    render(
      <ErrorCodesProvider platform={web} messages={webDe}>
        <ErrorMessage error={junk} />
      </ErrorCodesProvider>,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain(webDe.unknown.userTitle);
    expect(text).not.toContain(bogus);
    expect(text).not.toMatch(/\(Fehler|\(error/i);
    // No contact configured: the app's own support team, never VideoSDK's address.
    expect(text).toContain(webDe.labels.supportTeam);
    expect(text).not.toMatch(/videosdk/i);
  });

  it('an unknown code an SDK could send is still named, for support', () => {
    render(
      <ErrorCodesProvider platform={web} messages={webEn}>
        <ErrorMessage error={{ code: 99999, message: 'new' }} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('(error 99999)');
  });

  it.each<[string, () => unknown]>([
    ['useErrorMessage', () => useErrorMessage(3017)],
    ['useErrorQueue', () => useErrorQueue()],
    ['useErrorCodes', () => useErrorCodes()],
  ])('%s outside a provider names itself', (api, hook) => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => renderHook(hook)).toThrow(
        `${api} must be used inside <ErrorCodesProvider platform={…}>`,
      );
    } finally {
      spy.mockRestore();
    }
  });

  it('<ErrorMessage> outside a provider names the component', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(() => render(<ErrorMessage error={3017} />)).toThrow(
        '<ErrorMessage> must be used inside <ErrorCodesProvider platform={…}>',
      );
    } finally {
      spy.mockRestore();
    }
  });

  it('warns once, in development, when `messages` belong to another platform', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const tree = (
        <Suspense fallback={null}>
          <ErrorCodesProvider
            platform={web}
            texts={webTexts}
            locale="en"
            messages={flutterEn as never}
          >
            <ErrorMessage error={3017} />
          </ErrorCodesProvider>
        </Suspense>
      );
      const first = render(tree);
      await screen.findByRole('alert');
      first.unmount();
      render(tree);
      await screen.findByRole('alert');
      // The web meaning of 3017, from the web texts the provider loaded instead.
      expect(screen.getByRole('alert').textContent).toContain(
        webEn.meanings['camera-access-denied-or-dismissed'].userTitle,
      );
      const calls = warn.mock.calls.filter((c) => String(c[0]).includes('ErrorCodesProvider'));
      expect(calls).toHaveLength(1);
      expect(String(calls[0]?.[0])).toMatch(
        /`messages` hold the flutter-1 texts but `platform` is web/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('the same platform’s messages never warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(
        <ErrorCodesProvider platform={flutter1} messages={flutterEn}>
          <ErrorMessage error={3017} />
        </ErrorCodesProvider>,
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
