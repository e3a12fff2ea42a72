import type { CheckResult, InstallFootprint, PackageManager } from './consumers.js';

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => cell.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [pad(header, widths), rule, ...rows.map((r) => pad(r, widths))].join('\n');
}

/**
 * One row per package and check, one column per package manager and Node version:
 * `pass`, `FAIL`, or `·` where the check does not run (type-checks run once per project).
 */
export function formatResults(
  results: readonly CheckResult[],
  pms: readonly PackageManager[],
  nodeMajors: readonly number[],
): string {
  const columns = pms.flatMap((pm) => nodeMajors.map((node) => ({ pm, node })));
  const rows: string[][] = [];
  const keys = [...new Map(results.map((r) => [`${r.package}\u0000${r.check}`, r])).values()];
  for (const { package: pkg, check } of keys) {
    const cells = columns.map(({ pm, node }) => {
      const hit = results.find(
        (r) => r.package === pkg && r.check === check && r.pm === pm && r.node === node,
      );
      return hit ? (hit.ok ? 'pass' : 'FAIL') : '·';
    });
    rows.push([pkg, check, ...cells]);
  }
  return table(['package', 'check', ...columns.map((c) => `${c.pm} node${c.node}`)], rows);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function formatFootprints(footprints: readonly InstallFootprint[]): string {
  return table(
    ['package', 'unpacked', 'dependencies (direct / total)', 'install size with dependencies'],
    footprints.map((f) => [
      f.package,
      kib(f.unpackedBytes),
      `${f.directDependencies} / ${f.totalDependencies}`,
      kib(f.installBytes),
    ]),
  );
}
