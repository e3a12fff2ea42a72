import * as flutter1 from '@org/error-codes/flutter-1';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { messages as ar } from '@org/error-codes-i18n/locales/flutter-1/ar';
import { messages as fr } from '@org/error-codes-i18n/locales/flutter-1/fr';
import { act, screen } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Server-renders `server`, hydrates it with `client`, and reports every complaint React made. */
async function hydrate(server: ReactNode, client: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(server);
  document.body.append(container);
  const serverHtml = container.innerHTML;
  const consoleError = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, client, { onRecoverableError: (e) => recoverable.push(e) });
  });
  return { container, serverHtml, consoleError, recoverable };
}

const tree = (children: ReactNode) => (
  <main>
    <Suspense fallback={<p>loading</p>}>{children}</Suspense>
  </main>
);

describe('hydration', () => {
  it('hydrates preloaded messages without a mismatch', async () => {
    const app = tree(
      <ErrorCodesProvider
        platform={flutter1}
        locale="ar"
        messages={ar}
        values={{ supportContact: 'help@acme.example' }}
      >
        <ErrorMessage error={{ code: 4001 }} />
        <ErrorMessage error={3001} className="w" />
      </ErrorCodesProvider>,
    );
    const { container, serverHtml, consoleError, recoverable } = await hydrate(app, app);
    expect(consoleError).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    expect(container.innerHTML).toBe(serverHtml);
    expect(screen.getByRole('alert').getAttribute('dir')).toBe('rtl');
  });

  it('keeps the server HTML while the client loads the locale, then hydrates without a mismatch', async () => {
    // The server had French preloaded; the client loads it lazily during hydration.
    const server = tree(
      <ErrorCodesProvider platform={flutter1} locale="fr" messages={fr}>
        <ErrorMessage error={4011} />
      </ErrorCodesProvider>,
    );
    const client = tree(
      <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale="fr">
        <ErrorMessage error={4011} />
      </ErrorCodesProvider>,
    );
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    const { container, serverHtml, consoleError, recoverable } = await hydrate(server, client);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await act(() => new Promise((r) => setTimeout(r, 100)));
    observer.disconnect();
    expect(consoleError).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    expect(container.innerHTML).toBe(serverHtml);
    expect(seen.join('')).not.toContain('loading');
    // Hydrated: React now owns the node and would re-render it.
    const alert = screen.getByRole('alert');
    expect(Object.keys(alert).some((k) => k.startsWith('__reactFiber'))).toBe(true);
    expect(alert.textContent).toContain(fr.meanings[flutter1.getError(4011).meaning].userTitle);
  });
});
