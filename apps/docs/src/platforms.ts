import {
  type AnyErrorEntry,
  type LineId,
  type LineInfo,
  lines,
  type NormalizedError,
  type PlatformId,
  type PlatformInfo,
  platformIds,
  platforms,
  platformTables,
} from '@org/error-codes';
import type { Labels } from '@org/error-codes-i18n';

/*
 * Every line the site shows comes from the core's registry (`lines`, `platforms`,
 * `platformTables`): a sixth line appears here, in the routes, the switch, the
 * matrix and the line pages without a word changed in this app.
 */

const infoById = new Map<string, PlatformInfo>(platforms.map((p) => [p.id, p]));
const lineById = new Map<string, LineInfo>(lines.map((l) => [l.id, l]));
const byNumber = new Map<PlatformId, Map<number, AnyErrorEntry>>(
  platformIds.map((id) => [
    id,
    new Map((platformTables[id] as readonly AnyErrorEntry[]).map((e) => [e.code, e])),
  ]),
);

/** A line with a table: its SDK, versions, completeness and entry point (the core's `platforms`). */
export function platformInfo(platform: PlatformId): PlatformInfo {
  const info = infoById.get(platform);
  if (!info) throw new Error(`no line with a table is called ${JSON.stringify(platform)}`);
  return info;
}

/** Any line of the registry, with or without a table (Android has none). */
export function lineInfo(line: LineId): LineInfo {
  const info = lineById.get(line);
  if (!info) throw new Error(`no line is called ${JSON.stringify(line)}`);
  return info;
}

/** A line's entries in catalog order (sorted by code). */
export function catalogOf(platform: PlatformId): readonly AnyErrorEntry[] {
  return platformTables[platform];
}

/** A line's entry for a code, or undefined (never a throw). */
export function entryOf(platform: PlatformId, code: unknown): AnyErrorEntry | undefined {
  return typeof code === 'number' ? byNumber.get(platform)?.get(code) : undefined;
}

/** Every line with a table but this one, in registry order. */
export const otherPlatforms = (platform: PlatformId): PlatformId[] =>
  platformIds.filter((p) => p !== platform);

/** A line's SDK: `@videosdk.live/js-sdk`, `>=0.3.6 <=1.1.1`, on npm. */
export function sdkOf(platform: PlatformId): PlatformInfo['sdk'] {
  return platformInfo(platform).sdk;
}

/** An SDK and the versions a line covers, as one string: `VideoSDKRTC >=3.1.0 <=3.2.0 || 4.0.0-beta.1`. */
export const sdkText = (sdk: PlatformInfo['sdk']): string => `${sdk.package} ${sdk.versions}`;

/** A line's name in a locale (the locale bundle's label; a line without a table has only the registry's). */
export function lineLabel(line: LineId, labels: Labels): string {
  return (labels.platforms as Readonly<Record<string, string>>)[line] ?? lineInfo(line).label;
}

/**
 * What `<ErrorCodesProvider platform>` takes: a line's entry point. Server-side only
 * (prerender, dev server, tests): the browser never loads a table.
 */
export interface LineModule {
  readonly platform: PlatformInfo;
  normalizeError(payload: unknown): NormalizedError;
}

/**
 * Each line's entry point, imported by the name the registry gives it
 * (`entryPoint`: `@org/error-codes/ios`), so no import path is written here.
 */
export async function loadLineModules(): Promise<Readonly<Record<PlatformId, LineModule>>> {
  const loaded = await Promise.all(
    platforms.map(async (info) => {
      if (!info.entryPoint) throw new Error(`line ${info.id} has a table but no entry point`);
      const module = (await import(/* @vite-ignore */ info.entryPoint)) as LineModule;
      if (module.platform?.id !== info.id) {
        throw new Error(
          `${info.entryPoint} exports the ${module.platform?.id} line, not ${info.id}`,
        );
      }
      return [info.id, module] as const;
    }),
  );
  return Object.fromEntries(loaded) as Record<PlatformId, LineModule>;
}
