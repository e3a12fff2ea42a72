import { type LineSurface, type PlatformId, platforms } from '@org/error-codes';
import type { FixStep, MeaningTexts } from './types.js';

/** Where a line's apps run (`browser` or `app`), from the core's line registry; `browser` for anything else. */
export function surfaceOf(platform: PlatformId): LineSurface {
  return platforms.find((p) => p.id === platform)?.surface ?? 'browser';
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
