import type { Changeset } from './changesets.js';

/** The part of a catalog entry users may depend on by value: its number and its wire name. */
export interface CatalogIdentity {
  readonly code: number;
  readonly name: string;
}

export interface CatalogLike {
  readonly entries: readonly CatalogIdentity[];
}

export type BreakingChange =
  | { readonly kind: 'removed'; readonly code: number; readonly name: string }
  | { readonly kind: 'renamed'; readonly code: number; readonly from: string; readonly to: string }
  | {
      readonly kind: 'renumbered';
      readonly name: string;
      readonly from: number;
      readonly to: number;
    };

/**
 * What a user of the released catalog would lose: a code gone, a code whose name
 * changed, a name that moved to another number. Added codes and edited messages or
 * derived fields are not breaking.
 */
export function diffCatalogs(released: CatalogLike, current: CatalogLike): BreakingChange[] {
  const byCode = new Map(current.entries.map((e) => [e.code, e]));
  const byName = new Map(current.entries.map((e) => [e.name, e]));
  const changes: BreakingChange[] = [];
  for (const before of released.entries) {
    const sameCode = byCode.get(before.code);
    if (sameCode?.name === before.name) continue;
    const sameName = byName.get(before.name);
    if (sameName) {
      changes.push({ kind: 'renumbered', name: before.name, from: before.code, to: sameName.code });
    } else if (sameCode) {
      changes.push({ kind: 'renamed', code: before.code, from: before.name, to: sameCode.name });
    } else {
      changes.push({ kind: 'removed', code: before.code, name: before.name });
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
      return `${change.code} ${change.name} was removed`;
    case 'renamed':
      return `${change.code} was renamed from ${change.from} to ${change.to}`;
    case 'renumbered':
      return `${change.name} was renumbered from ${change.from} to ${change.to}`;
  }
}
