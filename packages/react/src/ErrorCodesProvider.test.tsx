import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { flutterTexts } from '@org/error-codes-i18n/flutter';
import { messages as en } from '@org/error-codes-i18n/locales/flutter/en';
import { messages as es } from '@org/error-codes-i18n/locales/flutter/es';
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
      <ErrorCodesProvider platform={flutter} locale="es" messages={es}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      es.meanings[flutter.getError(4001).meaning].userTitle,
    );
    expect(flutterTexts.state('es').status).toBe('idle');
  });

  it('suspends while a lazy locale loads, then shows it with no flash of English first', async () => {
    const texts = await recordTexts(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <ErrorCodesProvider platform={flutter} texts={flutterTexts} locale="fr-CA">
            <ErrorMessage error={{ code: 4001, message: 'Invalid API key' }} />
          </ErrorCodesProvider>
        </Suspense>,
      );
      expect(screen.getByText('loading')).toBeTruthy();
      await screen.findByRole('alert');
    });
    const { messages: fr } = await import('@org/error-codes-i18n/locales/flutter/fr');
    expect(screen.getByRole('alert').textContent).toContain(
      fr.meanings[flutter.getError(4001).meaning].userTitle,
    );
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('fr');
    expect(texts).not.toContain(en.meanings[flutter.getError(4001).meaning].userTitle);
    expect(texts).not.toContain(en.meanings[flutter.getError(4001).meaning].userMessage);
  });

  it('suspends again when the locale changes to one not loaded yet', async () => {
    const tree = (locale: string) => (
      <Suspense fallback={<p>loading</p>}>
        <ErrorCodesProvider platform={flutter} texts={flutterTexts} locale={locale}>
          <Locale />
        </ErrorCodesProvider>
      </Suspense>
    );
    const { rerender } = render(tree('en'));
    expect((await screen.findByRole('status')).textContent).toBe('en flutter');
    await act(async () => rerender(tree('ar-EG')));
    expect((await screen.findByText('ar flutter')).tagName).toBe('OUTPUT');
  });

  it('negotiates lists and junk like @org/error-codes-i18n', async () => {
    const cases: [unknown, string][] = [
      [['xx', 'pt-PT'], 'pt-BR flutter'],
      ['de-AT,de;q=0.9', 'de flutter'],
      ['__proto__', 'en flutter'],
      ['x'.repeat(100_000), 'en flutter'],
      [42, 'en flutter'],
    ];
    for (const [locale, shown] of cases) {
      const { unmount } = render(
        <Suspense fallback={null}>
          <ErrorCodesProvider platform={flutter} texts={flutterTexts} locale={locale as string}>
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
          platform={flutter}
          texts={flutterTexts}
          locale="es"
          messages={{ nope: true } as never}
        >
          <Locale />
        </ErrorCodesProvider>
      </Suspense>,
    );
    expect((await screen.findByRole('status')).textContent).toBe('es flutter');
  });

  it('refuses to pick a platform: outside a provider, or with junk as platform, it says so', () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() => render(<ErrorMessage error={4002} />)).toThrow(/ErrorCodesProvider platform/);
      expect(() =>
        render(
          <ErrorCodesProvider platform={{ platform: { id: 'ios' } } as never} messages={en}>
            <ErrorMessage error={4002} />
          </ErrorCodesProvider>,
        ),
      ).toThrow(/@org\/error-codes\/web or @org\/error-codes\/flutter/);
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
        <ErrorCodesProvider platform={flutter} messages={en}>
          <ErrorMessage error={{ code: 3017 }} id="flutter" />
        </ErrorCodesProvider>
      </>,
    );
    expect(document.getElementById('web')?.textContent).toContain(
      webEn.meanings['camera-access-denied-or-dismissed'].userTitle,
    );
    expect(document.getElementById('flutter')?.textContent).toContain(
      en.meanings['video-track-creation-failed'].userTitle,
    );
  });

  it('ignores preloaded messages of another platform and loads its own', async () => {
    const { messages: webEs } = await import('@org/error-codes-i18n/locales/web/es');
    render(
      <Suspense fallback={null}>
        <ErrorCodesProvider
          platform={flutter}
          texts={flutterTexts}
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
        platform={flutter}
        locale="en"
        messages={en}
        values={{ supportContact: 'help@acme.example' }}
      >
        <ErrorMessage error={flutter.catalog.find((e) => e.meaning === withContact?.[0])?.code} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('help@acme.example');
    expect(screen.getByRole('alert').textContent).not.toContain('{supportContact}');
  });
});
