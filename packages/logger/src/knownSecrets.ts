import { isError } from './isError.js';
import type { RedactionPolicy } from './redactionPolicy.js';
import { safeGet } from './safeGet.js';

/** Shorter values are left to the key rule: scrubbed from all text, they would hit ordinary words. */
const MIN_LENGTH = 8;
const MAX_DEPTH = 4;
const MAX_OBJECTS = 32;

/**
 * The policy for logging `input`, with the strings under its secret keys (its own fields,
 * nested ones, its `cause` chain) as known secrets: an API key an error carries as a field
 * is also redacted where its message or stack repeats it without naming it. The policy
 * itself when there are none, which is the common case and costs one pass over the keys.
 */
export function withSecretsOf<P extends RedactionPolicy>(input: unknown, policy: P): P {
  if (typeof input !== 'object' || input === null) return policy;
  const found: string[] = [];
  try {
    collect(input, policy, found, new Set(), 0);
  } catch {
    // A hostile Proxy: what was found before its trap threw still goes.
  }
  if (found.length === 0) return policy;
  const knownSecrets = [...new Set([...(policy.knownSecrets ?? []), ...found])];
  return Object.create(policy, { knownSecrets: { value: knownSecrets } }) as P;
}

function collect(
  value: object,
  policy: RedactionPolicy,
  found: string[],
  seen: Set<object>,
  depth: number,
): void {
  if (depth > MAX_DEPTH || seen.size >= MAX_OBJECTS || seen.has(value)) return;
  seen.add(value);
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return; // A throwing `ownKeys` trap: nothing to learn here.
  }
  // An Error's `cause` is not enumerable, and is what pino writes after its message.
  if (isError(value) && !keys.includes('cause')) keys.push('cause');
  const kept = Math.min(keys.length, policy.maxBreadth);
  for (let i = 0; i < kept; i++) {
    const key = keys[i] as string;
    const item = safeGet(value, key);
    if (typeof item === 'string') {
      if (item.length >= MIN_LENGTH && policy.isSecretKey(key)) found.push(item);
    } else if (typeof item === 'object' && item !== null && !ArrayBuffer.isView(item)) {
      collect(item, policy, found, seen, depth + 1);
    }
  }
}
