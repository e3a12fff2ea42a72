import * as flutter1 from '@org/error-codes/flutter-1';

import type { PlatformMessages } from '@org/error-codes-i18n';
import { messages as ar } from '@org/error-codes-i18n/locales/flutter-1/ar';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

const codeOf = (severity: 'fatal' | 'error' | 'warning') =>
  flutter1.catalog.find((e) => e.severity === severity)?.code ?? 0;

const XSS = '<img src=x onerror=alert(1)>';
const invalidKey = en.meanings['invalid-api-key'];
const hostile: PlatformMessages = {
  ...en,
  meanings: {
    ...en.meanings,
    'invalid-api-key': {
      ...invalidKey,
      title: XSS,
      userTitle: XSS,
      description: XSS,
      userMessage: `${XSS} {supportContact}`,
    },
  },
};

describe('<ErrorMessage>', () => {
  it.each([
    ['fatal', 'alert'],
    ['error', 'alert'],
    ['warning', 'status'],
  ] as const)('a %s is announced with role=%s', (severity, role) => {
    render(
      <ErrorCodesProvider platform={flutter1} messages={en}>
        <ErrorMessage error={{ code: codeOf(severity) }} />
      </ErrorCodesProvider>,
    );
    const el = screen.getByRole(role);
    expect(el.dataset.severity).toBe(severity);
    expect(el.getAttribute('lang')).toBe('en');
    expect(el.getAttribute('dir')).toBe('ltr');
  });

  it('shows only end-user text by default: the user title and the user message', () => {
    render(
      <ErrorCodesProvider platform={flutter1} messages={en}>
        <ErrorMessage error={4010} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').querySelector('strong')?.textContent).toBe(
      en.meanings[flutter1.getError(4010).meaning].userTitle,
    );
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(
      en.meanings[flutter1.getError(4010).meaning].userMessage,
    );
    expect(screen.getByRole('alert').textContent).not.toContain(
      en.meanings[flutter1.getError(4010).meaning].description,
    );
    expect(screen.getByRole('alert').querySelector('ol')).toBeNull();
  });

  it('lists the end user’s own steps on request, and only those', () => {
    const texts = en.meanings['camera-in-use'];
    render(
      <ErrorCodesProvider platform={flutter1} messages={en}>
        <ErrorMessage error={3003} showUserSteps />
      </ErrorCodesProvider>,
    );
    const fixes = texts.variants?.app?.fixes ?? texts.fixes;
    const items = [...screen.getByRole('alert').querySelectorAll('ol > li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual(fixes.filter((s) => s.by === 'user').map((s) => s.text));
    expect(items.length).toBeGreaterThan(0);
  });

  it('sets lang and dir of its locale (Arabic is right-to-left)', () => {
    render(
      <ErrorCodesProvider platform={flutter1} messages={ar}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('alert').getAttribute('dir')).toBe('rtl');
  });

  it('takes className, style and other attributes, but keeps its role, lang and dir', () => {
    render(
      <ErrorCodesProvider platform={flutter1} messages={ar}>
        <ErrorMessage
          error={4001}
          className="toast"
          style={{ color: 'red' }}
          id="e1"
          {...({ role: 'presentation', lang: 'xx', dir: 'ltr' } as object)}
        />
      </ErrorCodesProvider>,
    );
    const el = screen.getByRole('alert');
    expect(el.className).toBe('toast');
    expect(el.style.color).toBe('red');
    expect(el.id).toBe('e1');
    expect(el.getAttribute('lang')).toBe('ar');
    expect(el.getAttribute('dir')).toBe('rtl');
  });

  it('renders a render prop inside the accessible wrapper', () => {
    render(
      <ErrorCodesProvider platform={flutter1} messages={en}>
        <ErrorMessage error={4018}>
          {(m) => (
            <>
              <h2>{m.title}</h2>
              {m.retryable && <button type="button">Retry</button>}
            </>
          )}
        </ErrorMessage>
      </ErrorCodesProvider>,
    );
    const el = screen.getByRole('alert');
    expect(el.querySelector('h2')?.textContent).toBe(
      en.meanings[flutter1.getError(4018).meaning].title,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('renders a translation holding HTML as text, never as markup', () => {
    const { container } = render(
      <ErrorCodesProvider
        platform={flutter1}
        messages={hostile}
        values={{ supportContact: '<script>alert(2)</script>' }}
      >
        <ErrorMessage error={4001} />
        <ErrorMessage error={4001}>{(m) => <span>{m.description}</span>}</ErrorMessage>
      </ErrorCodesProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const [first] = screen.getAllByRole('alert');
    expect(first?.querySelector('strong')?.textContent).toBe(XSS);
    expect(first?.querySelector('p')?.textContent).toBe(`${XSS} <script>alert(2)</script>`);
  });

  it('has no axe violations for every severity, a render prop, an unknown code and Arabic', async () => {
    const { container } = render(
      <main>
        <h1>Meeting</h1>
        <ErrorCodesProvider platform={flutter1} messages={en}>
          <ErrorMessage error={codeOf('fatal')} />
          <ErrorMessage error={codeOf('error')} className="x" />
          <ErrorMessage error={codeOf('warning')} />
          <ErrorMessage error={{ code: 4999 }} />
          <ErrorMessage error={4018}>
            {(m) => (
              <>
                <strong>{m.title}</strong>
                <p>{m.userMessage}</p>
                <button type="button">Try again</button>
              </>
            )}
          </ErrorMessage>
        </ErrorCodesProvider>
        <ErrorCodesProvider platform={flutter1} messages={ar}>
          <ErrorMessage error={4001} />
        </ErrorCodesProvider>
      </main>,
    );
    expect(container.querySelectorAll('[role]').length).toBe(6);
    const results = await axe.run(container);
    expect(results.passes.map((r) => r.id)).toContain('aria-allowed-role');
    expect(results.violations).toEqual([]);
  });
});
