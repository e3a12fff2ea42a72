import { REDACTED, type RedactionPolicy } from './redactionPolicy.js';

/**
 * A JWS or JWE compact token: base64url segments joined by dots, the first one a
 * JSON header (`{"` is `eyJ` in base64url). The signature may be empty (`alg: none`).
 */
const JWT = /eyJ[\w-]+(?:\.[\w-]*){2,4}/g;
/** What is left of a token a length cut went through: it goes too. */
const JWT_TAIL = /eyJ[\w-]*(?:\.[\w-]*){0,4}$/;

/** Cuts a string to `maxStringLength`, then scrubs it. */
export function redactString(value: string, policy: RedactionPolicy): string {
  if (value.length <= policy.maxStringLength || isCut(value, policy)) return scrub(value, policy);
  const kept = value.slice(0, policy.maxStringLength).replace(JWT_TAIL, REDACTED);
  return `${scrub(kept, policy)}…[truncated ${value.length - policy.maxStringLength} chars]`;
}

/** Whether `value` is one `redactString` already cut: cut again, its summary would be. */
function isCut(value: string, policy: RedactionPolicy): boolean {
  return value.length <= policy.maxStringLength + 40 && CUT.test(value.slice(-40));
}
const CUT = /…\[truncated \d+ chars\]$/;

/** Tokens, named secrets and the error's known secret values out of a string, whatever its length. */
export function scrub(value: string, policy: RedactionPolicy): string {
  let out = value;
  if (hasJwtStart(out)) out = out.replace(JWT, REDACTED);
  if (namesSecret(out, policy.secretNames)) out = out.replace(policy.secretText, `$1${REDACTED}`);
  const known = policy.knownSecrets;
  if (known)
    for (const secret of known) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  return out;
}

/**
 * Whether a `:` or `=` in `text` follows a secret name (quotes and spaces between):
 * the cheap test that spares most strings the scan of `secretText`. It may say yes where
 * the pattern then finds nothing. A stack trace's frames (`\n    at …`) hold `file:line:col`
 * many times and no `name: value`, so only its message part is searched for `:`.
 */
function namesSecret(text: string, names: readonly string[]): boolean {
  const frames = text.indexOf('\n    at ');
  return (
    follows(text, ':', frames === -1 ? text.length : frames, names) ||
    follows(text, '=', text.length, names)
  );
}

function follows(text: string, separator: string, limit: number, names: readonly string[]) {
  for (
    let at = text.indexOf(separator);
    at !== -1 && at < limit;
    at = text.indexOf(separator, at + 1)
  ) {
    let end = at - 1;
    // Spaces and (escaped) quotes between the name and the separator.
    for (let skipped = 0; skipped < 6 && end >= 0 && isFiller(text.charCodeAt(end)); skipped++) {
      end--;
    }
    for (const name of names) if (endsWithName(text, end, name)) return true;
  }
  return false;
}

const isFiller = (code: number) =>
  code === 32 || code === 9 || code === 34 || code === 39 || code === 92;
const isJoiner = (code: number) => code === 45 || code === 95 || code === 46; // - _ .

/** Whether `text` up to `end` ends with `name`, in any case, with `-`, `_`, `.` between its letters. */
function endsWithName(text: string, end: number, name: string): boolean {
  let at = end;
  for (let i = name.length - 1; i >= 0; i--) {
    if (at < 0) return false;
    let code = text.charCodeAt(at);
    if (i < name.length - 1 && isJoiner(code)) code = text.charCodeAt(--at);
    // ASCII upper case to lower case; names are lower case.
    if (code >= 65 && code <= 90) code += 32;
    if (code !== name.charCodeAt(i)) return false;
    at--;
  }
  return true;
}

/**
 * Whether `text` holds `eyJ` (base64 of `{"`, every JWT's start). V8 finds one character
 * with memchr, a three-character needle twenty times slower: so find each `J`, look back.
 */
function hasJwtStart(text: string): boolean {
  for (let i = text.indexOf('J', 2); i !== -1; i = text.indexOf('J', i + 1)) {
    if (text.charCodeAt(i - 1) === 0x79 && text.charCodeAt(i - 2) === 0x65) return true;
  }
  return false;
}
