import type { LineId } from './registry.generated.js';

/** Where a line's SDK is published. */
export type SdkRegistry = 'npm' | 'pub' | 'swift-package' | 'maven';

/**
 * One SDK version line: an SDK package over a range of its versions in which a
 * code means one thing. Two lines of one SDK (Flutter 1.2.x and 3.x) number
 * their codes differently, so a code is only ever read with its own line's table.
 */
export interface LineInfo<Id extends string = LineId> {
  readonly id: Id;
  /** A display name: 'iOS (Swift)', 'Flutter 3.x'. */
  readonly label: string;
  /**
   * Where the app runs, which decides end users' words: `browser` (a web page: the
   * browser's site settings) or `app` (a phone, tablet or desktop app: the device's Settings).
   */
  readonly surface: LineSurface;
  /** The SDK package and the versions this line covers, as an npm-style range. */
  readonly sdk: {
    readonly package: string;
    readonly registry: SdkRegistry;
    readonly versions: string;
  };
  /** Other SDK packages that ship this line's table inside, with their versions. */
  readonly alsoIn: readonly { readonly package: string; readonly versions: string }[];
  /** False where the catalog holds no table for the line (Android: its registry is unreachable here). */
  readonly hasTable: boolean;
  /** True where the table holds every code of the SDK; a code a partial table lacks is unknown on the line. */
  readonly complete: boolean;
  /** How many codes the table holds (0 without a table). */
  readonly codes: number;
  /** Where the table was read from: `npm:<package>@<version>` (a chain joined by ` > `) or a folder of this package. */
  readonly source: string | null;
  /** The module that exports the line's lookups, or null while it has none. */
  readonly entryPoint: string | null;
  /** What a user should know about the line's coverage, or null. */
  readonly note: string | null;
}

/** Where a line's apps run: in a browser, or as an installed app. */
export type LineSurface = 'browser' | 'app';
