import type { Audience } from '@org/error-codes-i18n';
import type { HTMLAttributes, ReactNode } from 'react';
import { type LocalizedError, useLocalizedError } from './useErrorMessage.js';

export interface ErrorMessageProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role' | 'lang' | 'dir'> {
  /** An SDK error event, a code, a wire name: anything `useErrorMessage` takes. `null` or `undefined` renders nothing. */
  readonly error: unknown;
  /** Also list the steps the end user can take (the fixes whose `by` is `user`). */
  readonly showUserSteps?: boolean;
  /** Who reads it: `host` (the default), `participant` or `viewer` (see `useErrorMessage`). */
  readonly audience?: Audience | undefined;
  /**
   * Render prop for the inside of the message (the wrapper keeps its role, lang
   * and dir). Default: the end-user title in `<strong>`, then the end-user message
   * in `<p>`: never developer text.
   */
  readonly children?: (message: LocalizedError) => ReactNode;
}

/**
 * An unstyled, accessible error message for end users: `role="alert"` for fatal
 * errors and errors (read out at once), `role="status"` for warnings (read out
 * politely), `lang` and `dir` of its locale, and `data-severity` to style by. Style
 * it with `className`/`style`; texts are rendered as text, never as HTML. With no
 * error (`null` or `undefined`) it renders nothing.
 */
export function ErrorMessage({
  error,
  showUserSteps,
  audience,
  children,
  ...rest
}: ErrorMessageProps) {
  const message = useLocalizedError(error, '<ErrorMessage>', audience);
  // No error yet (`useMeeting({ onError: setError })` before any error): nothing to
  // announce, so no empty alert either.
  if (error === null || error === undefined) return null;
  const steps = showUserSteps ? message.fixes.filter((s) => s.by === 'user') : [];
  return (
    <div
      {...rest}
      role={message.severity === 'warning' ? 'status' : 'alert'}
      lang={message.locale}
      dir={message.dir}
      data-severity={message.severity}
    >
      {children ? (
        children(message)
      ) : (
        <>
          <strong>{message.userTitle}</strong>
          <p>{message.userMessage}</p>
          {steps.length > 0 && (
            <ol>
              {steps.map((s) => (
                <li key={s.text}>{s.text}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
