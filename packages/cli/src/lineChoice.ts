import {
  isLineId,
  isPlatformId,
  type LineInfo,
  lineFor,
  lines,
  type PlatformId,
  platformIds,
} from '@org/error-codes';
import { printable, shown } from './shown.js';

/*
 * Which SDK line's table a command reads: `--platform <id>` or `--sdk <package>@<version>`.
 * Every id, label and range named here comes from the core's line registry, so a new
 * line needs no change in the CLI.
 */

const registry = lines as readonly LineInfo[];
const lineOf = (id: string) => registry.find((l) => l.id === id);
const rangeOf = (l: LineInfo) => `${l.label}, ${l.sdk.package} ${l.sdk.versions}`;

/**
 * Why `--platform <value>` names no table, when the registry can say more than "not one
 * of": a family of lines (`flutter` → `flutter-1`, `flutter-3`, which number codes
 * differently, so neither is a default) or a line with no table (`android`).
 * Undefined for anything else (the caller then lists the ids and guesses a typo).
 */
export function platformRefusal(value: string): string | undefined {
  const typed = value.trim().toLowerCase();
  if (typed === '' || isPlatformId(typed)) return undefined;
  const family = platformIds.filter((id) => id.startsWith(`${typed}-`));
  if (family.length > 1) {
    const choices = family.map((id) => `${id} (${rangeOf(lineOf(id) as LineInfo)})`);
    return (
      `--platform ${shown(value)} names ${family.length} lines that number their codes differently: ` +
      `${choices.join(' or ')}. Pick one, or give --sdk <package>@<version>.`
    );
  }
  if (isLineId(typed)) {
    const line = lineOf(typed) as LineInfo;
    return `--platform ${typed}: the catalog has no table for ${line.label}. ${line.note ?? ''}`.trim();
  }
  return undefined;
}

/** What `--sdk <package>@<version>` chose: a line with a table, or why none (lineFor's reason). */
export type SdkChoice =
  | { readonly ok: true; readonly platform: PlatformId }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads `--sdk videosdk@3.8.0` or `--sdk @videosdk.live/js-sdk@1.1.1` (the last `@` after
 * the first character splits package from version) and asks the core's `lineFor`.
 */
export function sdkChoice(value: string): SdkChoice {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) {
    return {
      ok: false,
      problem: `--sdk takes <package>@<version>, such as ${example()} (got “${shown(value)}”)`,
    };
  }
  const answer = lineFor(value.slice(0, at), value.slice(at + 1));
  // The reason quotes what was typed: made printable, so no control reaches the terminal.
  if (!answer.ok)
    return { ok: false, problem: `--sdk ${shown(value)}: ${printable(answer.reason)}` };
  // lineFor answers only lines with a table; the guard keeps the type honest.
  const id = answer.line.id;
  return isPlatformId(id)
    ? { ok: true, platform: id }
    : { ok: false, problem: `--sdk ${shown(value)}: ${answer.line.label} has no table` };
}

/** `videosdk@3.8.0`-like: the last line with a table, at the lowest version its range names. */
export function example(): string {
  const line = [...registry].reverse().find((l) => l.hasTable) as LineInfo;
  const version = /\d+\.\d+\.\d+/.exec(line.sdk.versions)?.[0] ?? '1.0.0';
  return `${line.sdk.package}@${version}`;
}
