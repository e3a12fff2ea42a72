import type { LineSurface, PlatformId } from '@org/error-codes';
import { surfaces } from './surfaces.generated.js';
import type { FixStep, MeaningTexts } from './types.js';

// The lines and their surfaces come from a table generated from the core's
// registry: the core's root keeps its whole registry (SDKs, notes) in any bundle
// that imports a value from it, which an app loading its texts does not need.

/** True for a line whose table the catalog holds (`web`, `ios`, …), as the core's `isPlatformId`. */
export function isLine(value: unknown): value is PlatformId {
  return typeof value === 'string' && Object.hasOwn(surfaces, value);
}

/** Every line, in registry order. */
export const lineIdList = Object.keys(surfaces) as readonly PlatformId[];

/** Where a line's apps run (`browser` or `app`), as the core's line registry says; `browser` for anything else. */
export function surfaceOf(platform: PlatformId): LineSurface {
  return isLine(platform) ? surfaces[platform] : 'browser';
}

/** The end-user words of a meaning on one surface. */
export interface EndUserTexts {
  readonly userTitle: string;
  readonly userMessage: string;
  readonly fixes: readonly FixStep[];
}

/**
 * The one place variants are resolved (localizeEntry, the adapters and the
 * generated slices all call it): each end-user field comes from the surface's
 * variant where it gives one, else from the meaning's own words. Reads own
 * properties only and never throws, so junk texts yield `undefined` fields for
 * the caller to check.
 */
export function endUserTexts(
  texts: MeaningTexts | Omit<MeaningTexts, 'variants'>,
  surface: LineSurface,
): EndUserTexts;
export function endUserTexts(
  texts: unknown,
  surface: LineSurface,
): Partial<Record<keyof EndUserTexts, unknown>>;
export function endUserTexts(texts: unknown, surface: LineSurface) {
  const variants = own(texts, 'variants');
  const variant = typeof surface === 'string' ? own(variants, surface) : undefined;
  const pick = (field: keyof EndUserTexts) => {
    const v = own(variant, field);
    const ok = field === 'fixes' ? Array.isArray(v) : typeof v === 'string' && v !== '';
    return ok ? v : own(texts, field);
  };
  return { userTitle: pick('userTitle'), userMessage: pick('userMessage'), fixes: pick('fixes') };
}

function own(record: unknown, key: string): unknown {
  try {
    return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
      ? (record as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}
