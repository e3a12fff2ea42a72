import type { LineSurface, PlatformId } from '@org/error-codes';
import type { Audience } from './audiences.js';
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
 * variant where it gives one, else from the meaning's own words; then, for a
 * `participant` or a `viewer`, from the audience's variant where it gives one (a
 * viewer's falls back to a participant's; `userSteps` replace the end user's own
 * steps, every other actor's step stays).
 * Without an audience, or for the `host`, the words are the meaning's own. Reads own
 * properties only and never throws, so junk texts yield `undefined` fields for the
 * caller to check, and a junk audience is no audience.
 */
export function endUserTexts(
  texts: MeaningTexts | Omit<MeaningTexts, 'variants' | 'audiences'>,
  surface: LineSurface,
  audience?: Audience,
): EndUserTexts;
export function endUserTexts(
  texts: unknown,
  surface: LineSurface,
  audience?: unknown,
): Partial<Record<keyof EndUserTexts, unknown>>;
export function endUserTexts(texts: unknown, surface: LineSurface, audience?: unknown) {
  const variants = own(texts, 'variants');
  const variant = typeof surface === 'string' ? own(variants, surface) : undefined;
  const byAudience = own(texts, 'audiences');
  // A viewer lacks every power a participant lacks: the participant's words serve
  // where a viewer's are not written.
  const readers =
    audience === 'viewer'
      ? ['viewer', 'participant']
      : audience === 'participant'
        ? [audience]
        : [];
  const isText = (v: unknown) => typeof v === 'string' && v !== '';
  const fromAudience = (field: 'userTitle' | 'userMessage' | 'userSteps') => {
    for (const reader of readers) {
      const v = own(own(byAudience, reader), field);
      if (field === 'userSteps' ? Array.isArray(v) : isText(v)) return v;
    }
    return undefined;
  };
  const pick = (field: keyof EndUserTexts) => {
    if (field !== 'fixes' && isText(fromAudience(field))) return fromAudience(field);
    const v = own(variant, field);
    const ok = field === 'fixes' ? Array.isArray(v) : isText(v);
    return ok ? v : own(texts, field);
  };
  const fixes = pick('fixes');
  const steps = fromAudience('userSteps');
  const mine =
    Array.isArray(steps) && Array.isArray(fixes)
      ? [
          ...steps.filter(isText).map((text) => ({ by: 'user' as const, text })),
          ...fixes.filter((s) => own(s, 'by') !== 'user'),
        ]
      : fixes;
  return { userTitle: pick('userTitle'), userMessage: pick('userMessage'), fixes: mine };
}

/**
 * The causes of a meaning on one surface: the surface variant's where it gives them,
 * else the meaning's own. Resolved beside `endUserTexts` (same rules, own properties
 * only, never throws), so an app line never reads causes written for a browser.
 */
export function causesOn(
  texts: MeaningTexts | Omit<MeaningTexts, 'variants' | 'audiences'>,
  surface: LineSurface,
): readonly string[];
export function causesOn(texts: unknown, surface: LineSurface): unknown;
export function causesOn(texts: unknown, surface: LineSurface): unknown {
  const variant = typeof surface === 'string' ? own(own(texts, 'variants'), surface) : undefined;
  const mine = own(variant, 'causes');
  return Array.isArray(mine) ? mine : own(texts, 'causes');
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
