/** A property read that never throws: a throwing getter or Proxy trap gives `undefined`. */
export function safeGet(object: unknown, key: string | symbol): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  try {
    return (object as Record<string | symbol, unknown>)[key];
  } catch {
    return undefined;
  }
}
