import type { ErrorCode } from '@org/error-codes';
import type { LocaleMessages } from '@org/error-codes-i18n';
import { ErrorCodesProvider, useErrorMessage } from '@org/error-codes-react';
import type { SiteLocale } from '../site.js';

export interface ErrorPreviewProps {
  readonly code: ErrorCode;
  readonly locale: SiteLocale;
  readonly messages: LocaleMessages;
}

/**
 * What the end user sees for a code: the markup and texts of `<ErrorMessage>`
 * (same `lang`, `dir`, `data-severity`, title and message) without its
 * `role="alert"`/`status`. On a docs page the message is an illustration, not an
 * error happening now, so no screen reader should announce it on load.
 */
export function ErrorPreview({ code, locale, messages }: ErrorPreviewProps) {
  return (
    <ErrorCodesProvider locale={locale} messages={messages}>
      <PreviewMessage code={code} />
    </ErrorCodesProvider>
  );
}

function PreviewMessage({ code }: { readonly code: ErrorCode }) {
  const message = useErrorMessage(code);
  return (
    <div
      className="error-message"
      lang={message.lang}
      dir={message.dir}
      data-severity={message.severity}
    >
      <strong>{message.title}</strong>
      <p>{message.userMessage}</p>
    </div>
  );
}
