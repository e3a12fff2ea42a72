/**
 * Guard 6: the SDK names in the English texts exist in the js-sdk the repo installs
 * (1.1.1): `meeting.*()`, `participant.*()` and `stream.*()` methods, event names
 * and UPPER_SNAKE constants, looked up in its runtime bundle and in its typings. A
 * method the runtime has but the typings lack must say so in the text. Names from
 * elsewhere (a server's spelling, Android, Flutter, iOS) are allowlisted with why.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Row, where } from './corpus.js';

const require = createRequire(import.meta.url);
const sdkDir = dirname(require.resolve('@videosdk.live/js-sdk/package.json'));
export const sdkVersion: string = JSON.parse(
  readFileSync(join(sdkDir, 'package.json'), 'utf8'),
).version;

export interface Sdk {
  readonly runtime: string;
  /** Typings by file name without `.d.ts` (`meeting`, `participant`, `stream`, …). */
  readonly typings: Readonly<Record<string, string>>;
}

export function installedSdk(): Sdk {
  const typings: Record<string, string> = {};
  for (const f of [
    'index',
    'meeting',
    'participant',
    'stream',
    'constants',
    'pubSub',
    'realtimeStore',
    'agentParticipant',
  ])
    typings[f] = readFileSync(join(sdkDir, `${f}.d.ts`), 'utf8');
  return { runtime: readFileSync(join(sdkDir, 'videosdk.js'), 'utf8'), typings };
}

export interface AllowedName {
  readonly why: string;
  /** The text must also say this (a server spelling goes with the SDK's own). */
  readonly with?: RegExp;
}

/** Names the texts rightly use that js-sdk does not declare, each with why. */
export const sdkAllowlist: Readonly<Record<string, AllowedName | string>> = {
  SIGNALING_ONLY: {
    why: 'the server message’s spelling, given beside the SDK’s SIGNALLING_ONLY',
    with: /\bSIGNALLING_ONLY\b/,
  },
  FOREGROUND_SERVICE_MEDIA_PROJECTION: 'an Android permission (Android 14+), not a js-sdk name',
  RECORD_AUDIO: 'an Android permission, not a js-sdk name',
  FOREGROUND_SERVICE: 'an Android permission, not a js-sdk name',
  UNKNOWN_ERROR:
    'the server’s name for 4000 and the Flutter and iOS constant; js-sdk 1.1.1 has no constant for it',
};

/** Hyphenated English words that sit near "event" and are no event name. */
const notEvents = new Set([
  'real-time',
  'built-in',
  'third-party',
  'pre-0',
  'so-called',
  'one-off',
  'set-up',
  'follow-up',
]);

const has = (text: string, re: RegExp) => re.test(text);
const allowed = (
  allow: Readonly<Record<string, AllowedName | string>>,
  name: string,
  text: string,
) => {
  const a = Object.hasOwn(allow, name) ? allow[name] : undefined;
  return typeof a === 'string' || (a !== undefined && (a.with?.test(text) ?? true));
};
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPINGS_NOTE = /not in the [\d.]+ type declarations/;

export function sdkIdentifiers(
  rows: readonly Row[],
  sdk: Sdk = installedSdk(),
  allow = sdkAllowlist,
): string[] {
  const out: string[] = [];
  const allTypings = Object.values(sdk.typings).join('\n');
  for (const r of rows) {
    if (r.locale !== 'en') continue;
    const found: string[] = [];
    for (const [, obj = '', name = ''] of r.text.matchAll(
      /\b(meeting|participant|stream)\.(\w+)\(\)/g,
    )) {
      if (allowed(allow, name, r.text)) continue;
      const method = new RegExp(`\\b${esc(name)}\\s*[(<]|\\b${esc(name)}\\s*:`);
      const inRuntime = has(sdk.runtime, new RegExp(`\\b${esc(name)}\\s*\\(|["']${esc(name)}["']`));
      const inTypings = has(sdk.typings[obj] ?? '', method);
      if (!inRuntime && !inTypings) found.push(`${obj}.${name}() is not in js-sdk ${sdkVersion}`);
      else if (!inTypings && !TYPINGS_NOTE.test(r.text))
        found.push(
          `${obj}.${name}() is not in the ${sdkVersion} typings, and the text does not say so`,
        );
      else if (!inRuntime)
        found.push(`${obj}.${name}() is typed but not in the ${sdkVersion} runtime`);
    }
    for (const sentence of r.text.split(/(?<=[.;])\s+/)) {
      if (!/\bevents?\b/.test(sentence)) continue;
      for (const [name] of sentence.matchAll(/\b[a-z]+(?:-[a-z]+)+\b/g)) {
        if (notEvents.has(name) || allowed(allow, name, r.text)) continue;
        const literal = new RegExp(`["'\`]${esc(name)}["'\`]`);
        if (!has(sdk.runtime, literal) && !has(allTypings, literal))
          found.push(`event ${name} is not in js-sdk ${sdkVersion}`);
      }
    }
    for (const [name] of r.text
      .replace(CODE_KEEP_SNAKE, ' ')
      .matchAll(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g)) {
      if (allowed(allow, name, r.text)) continue;
      const declared = new RegExp(`\\b${esc(name)}\\s*[=:]|["'\`]${esc(name)}["'\`]`);
      if (!has(allTypings, declared) && !has(sdk.runtime, declared))
        found.push(`${name} is not in js-sdk ${sdkVersion}`);
    }
    for (const f of found) out.push(`${where(r)}: ${f}`);
  }
  return out;
}

// proseOf takes UPPER_SNAKE names out with the rest of the code; strip only calls,
// dotted names and links here, so the constants stay to be checked.
const CODE_KEEP_SNAKE = /`[^`]*`|https?:\/\/\S+|\b[\w$]+(?:\.[\w$]+)+(?:\(\))?/g;
