// Names longer than this are not typos of ours: no suggestion, and no quadratic work.
const MAX_WORD = 64;

/**
 * The candidate a mistyped word most likely meant, or undefined: a prefix of exactly
 * one candidate (`--cat` → `category`), else the closest candidate within one edit per
 * three letters, where swapping two neighbours is one edit (`platfrom` → `platform`).
 * Case is ignored. Never throws.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (typeof word !== 'string') return undefined;
  const typed = word.toLowerCase();
  if (typed.length === 0 || typed.length > MAX_WORD) return undefined;
  const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(typed));
  if (typed.length >= 2 && prefixed.length === 1) return prefixed[0];
  const budget = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
