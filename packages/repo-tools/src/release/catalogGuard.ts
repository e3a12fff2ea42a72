import type { Changeset } from './changesets.js';

/** The part of a catalog entry users may depend on by value: its number and its wire name. */
export interface CatalogIdentity {
  readonly code: number;
  readonly name: string;
}

/** One platform's table (`web`, `flutter`): the same number means different things on each. */
export interface PlatformTable {
  readonly id: string;
  readonly entries: readonly CatalogIdentity[];
}

export interface CatalogLike {
  readonly platforms: readonly PlatformTable[];
}

export type BreakingChange =
  | {
      readonly kind: 'removed';
      readonly platform: string;
      readonly code: number;
      readonly name: string;
    }
  | {
      readonly kind: 'renamed';
      readonly platform: string;
      readonly code: number;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly kind: 'renumbered';
      readonly platform: string;
      readonly name: string;
      readonly from: number;
      readonly to: number;
    };

const NO_ENTRIES: readonly CatalogIdentity[] = [];

/**
 * What a user of the released catalog would lose, platform by platform: a code gone,
 * a code whose name changed, a name that moved to another number. Codes are compared
 * only within their platform (web 3017 and Flutter 3017 are different errors), and a
 * platform that is gone loses every code it had. Added codes or platforms and edited
 * messages or derived fields are not breaking.
 */
export function diffCatalogs(released: CatalogLike, current: CatalogLike): BreakingChange[] {
  const tables = new Map(current.platforms.map((p) => [p.id, p.entries]));
  return released.platforms.flatMap((before) =>
    diffTable(before.id, before.entries, tables.get(before.id) ?? NO_ENTRIES),
  );
}

function diffTable(
  platform: string,
  released: readonly CatalogIdentity[],
  current: readonly CatalogIdentity[],
): BreakingChange[] {
  const byCode = new Map(current.map((e) => [e.code, e]));
  const byName = new Map(current.map((e) => [e.name, e]));
  const changes: BreakingChange[] = [];
  for (const before of released) {
    const sameCode = byCode.get(before.code);
    if (sameCode?.name === before.name) continue;
    const sameName = byName.get(before.name);
    if (sameName) {
      changes.push({
        kind: 'renumbered',
        platform,
        name: before.name,
        from: before.code,
        to: sameName.code,
      });
    } else if (sameCode) {
      changes.push({
        kind: 'renamed',
        platform,
        code: before.code,
        from: before.name,
        to: sameCode.name,
      });
    } else {
      changes.push({ kind: 'removed', platform, code: before.code, name: before.name });
    }
  }
  return changes;
}

export interface CatalogGuardResult {
  readonly breaking: readonly BreakingChange[];
  /** The pending changesets that bump the catalog package `major`. */
  readonly majorChangesets: readonly string[];
  readonly ok: boolean;
}

/** Breaking catalog changes are allowed only with a pending `major` changeset for the catalog's package. */
export function checkCatalogCompatibility(input: {
  readonly released: CatalogLike;
  readonly current: CatalogLike;
  readonly changesets: readonly Changeset[];
  readonly packageName: string;
}): CatalogGuardResult {
  const breaking = diffCatalogs(input.released, input.current);
  const majorChangesets = input.changesets
    .filter((c) => c.releases.some((r) => r.name === input.packageName && r.type === 'major'))
    .map((c) => c.id);
  return { breaking, majorChangesets, ok: breaking.length === 0 || majorChangesets.length > 0 };
}

export function describeBreakingChange(change: BreakingChange): string {
  switch (change.kind) {
    case 'removed':
      return `${change.platform} ${change.code} ${change.name} was removed`;
    case 'renamed':
      return `${change.platform} ${change.code} was renamed from ${change.from} to ${change.to}`;
    case 'renumbered':
      return `${change.platform} ${change.name} was renumbered from ${change.from} to ${change.to}`;
  }
}
