import type { PlatformId } from '@org/error-codes';
import { loaders } from './loaders.generated.js';
import { resolveLocale } from './resolveLocale.js';
import type { Locale, PlatformMessages } from './types.js';

const cache = new Map<string, PlatformMessages>();
const isPlatform = (p: unknown): p is PlatformId => p === 'web' || p === 'flutter';

/**
 * Loads one platform's messages in one locale on demand: a web app in German
 * downloads the web texts in German and nothing else. The locale is negotiated
 * first (`'de-AT'` loads `de`; junk loads `en`), so it never rejects for a bad
 * tag; an unknown platform rejects with a TypeError naming the known ones.
 */
export async function loadMessages<P extends PlatformId>(
  platform: P,
  requested: unknown,
): Promise<PlatformMessages<P>> {
  if (!isPlatform(platform)) {
    throw new TypeError(
      `Unknown platform ${String(platform).slice(0, 40)}: use 'web' or 'flutter'`,
    );
  }
  const locale: Locale = resolveLocale(requested);
  const key = `${platform}/${locale}`;
  const cached = cache.get(key);
  if (cached) return cached as unknown as PlatformMessages<P>;
  const load = loaders[platform][locale] as unknown as () => Promise<{
    messages: PlatformMessages;
  }>;
  const { messages } = await load();
  cache.set(key, messages);
  return messages as unknown as PlatformMessages<P>;
}

/** A platform's messages already loaded by `loadMessages`, for synchronous renders. */
export function getLoadedMessages<P extends PlatformId>(
  platform: P,
  requested: unknown,
): PlatformMessages<P> | undefined {
  if (!isPlatform(platform)) return undefined;
  return cache.get(`${platform}/${resolveLocale(requested)}`) as unknown as
    | PlatformMessages<P>
    | undefined;
}
