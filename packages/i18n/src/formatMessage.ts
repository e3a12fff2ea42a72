import type { MessageValues } from './types.js';

export interface FormatOptions {
  /** The text direction of the message's locale; `rtl` isolates every value with FSI/PDI. */
  readonly dir?: 'ltr' | 'rtl';
}

/** A message split once into literal text and argument names ({ arg }). */
type Part = string | { readonly arg: string };

// Messages are a fixed set (the bundles), so each is parsed once and reused, as
// intl-messageformat's precompiled formatters are. The cap keeps an app that
// formats arbitrary strings from growing the cache without end.
const compiled = new Map<string, readonly Part[]>();
const MAX_CACHED = 2000;

/**
 * Formats an ICU MessageFormat string with simple arguments (`{supportContact}`),
 * honouring ICU's apostrophe quoting (`''` is a literal apostrophe, `'{x}'` literal
 * braces). The bundles use no plural or select, so this small formatter does the
 * whole job in a few hundred bytes; a test checks that every bundled message parses
 * with the full ICU parser and formats here exactly as intl-messageformat does,
 * but for one rule of Chinese and Japanese typography: the space that sets a Latin
 * value off from Han text goes when the value itself is Han or kana.
 *
 * Never throws: an argument with no value stays visible as `{name}`, and only
 * the values object's own properties are read (`{constructor}` is not a value).
 */
export function formatMessage(
  message: unknown,
  values: MessageValues = {},
  options: FormatOptions = {},
): string {
  if (typeof message !== 'string') return '';
  let parts = compiled.get(message);
  if (!parts) {
    parts = parse(message);
    if (compiled.size < MAX_CACHED) compiled.set(message, parts);
  }
  // In a right-to-left text every value is bidi-isolated (FSI … PDI), so an app's
  // `https://acme.io/help/` or `+1 555-0100` keeps its own order inside Arabic.
  const rtl = options?.dir === 'rtl';
  let out = '';
  let joinNext = false;
  for (const part of parts) {
    if (typeof part === 'string') {
      out += joinNext && SPACED_HAN_START.test(part) ? part.slice(1) : part;
      joinNext = false;
      continue;
    }
    const value = argument(values, part.arg);
    // Chinese puts a space between Han and Latin ("请联系 {supportContact}。" for an
    // address), none between Han and Han: a value in Chinese or Japanese (the
    // default "此应用的支持团队") joins the words around it.
    if (HAN_START.test(value) && HAN_SPACE_END.test(out)) out = out.slice(0, -1);
    joinNext = HAN_END.test(value);
    out += rtl ? `\u2068${value}\u2069` : value;
  }
  return out;
}

const HAN_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HAN_SPACE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] $/u;
const SPACED_HAN_START = /^ [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function parse(message: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < message.length) {
    const ch = message[i] as string;
    if (ch === "'" && message[i + 1] === "'") {
      text += "'";
      i += 2;
    } else if (ch === "'" && (message[i + 1] === '{' || message[i + 1] === '}')) {
      // Quoted literal text runs to the next single apostrophe.
      const end = message.indexOf("'", i + 1);
      const stop = end === -1 ? message.length : end;
      text += message.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
    } else if (ch === '{') {
      const end = message.indexOf('}', i);
      if (end === -1) {
        text += message.slice(i);
        break;
      }
      if (text) parts.push(text);
      text = '';
      parts.push({ arg: message.slice(i + 1, end).trim() });
      i = end + 1;
    } else {
      text += ch;
      i++;
    }
  }
  if (text) parts.push(text);
  return parts;
}

function argument(values: MessageValues, name: string): string {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  return value === undefined || value === null ? `{${name}}` : String(value);
}
