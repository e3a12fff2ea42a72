import type { NormalizedError, PlatformId } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';

interface Table {
  readonly findError: (input: unknown) => object | undefined;
  readonly normalizeError: (payload: unknown) => NormalizedError;
}

/** Each platform's lookups: a code is only ever read with the table of the platform it came from. */
export const tables: { readonly [P in PlatformId]: Table } = { web, flutter };

export function isPlatform(value: unknown): value is PlatformId {
  return typeof value === 'string' && Object.hasOwn(tables, value);
}
