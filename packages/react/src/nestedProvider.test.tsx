import * as web from '@org/error-codes/web';
import { messages as webDe } from '@org/error-codes-i18n/locales/web/de';
import { messages as webEn } from '@org/error-codes-i18n/locales/web/en';
import { render, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider, useErrorCodes } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

describe('a nested provider', () => {
  const contactOf = (messages: typeof webEn) =>
    Object.entries(messages.meanings).find(([, t]) => t.userMessage.includes('{supportContact}'));

  it('inherits the outer values (the app’s supportContact) and overrides only what it sets', async () => {
    const withContact = contactOf(webEn);
    const code = web.catalog.find((e) => e.meaning === withContact?.[0])?.code;
    expect(code).toBeDefined();
    render(
      <ErrorCodesProvider
        platform={web}
        messages={webEn}
        values={{ supportContact: 'help@acme.example', team: 'Acme' }}
      >
        <ErrorMessage error={code} id="outer" />
        <ErrorCodesProvider platform={web} messages={webDe}>
          <ErrorMessage error={code} id="inner" />
          <ErrorCodesProvider
            platform={web}
            messages={webDe}
            values={{ supportContact: 'de@acme.example' }}
          >
            <ErrorMessage error={code} id="innermost" />
          </ErrorCodesProvider>
        </ErrorCodesProvider>
      </ErrorCodesProvider>,
    );
    const text = (id: string) => document.getElementById(id)?.textContent ?? '';
    expect(text('outer')).toContain('help@acme.example');
    expect(text('inner')).toContain('help@acme.example');
    expect(text('inner')).not.toContain('support@videosdk.live');
    expect(document.getElementById('inner')?.getAttribute('lang')).toBe('de');
    expect(text('innermost')).toContain('de@acme.example');
    expect(text('innermost')).not.toContain('help@acme.example');
  });

  it('gives useErrorCodes the merged values', () => {
    const { result } = renderHook(() => useErrorCodes(), {
      wrapper: ({ children }) => (
        <ErrorCodesProvider platform={web} messages={webEn} values={{ a: 1, b: 2 }}>
          <ErrorCodesProvider platform={web} messages={webDe} values={{ b: 3 }}>
            {children}
          </ErrorCodesProvider>
        </ErrorCodesProvider>
      ),
    });
    expect(result.current.values).toEqual({ a: 1, b: 3 });
    expect(result.current.messages.locale).toBe('de');
  });
});
