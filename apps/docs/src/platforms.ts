import { type ErrorEntryShape, type PlatformId, platformIds } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import type { Labels } from '@org/error-codes-i18n';

/**
 * Each platform's entry point of the core, by id: its table, `platform` info and
 * `normalizeError`, as `<ErrorCodesProvider platform>` takes it. Server-side only
 * (prerender, dev server, tests): the browser never loads a table.
 */
export const platformModules = { web, flutter } as const;

/** A platform's entries in catalog order (sorted by code). */
export function catalogOf(platform: PlatformId): readonly ErrorEntryShape[] {
  return platformModules[platform].catalog;
}

/** A platform's entry for a code, or undefined (never a throw). */
export function entryOf(platform: PlatformId, code: unknown): ErrorEntryShape | undefined {
  return typeof code === 'number' ? platformModules[platform].findError(code) : undefined;
}

/** Every platform but this one, in the catalog's order. */
export const otherPlatforms = (platform: PlatformId): PlatformId[] =>
  platformIds.filter((p) => p !== platform);

/** A platform's SDK table: `@videosdk.live/js-sdk 1.1.1`. */
export function sdkOf(platform: PlatformId): {
  readonly package: string;
  readonly version: string;
} {
  return platformModules[platform].platform.sdk;
}

/** A platform's name in a locale with its SDK: `Web (@videosdk.live/js-sdk 1.1.1)`. */
export function platformWithSdk(platform: PlatformId, labels: Labels): string {
  const sdk = sdkOf(platform);
  return `${labels.platforms[platform]} (${sdk.package} ${sdk.version})`;
}
