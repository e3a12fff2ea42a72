import type { HTMLAttributes, ReactNode } from 'react';
import { type ErrorMessageData, useErrorMessage } from './useErrorMessage.js';

export interface ErrorMessageProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role' | 'lang' | 'dir'> {
  /** A code, a wire name, an SDK error event, a `MeetingError`: anything `useErrorMessage` takes. */
  readonly error: unknown;
  /**
   * Render prop for the inside of the message (the wrapper keeps its role, lang
   * and dir). Default: the title in `<strong>`, then the user message in `<p>`.
   */
  readonly children?: (message: ErrorMessageData) => ReactNode;
}

/**
 * An unstyled, accessible error message: `role="alert"` for fatal errors and
 * errors (read out at once), `role="status"` for warnings (read out politely),
 * `lang` and `dir` of its locale, and `data-severity` to style by. Style it with
 * `className`/`style`; texts are rendered as text, never as HTML.
 */
export function ErrorMessage({ error, children, ...rest }: ErrorMessageProps) {
  const message = useErrorMessage(error);
  return (
    <div
      {...rest}
      role={message.severity === 'warning' ? 'status' : 'alert'}
      lang={message.lang}
      dir={message.dir}
      data-severity={message.severity}
    >
      {children ? (
        children(message)
      ) : (
        <>
          <strong>{message.title}</strong>
          <p>{message.userMessage}</p>
        </>
      )}
    </div>
  );
}
