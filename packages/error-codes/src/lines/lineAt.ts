/**
 * `lines[i]`, as a call a bundler may drop: esbuild keeps a bare property read of an
 * import (it could be a getter), which would pull the whole registry into a bundle
 * that only uses `ErrorCodes`.
 */
export function lineAt<T extends readonly unknown[], I extends number>(list: T, i: I): T[I] {
  return list[i] as T[I];
}
