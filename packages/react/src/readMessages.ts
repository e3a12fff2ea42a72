import {
  getLoadedMessages,
  type LocaleMessages,
  loadMessages,
  resolveLocale,
} from '@org/error-codes-i18n';

// One promise per locale: Suspense (React 18 and 19) retries the render when the
// thrown promise settles, and must get the same promise back while it is pending.
const pending = new Map<string, Promise<void>>();
const failed = new Map<string, unknown>();

/**
 * A locale's messages for a synchronous render: from the i18n cache when loaded,
 * else suspends while `loadMessages` fetches them. A failed load is thrown to the
 * nearest error boundary once, instead of retrying in a loop; a later render retries.
 */
export function readMessages(requested: unknown): LocaleMessages {
  const loaded = getLoadedMessages(requested);
  if (loaded) return loaded;
  const locale = resolveLocale(requested);
  if (failed.has(locale)) {
    // Thrown once to the error boundary, then forgotten: when the boundary resets
    // (the user retries after a lost connection), the next render loads again.
    const error = failed.get(locale);
    failed.delete(locale);
    pending.delete(locale);
    throw error;
  }
  let promise = pending.get(locale);
  if (!promise) {
    promise = loadMessages(locale).then(
      () => undefined,
      (error: unknown) => {
        failed.set(locale, error);
      },
    );
    pending.set(locale, promise);
  }
  throw promise;
}
