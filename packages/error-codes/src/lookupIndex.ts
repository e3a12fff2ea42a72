import type { ErrorEntry } from './catalog.js';
import { entries } from './entries.js';

/**
 * One Map keyed by every accepted spelling of a code: the number (4001), its
 * canonical decimal string ('4001') and the wire name ('INVALID_API_KEY'). A Map,
 * not an object, so '__proto__' or 'constructor' can never hit a prototype.
 */
export const lookupIndex: ReadonlyMap<unknown, ErrorEntry> = /* @__PURE__ */ buildIndex();

function buildIndex(): Map<unknown, ErrorEntry> {
  const index = new Map<unknown, ErrorEntry>();
  for (const entry of entries) {
    index.set(entry.code, entry);
    index.set(String(entry.code), entry);
    index.set(entry.name, entry);
  }
  return index;
}
