import type { PlatformId } from '@org/error-codes';
import type { MessageSource, PlatformMessages } from '@org/error-codes-i18n';

/**
 * A platform's messages in a locale for a synchronous render. Loaded: returned.
 * Loading: suspends on the source's one promise for that locale (Suspense on React
 * 18 and 19 retries the render when it settles). Failed (after the source's retries):
 * throws the kept `MessagesLoadError` to the nearest error boundary, on every render
 * until `texts.clearFailures()`, so a render React retries (React 18 retries an
 * erroring render before it gives up) never starts a new request.
 */
export function readMessages<P extends PlatformId>(
  texts: MessageSource<P>,
  requested: unknown,
): PlatformMessages<P> {
  const state = texts.state(requested);
  if (state.status === 'loaded') return state.messages;
  if (state.status === 'failed') throw state.error;
  throw state.status === 'loading' ? state.promise : texts.load(requested);
}
