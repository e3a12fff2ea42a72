import { type LineInfo, lines } from '@org/error-codes';
import { type CatalogQuery, formatMessage } from '@org/error-codes-i18n';
import type { Paint } from './paint.js';
import type { CliStrings } from './strings.js';
import { table } from './table.js';

/** The registry's lines `error-codes platforms` shows: all, or the one `--platform`/`--sdk` chose. */
export function chosenLines(filters: CatalogQuery): readonly LineInfo[] {
  const all = lines as readonly LineInfo[];
  return filters.platform === undefined ? all : all.filter((l) => l.id === filters.platform);
}

/**
 * `error-codes platforms`: one row per SDK line (id, label, SDK package, versions, codes,
 * complete, entry point), then a note for each line whose table is partial or missing,
 * and the other packages that ship a line's table.
 */
export function platformsText(
  shownLines: readonly LineInfo[],
  text: CliStrings,
  paint: Paint,
): string {
  const c = text.lineColumns;
  const rows = shownLines.map((l) => [
    l.id,
    l.label,
    l.sdk.package,
    l.sdk.versions,
    l.hasTable ? String(l.codes) : '-',
    l.hasTable ? (l.complete ? text.yes : text.no) : text.noTable,
    l.entryPoint ?? '-',
  ]);
  const out = table(
    [c.id, c.label, c.sdk, c.versions, c.codes, c.complete, c.entryPoint],
    rows,
    paint,
  );
  const notes: string[] = [];
  for (const l of shownLines) {
    for (const other of l.alsoIn) {
      notes.push(
        formatMessage(text.alsoIn, { platform: l.id, sdk: `${other.package} ${other.versions}` }),
      );
    }
    if (!l.complete && l.note) notes.push(`${l.id}: ${l.note}`);
  }
  if (notes.length > 0) out.push('', ...notes.map((n) => paint.dim(n)));
  return `${out.join('\n')}\n`;
}
