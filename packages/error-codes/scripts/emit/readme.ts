/** The README's generated tables: categories and SDK version lines, between their markers. */

import { lines, platformIds } from '../../src/lines/registry.generated.js';
import type { LineInfo } from '../../src/lines/types.js';
import type { ErrorEntryShape, PlatformId } from '../../src/types.js';
import { categories } from '../../src/vocabulary.js';
import { HEADER } from './header.js';

type Tables = Record<PlatformId, readonly ErrorEntryShape[]>;

/** The README's category table: what falls in each category, with its codes on each platform. */
export function readmeCategories(tables: Tables, current: string): string {
  const ranges = (codes: number[]) => {
    const out: string[] = [];
    for (let i = 0; i < codes.length; i++) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
      out.push(j - i >= 2 ? `${codes[i]}–${codes[j]}` : codes.slice(i, j + 1).join(', '));
      i = j;
    }
    return out.join(', ') || '–';
  };
  const cells = [
    ['category', ...platformIds.map((id) => lines.find((l) => l.id === id)?.label ?? id)],
    ...categories.map((c) => {
      const cell = (id: PlatformId) =>
        ranges(tables[id].filter((e) => e.category === c).map((e) => e.code));
      return [`\`${c}\``, ...platformIds.map(cell)];
    }),
  ];
  return replaceBetween(current, 'categories', markdownTable(cells));
}

/** Rows padded as the formatter pads a Markdown table, so `biome format` leaves them as they are. */
function markdownTable(cells: readonly (readonly string[])[]): string[] {
  const columns = (cells[0] ?? []).map((_, i) => i);
  const widths = columns.map((i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(cells[0] ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ];
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->`; throws where the markers are missing. */
function replaceBetween(current: string, name: string, rows: readonly string[]): string {
  const block = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  if (!block.test(current)) throw new Error(`README.md has no <!-- ${name}:start/end --> markers`);
  const text = [
    `<!-- ${name}:start -->`,
    `<!-- ${HEADER} -->`,
    '',
    ...rows,
    '',
    `<!-- ${name}:end -->`,
  ];
  return current.replace(block, () => text.join('\n'));
}

/** The README's table of SDK version lines, from the registry. */
export function readmeLines(registry: readonly LineInfo<string>[], current: string): string {
  const cells = [
    ['line', 'SDK package', 'versions', 'codes', 'complete', 'entry point'],
    ...registry.map((l) => [
      `\`${l.id}\``,
      `\`${l.sdk.package}\` (${l.sdk.registry})`,
      // A pipe ends a Markdown table cell, even inside a code span.
      `\`${l.sdk.versions.replaceAll('|', '\\|')}\``,
      l.hasTable ? String(l.codes) : 'no table',
      l.hasTable ? (l.complete ? 'yes' : 'no') : '–',
      l.entryPoint ? `\`${l.entryPoint}\`` : '–',
    ]),
  ];
  return replaceBetween(current, 'lines', markdownTable(cells));
}
