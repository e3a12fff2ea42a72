/**
 * The cross-line root. It never picks a line for you: each line's lookups live in
 * its own entry point (`@org/error-codes/web`, `/react-native`, `/ios`,
 * `/flutter-1`, `/flutter-3`); here are the line registry, every table by id, the
 * relations between them and `explain`.
 */
import { lines } from './lines/registry.generated.js';
import type { PlatformInfo } from './types.js';

// One call the bundler may drop whole: a PURE mark covers a call, not the
// `lines.filter(…)` in its arguments, which would keep the registry in every bundle.
const withTables = (all: typeof lines): readonly PlatformInfo[] =>
  Object.freeze(all.filter((l) => l.hasTable) as PlatformInfo[]);

/** Every line whose table the catalog holds, in registry order (web first). */
export const platforms: readonly PlatformInfo[] = /* @__PURE__ */ withTables(lines);

export * from './commonExports.js';
export type { ExplainMatch, Explanation, MatchedBy } from './explain.js';
export { explain } from './explain.js';
export { explainedBy, oftenExplainedBy } from './explainedBy.js';
export type { KnownRange, LineLookup } from './lines/lineFor.js';
export { isLineId, lineFor } from './lines/lineFor.js';
export type { LineId } from './lines/registry.generated.js';
export { lineIds, lines, platformIds } from './lines/registry.generated.js';
export type { LineInfo, LineSurface, SdkRegistry } from './lines/types.js';
export type { UnknownReason } from './lines/unknownReason.js';
export { unknownReasonOf, unknownReasons } from './lines/unknownReason.js';
export { aliasesOf, meaningIdOf, spellingPairs } from './meaning.js';
export type { KnownError, NormalizedError, NormalizeOptions, UnknownError } from './platformApi.js';
export { UNKNOWN_ERROR_NAME } from './platformApi.js';
export type { AnyErrorEntry, MeaningId, MeaningIdOf } from './platformTables.js';
export {
  entriesByNumber,
  isClash,
  isPlatformId,
  meanings,
  numbers,
  platformTables,
  twinsOf,
} from './platformTables.js';
