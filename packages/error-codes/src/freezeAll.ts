/**
 * Freezes a list and each of its entries. The catalog is shared by every caller in
 * a process: one that assigns `entry.severity = …` must not change what everyone
 * else's `findError` returns.
 */
export function freezeAll<T extends readonly object[]>(list: T): T {
  for (const item of list) Object.freeze(item);
  return Object.freeze(list);
}
