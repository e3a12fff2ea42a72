/**
 * The cross-platform root. It never picks a platform for you: per-platform
 * lookups live in `@org/error-codes/web` and `@org/error-codes/flutter`; here are
 * the platforms, the cross-platform map and `explain`.
 */
import { platform as flutterPlatform } from './flutter/platform.js';
import type { PlatformInfo } from './types.js';
import { platform as webPlatform } from './web/table.generated.js';

/** Every platform whose table the catalog holds, web first. */
export const platforms: readonly PlatformInfo[] = /* @__PURE__ */ Object.freeze([
  webPlatform,
  flutterPlatform,
]);

export * from './commonExports.js';
export { meanings, numbers } from './crossPlatform.generated.js';
export type { AnyErrorEntry, ExplainMatch, Explanation, MatchedBy } from './explain.js';
export { explain } from './explain.js';
export type { KnownRange, LineLookup } from './lines/lineFor.js';
export { isLineId, lineFor } from './lines/lineFor.js';
export type { LineId } from './lines/registry.generated.js';
export { lineIds, lines } from './lines/registry.generated.js';
export type { LineEntryShape, LineInfo, SdkRegistry } from './lines/types.js';
export { aliasesOf, meaningIdOf, spellingPairs } from './meaning.js';
export type { MeaningId, MeaningIdOf } from './meaningIds.js';
export type { KnownError, NormalizedError, UnknownError } from './platformApi.js';
export { UNKNOWN_ERROR_NAME } from './platformApi.js';
