import { catalog } from '@org/error-codes';
import type { LocaleMessages } from '@org/error-codes-i18n';
import { messages as ar } from '@org/error-codes-i18n/locales/ar';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

const codeOf = (severity: 'fatal' | 'error' | 'warning') =>
  catalog.find((e) => e.severity === severity)?.code ?? 0;

const XSS = '<img src=x onerror=alert(1)>';
const hostile: LocaleMessages = {
  ...en,
  codes: {
    ...en.codes,
    4001: { title: XSS, description: XSS, userMessage: `${XSS} {supportContact}` },
  },
};

describe('<ErrorMessage>', () => {
  it.each([
    ['fatal', 'alert'],
    ['error', 'alert'],
    ['warning', 'status'],
  ] as const)('a %s is announced with role=%s', (severity, role) => {
    render(
      <ErrorCodesProvider messages={en}>
        <ErrorMessage error={{ code: codeOf(severity) }} />
      </ErrorCodesProvider>,
    );
    const el = screen.getByRole(role);
    expect(el.dataset.severity).toBe(severity);
    expect(el.getAttribute('lang')).toBe('en');
    expect(el.getAttribute('dir')).toBe('ltr');
  });

  it('shows the title and the user message by default', () => {
    render(
      <ErrorCodesProvider messages={en}>
        <ErrorMessage error={4010} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').querySelector('strong')?.textContent).toBe(
      en.codes[4010].title,
    );
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(
      en.codes[4010].userMessage,
    );
  });

  it('sets lang and dir of its locale (Arabic is right-to-left)', () => {
    render(
      <ErrorCodesProvider messages={ar}>
        <ErrorMessage error={4001} />
      </ErrorCodesProvider>,
    );
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('alert').getAttribute('dir')).toBe('rtl');
  });

  it('takes className, style and other attributes, but keeps its role, lang and dir', () => {
    render(
      <ErrorCodesProvider messages={ar}>
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
      <ErrorCodesProvider messages={en}>
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
    expect(el.querySelector('h2')?.textContent).toBe(en.codes[4018].title);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('renders a translation holding HTML as text, never as markup', () => {
    const { container } = render(
      <ErrorCodesProvider
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
        <ErrorCodesProvider messages={en}>
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
        <ErrorCodesProvider messages={ar}>
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
