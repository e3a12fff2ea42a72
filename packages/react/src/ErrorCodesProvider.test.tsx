import * as flutter1 from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { messages as es } from '@org/error-codes-i18n/locales/flutter-1/es';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider, useErrorCodes } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

/** Every text the DOM ever held while `run` went on, to catch a flash of the wrong locale. */
async function recordTexts(run: () => Promise<void>): Promise<string> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  await run();
  observer.disconnect();
  return seen.join('\n');
}

function Locale() {
  const { messages, platform } = useErrorCodes();
  return <output>{`${messages.locale} ${platform.platform.id}`}</output>;
}

describe('ErrorCodesProvider', () => {
  it('renders synchronously with preloaded messages, without loading anything', () => {
    render(
      <ErrorCodesProvider platform={flutter1} locale="es" messages={es}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      es.meanings[flutter1.getError(4001).meaning].userTitle,
    );
    expect(flutter1Texts.state('es').status).toBe('idle');
  });

  it('suspends while a lazy locale loads, then shows it with no flash of English first', async () => {
    const texts = await recordTexts(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale="fr-CA">
            <ErrorMessage error={{ code: 4001, message: 'Invalid API key' }} />
          </ErrorCodesProvider>
        </Suspense>,
      );
      expect(screen.getByText('loading')).toBeTruthy();
      await screen.findByRole('alert');
    });
    const { messages: fr } = await import('@org/error-codes-i18n/locales/flutter-1/fr');
    expect(screen.getByRole('alert').textContent).toContain(
      fr.meanings[flutter1.getError(4001).meaning].userTitle,
    );
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('fr');
    expect(texts).not.toContain(en.meanings[flutter1.getError(4001).meaning].userTitle);
    expect(texts).not.toContain(en.meanings[flutter1.getError(4001).meaning].userMessage);
  });

  it('suspends again when the locale changes to one not loaded yet', async () => {
    const tree = (locale: string) => (
      <Suspense fallback={<p>loading</p>}>
        <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale={locale}>
          <Locale />
        </ErrorCodesProvider>
      </Suspense>
    );
    const { rerender } = render(tree('en'));
    expect((await screen.findByRole('status')).textContent).toBe('en flutter-1');
    await act(async () => rerender(tree('ar-EG')));
    expect((await screen.findByText('ar flutter-1')).tagName).toBe('OUTPUT');
  });

  it('negotiates lists and junk like @org/error-codes-i18n', async () => {
    const cases: [unknown, string][] = [
      [['xx', 'pt-PT'], 'pt-BR flutter-1'],
      ['de-AT,de;q=0.9', 'de flutter-1'],
      ['__proto__', 'en flutter-1'],
      ['x'.repeat(100_000), 'en flutter-1'],
      [42, 'en flutter-1'],
    ];
    for (const [locale, shown] of cases) {
      const { unmount } = render(
        <Suspense fallback={null}>
          <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale={locale as string}>
            <Locale />
          </ErrorCodesProvider>
        </Suspense>,
      );
      expect((await screen.findByRole('status')).textContent).toBe(shown);
      unmount();
    }
  });

  it('ignores junk messages and loads the locale instead', async () => {
    render(
      <Suspense fallback={null}>
        <ErrorCodesProvider
          platform={flutter1}
          texts={flutter1Texts}
          locale="es"
          messages={{ nope: true } as never}
        >
          <Locale />
        </ErrorCodesProvider>
      </Suspense>,
    );
    expect((await screen.findByRole('status')).textContent).toBe('es flutter-1');
  });

  it('refuses to pick a platform: outside a provider, or with junk as platform, it says so', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ErrorMessage error={4002} />)).toThrow(/ErrorCodesProvider platform/);
      const getterThrows = {
        get platform() {
          throw new Error('getter');
        },
        normalizeError: flutter1.normalizeError,
      };
      const junk: unknown[] = [
        undefined,
        null,
        'flutter-1',
        // The 1.2.x line's id before it became `flutter-1`: no line now.
        { platform: { id: 'flutter' }, normalizeError: flutter1.normalizeError },
        // Android is a line without a table.
        { platform: { id: 'android' }, normalizeError: flutter1.normalizeError },
        { platform: { id: '__proto__' }, normalizeError: flutter1.normalizeError },
        { platform: { id: 'x'.repeat(1_000_000) }, normalizeError: flutter1.normalizeError },
        // A line's record without its lookups.
        { platform: { id: 'ios' } },
        getterThrows,
      ];
      for (const platform of junk) {
        expect(() =>
          render(
            <ErrorCodesProvider platform={platform as never} messages={en}>
              <ErrorMessage error={4002} />
            </ErrorCodesProvider>,
          ),
        ).toThrow(/`platform` must be the module of a line of @org\/error-codes/);
      }
    } finally {
      console.error = spy;
    }
  });

  it('shows the platform’s meaning of a number: web 3017 is not Flutter 3017', async () => {
    const { messages: webEn } = await import('@org/error-codes-i18n/locales/web/en');
    render(
      <>
        <ErrorCodesProvider platform={web} messages={webEn}>
          <ErrorMessage error={{ code: 3017 }} id="web" />
        </ErrorCodesProvider>
        <ErrorCodesProvider platform={flutter1} messages={en}>
          <ErrorMessage error={{ code: 3017 }} id="flutter-1" />
        </ErrorCodesProvider>
      </>,
    );
    expect(document.getElementById('web')?.textContent).toContain(
      webEn.meanings['camera-access-denied-or-dismissed'].userTitle,
    );
    expect(document.getElementById('flutter-1')?.textContent).toContain(
      en.meanings['video-track-creation-failed'].userTitle,
    );
  });

  it('ignores preloaded messages of another platform and loads its own', async () => {
    const { messages: webEs } = await import('@org/error-codes-i18n/locales/web/es');
    render(
      <Suspense fallback={null}>
        <ErrorCodesProvider
          platform={flutter1}
          texts={flutter1Texts}
          locale="es"
          messages={webEs as never}
        >
          <ErrorMessage error={3017} />
        </ErrorCodesProvider>
      </Suspense>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      es.meanings['video-track-creation-failed'].userTitle,
    );
  });

  it('passes app-wide values into every message', () => {
    const withContact = Object.entries(en.meanings).find(([, t]) =>
      t.userMessage.includes('{supportContact}'),
    );
    expect(withContact).toBeDefined();
    render(
      <ErrorCodesProvider
        platform={flutter1}
        locale="en"
        messages={en}
        values={{ supportContact: 'help@acme.example' }}
      >
        <ErrorMessage error={flutter1.catalog.find((e) => e.meaning === withContact?.[0])?.code} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('help@acme.example');
    expect(screen.getByRole('alert').textContent).not.toContain('{supportContact}');
  });
});
