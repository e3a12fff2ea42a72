import type { PlatformId } from '@org/error-codes';
import {
  getLoadedMessages,
  loadMessages,
  type PlatformMessages,
  resolveLocale,
} from '@org/error-codes-i18n';

// One promise per platform and locale: Suspense (React 18 and 19) retries the render
// when the thrown promise settles, and must get the same promise back while pending.
const pending = new Map<string, Promise<void>>();
const failed = new Map<string, unknown>();

/**
 * A platform's messages in a locale for a synchronous render: from the i18n cache
 * when loaded, else suspends while `loadMessages` fetches them. A failed load is
 * thrown to the nearest error boundary once, instead of retrying in a loop; a later
 * render retries.
 */
export function readMessages(platform: PlatformId, requested: unknown): PlatformMessages {
  const loaded = getLoadedMessages(platform, requested);
  if (loaded) return loaded;
  const key = `${platform}/${resolveLocale(requested)}`;
  if (failed.has(key)) {
    // Thrown once to the error boundary, then forgotten: when the boundary resets
    // (the user retries after a lost connection), the next render loads again.
    const error = failed.get(key);
    failed.delete(key);
    pending.delete(key);
    throw error;
  }
  let promise = pending.get(key);
  if (!promise) {
    promise = loadMessages(platform, requested).then(
      () => undefined,
      (error: unknown) => {
        failed.set(key, error);
      },
    );
    pending.set(key, promise);
  }
  throw promise;
}
