import type { meanings } from './crossPlatform.generated.js';
import type { PlatformId } from './types.js';

/** Every meaning id of every platform: texts, docs and logs are keyed by it. */
export type MeaningId = keyof typeof meanings;

/** The meaning ids a platform's table has. */
export type MeaningIdOf<P extends PlatformId> = {
  [M in MeaningId]: (typeof meanings)[M] extends Readonly<Record<P, number>> ? M : never;
}[MeaningId];
