import {
  direction,
  type Locale,
  type LocaleMessages,
  type MessageValues,
} from '@org/error-codes-i18n';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { readMessages } from './readMessages.js';

export interface ErrorCodesProviderProps {
  /**
   * The locale to show: a BCP 47 tag (`'de-AT'` → `de`), an Accept-Language
   * header, or a list such as `navigator.languages`. Negotiated by
   * `@org/error-codes-i18n`; anything it cannot match shows English.
   */
  readonly locale?: string | readonly string[] | undefined;
  /**
   * Preloaded messages (server rendering, prerendering, a static import): the
   * tree renders synchronously with them and `locale` is not loaded. Without
   * them the provider loads `locale` on demand and suspends until it arrives.
   */
  readonly messages?: LocaleMessages | undefined;
  /** App-wide ICU arguments, such as `{ supportContact: 'help@acme.io' }`. */
  readonly values?: MessageValues | undefined;
  readonly children?: ReactNode;
}

/** What the provider gives its tree. */
export interface ErrorCodesState {
  /** The locale of the messages in use (`'es'`, `'pt-BR'`): set it as `lang`. */
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly messages: LocaleMessages;
  readonly values: MessageValues | undefined;
}

const ErrorCodesContext = createContext<ErrorCodesState | null>(null);

/**
 * Provides the messages of one locale to `useErrorMessage` and `<ErrorMessage>`.
 * Wrap it in `<Suspense>` when `messages` is not given: it suspends while the
 * locale loads, so the first text the user sees is already in their language.
 */
export function ErrorCodesProvider({
  locale,
  messages,
  values,
  children,
}: ErrorCodesProviderProps) {
  // A junk `messages` (plain JS callers) is ignored rather than crashing every lookup.
  const active = messages?.codes ? messages : readMessages(locale);
  const state = useMemo(() => toState(active, values), [active, values]);
  return <ErrorCodesContext.Provider value={state}>{children}</ErrorCodesContext.Provider>;
}

function toState(messages: LocaleMessages, values: MessageValues | undefined): ErrorCodesState {
  return { locale: messages.locale, dir: direction(messages.locale), messages, values };
}

/**
 * The provider's locale, direction, messages and values. Outside a provider it
 * behaves as `<ErrorCodesProvider locale="en">`: English, loaded on first use.
 */
export function useErrorCodes(): ErrorCodesState {
  const state = useContext(ErrorCodesContext);
  return state ?? toState(readMessages('en'), undefined);
}
