import type { NormalizedError, PlatformId } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';

interface Table {
  readonly findError: (input: unknown) => object | undefined;
  readonly normalizeError: (
    payload: unknown,
    options?: { readonly docsBaseUrl?: string | undefined },
  ) => NormalizedError;
}

/**
 * Each line's lookups, by the core's line id: a code is only ever read with the table
 * of the line it came from. The type asks for every `PlatformId`, so a line the core
 * adds fails the typecheck here until its entry point is listed; which ids are valid
 * is the core's `isPlatformId`, never this object's keys.
 */
export const tables: { readonly [P in PlatformId]: Table } = {
  web,
  'react-native': reactNative,
  ios,
  'flutter-1': flutter1,
  'flutter-3': flutter3,
};
