import { isError } from './isError.js';
import type { RedactionPolicy } from './redactionPolicy.js';

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
    collect(input, policy, found, [], 0);
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
  seen: object[],
  depth: number,
): void {
  if (depth > MAX_DEPTH || seen.length >= MAX_OBJECTS || seen.includes(value)) return;
  seen.push(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const kept = Math.min(keys.length, policy.maxBreadth);
  for (let i = 0; i < kept; i++) {
    const key = keys[i] as string;
    visit(key, record[key], policy, found, seen, depth);
  }
  // An Error's `cause` is not enumerable, and is what pino writes after its message.
  if (isError(value) && !Object.prototype.propertyIsEnumerable.call(value, 'cause')) {
    visit('cause', record.cause, policy, found, seen, depth);
  }
}

function visit(
  key: string,
  item: unknown,
  policy: RedactionPolicy,
  found: string[],
  seen: object[],
  depth: number,
): void {
  if (typeof item === 'string') {
    if (item.length >= MIN_LENGTH && policy.isSecretKey(key)) found.push(item);
  } else if (typeof item === 'object' && item !== null && !ArrayBuffer.isView(item)) {
    collect(item, policy, found, seen, depth + 1);
  }
}
