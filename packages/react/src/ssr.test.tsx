// @vitest-environment node
import { PassThrough } from 'node:stream';
import * as flutter1 from '@org/error-codes/flutter-1';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { messages as es } from '@org/error-codes-i18n/locales/flutter-1/es';
import { type ReactNode, Suspense } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useErrorQueue } from './useErrorQueue.js';

/** Streams the whole document, resolving with the HTML once every boundary is done. */
function stream(node: ReactNode, flushOn: 'onShellReady' | 'onAllReady'): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let html = '';
    sink.on('data', (chunk: Buffer) => {
      html += chunk.toString('utf8');
    });
    sink.on('end', () => resolve(html));
    const { pipe } = renderToPipeableStream(node, {
      [flushOn]: () => pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

function QueueSize() {
  const { items } = useErrorQueue();
  return <ul data-count={items.length} />;
}

describe('server rendering', () => {
  it('renderToString renders preloaded messages with role, lang and dir', () => {
    const html = renderToString(
      <ErrorCodesProvider platform={flutter1} locale="es" messages={es}>
        <ErrorMessage error={{ code: 4001, message: 'Invalid API key' }} className="e" />
      </ErrorCodesProvider>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('lang="es"');
    expect(html).toContain('dir="ltr"');
    expect(html).toContain('class="e"');
    expect(html).toContain('data-severity="fatal"');
    expect(html).toContain(escapeHtml(es.meanings[flutter1.getError(4001).meaning].userTitle));
  });

  it('escapes a translation holding HTML', () => {
    const hostile = {
      ...en,
      meanings: {
        ...en.meanings,
        'invalid-api-key': {
          ...en.meanings['invalid-api-key'],
          userTitle: '<img src=x onerror=alert(1)>',
        },
      },
    };
    const html = renderToString(
      <ErrorCodesProvider platform={flutter1} messages={hostile}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('streams a lazily loaded locale: the translation (after any fallback), never English', async () => {
    const html = await stream(
      <Suspense fallback={<p>loading</p>}>
        <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale="pt-PT">
          <ErrorMessage error={4010} />
        </ErrorCodesProvider>
      </Suspense>,
      'onShellReady',
    );
    const { messages: pt } = await import('@org/error-codes-i18n/locales/flutter-1/pt-BR');
    // Whether the fallback goes out first depends on how fast the import settles.
    expect(
      html.indexOf(escapeHtml(pt.meanings[flutter1.getError(4010).meaning].userTitle)),
    ).toBeGreaterThan(html.indexOf('loading'));
    expect(html).toContain('lang="pt-BR"');
    expect(html).not.toContain(escapeHtml(en.meanings[flutter1.getError(4010).meaning].userTitle));
  });

  it('streams content inline once the locale is loaded', async () => {
    const html = await stream(
      <Suspense fallback={<p>loading</p>}>
        <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale="pt-BR">
          <ErrorMessage error={3001} />
        </ErrorCodesProvider>
      </Suspense>,
      'onAllReady',
    );
    expect(html).toContain('role="status"');
    expect(html).not.toContain('loading');
  });

  it('renders an empty queue on the server', () => {
    expect(
      renderToString(
        <ErrorCodesProvider platform={flutter1} messages={en}>
          <QueueSize />
        </ErrorCodesProvider>,
      ),
    ).toBe('<ul data-count="0"></ul>');
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
}
