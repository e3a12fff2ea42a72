import * as flutter1 from '@org/error-codes/flutter-1';
import { localizeEntry } from '@org/error-codes-i18n';
import { messages as de } from '@org/error-codes-i18n/locales/flutter-1/de';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useErrorMessage } from './useErrorMessage.js';

const inLocale =
  (messages: typeof en) =>
  ({ children }: { children: ReactNode }) => (
    <ErrorCodesProvider platform={flutter1} messages={messages}>
      {children}
    </ErrorCodesProvider>
  );

const hlsStopped = { code: 5003, message: 'HLS stopped due to an unknown error.' };

describe('audience', () => {
  it('useErrorMessage gives a viewer of 5003 no "start it again", the host the meaning’s own words', () => {
    const host = renderHook(() => useErrorMessage(hlsStopped), { wrapper: inLocale(en) });
    const viewer = renderHook(() => useErrorMessage(hlsStopped, { audience: 'viewer' }), {
      wrapper: inLocale(en),
    });
    expect(host.result.current.userMessage).toMatch(/You can start it again/);
    expect(host.result.current.audience).toBe('host');
    expect(viewer.result.current.userMessage).toBe(
      'The broadcast stopped unexpectedly. The host can start it again. No action is needed.',
    );
    expect(viewer.result.current.audience).toBe('viewer');
    expect(viewer.result.current.userMessage).toBe(
      localizeEntry(flutter1.normalizeError(5003), en, { audience: 'viewer' }).userMessage,
    );
  });

  it('<ErrorMessage audience="participant"> renders the participant’s words and steps, in German too', () => {
    const wrapper = inLocale(de);
    const { container } = render(
      <ErrorMessage error={5013} audience="participant" showUserSteps />,
      { wrapper },
    );
    expect(container.textContent).toContain('Der Organisator kann sie erneut starten.');
    expect(container.textContent).toContain(
      'Bitten Sie den Organisator, die Aufzeichnung erneut zu starten.',
    );
    expect(container.textContent).not.toContain('Sie können sie erneut starten.');
    const host = render(<ErrorMessage error={5013} showUserSteps />, { wrapper });
    expect(host.container.textContent).toContain('Sie können sie erneut starten.');
  });
});
