import { getLoadedMessages } from '@org/error-codes-i18n';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { messages as es } from '@org/error-codes-i18n/locales/es';
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
  const { locale, dir } = useErrorCodes();
  return <output>{`${locale} ${dir}`}</output>;
}

describe('ErrorCodesProvider', () => {
  it('renders synchronously with preloaded messages, without loading anything', () => {
    render(
      <ErrorCodesProvider locale="es" messages={es}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(es.codes[4001].title);
    expect(getLoadedMessages('es')).toBeUndefined();
  });

  it('suspends while a lazy locale loads, then shows it with no flash of English first', async () => {
    const texts = await recordTexts(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <ErrorCodesProvider locale="fr-CA">
            <ErrorMessage error={{ code: 4001, message: 'Invalid API key' }} />
          </ErrorCodesProvider>
        </Suspense>,
      );
      expect(screen.getByText('loading')).toBeTruthy();
      await screen.findByRole('alert');
    });
    const { messages: fr } = await import('@org/error-codes-i18n/locales/fr');
    expect(screen.getByRole('alert').textContent).toContain(fr.codes[4001].title);
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('fr');
    expect(texts).not.toContain(en.codes[4001].title);
    expect(texts).not.toContain(en.codes[4001].userMessage);
  });

  it('suspends again when the locale changes to one not loaded yet', async () => {
    const tree = (locale: string) => (
      <Suspense fallback={<p>loading</p>}>
        <ErrorCodesProvider locale={locale}>
          <Locale />
        </ErrorCodesProvider>
      </Suspense>
    );
    const { rerender } = render(tree('en'));
    expect((await screen.findByRole('status')).textContent).toBe('en ltr');
    await act(async () => rerender(tree('ar-EG')));
    expect((await screen.findByText('ar rtl')).tagName).toBe('OUTPUT');
  });

  it('negotiates lists and junk like @org/error-codes-i18n', async () => {
    const cases: [unknown, string][] = [
      [['xx', 'pt-PT'], 'pt-BR ltr'],
      ['de-AT,de;q=0.9', 'de ltr'],
      ['__proto__', 'en ltr'],
      ['x'.repeat(100_000), 'en ltr'],
      [42, 'en ltr'],
    ];
    for (const [locale, shown] of cases) {
      const { unmount } = render(
        <Suspense fallback={null}>
          <ErrorCodesProvider locale={locale as string}>
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
        <ErrorCodesProvider locale="es" messages={{ nope: true } as never}>
          <Locale />
        </ErrorCodesProvider>
      </Suspense>,
    );
    expect((await screen.findByRole('status')).textContent).toBe('es ltr');
  });

  it('works without a provider: English, loaded on first use', async () => {
    render(
      <Suspense fallback={null}>
        <ErrorMessage error={4002} />
      </Suspense>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(en.codes[4002].title);
  });

  it('passes app-wide values into every message', () => {
    const withContact = Object.entries(en.codes).find(([, t]) =>
      t.userMessage.includes('{supportContact}'),
    );
    expect(withContact).toBeDefined();
    render(
      <ErrorCodesProvider
        locale="en"
        messages={en}
        values={{ supportContact: 'help@acme.example' }}
      >
        <ErrorMessage error={Number(withContact?.[0])} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('help@acme.example');
    expect(screen.getByRole('alert').textContent).not.toContain('{supportContact}');
  });
});
