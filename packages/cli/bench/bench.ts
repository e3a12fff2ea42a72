/**
 * Start-up cost of the CLI: wall time of `error-codes 4001` (a code: the lookup path)
 * and `error-codes camera` (words: every entry localized, searched and ranked), the
 * built bin in a real child process with output to a pipe, beside `node -e 0` in the
 * same run, interleaved, median of many runs each. Goal: ≤ 3× for both.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const ROUNDS = 25;

function wallMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cases = {
  bare: ['-e', '0'],
  code: [bin, '4001'],
  words: [bin, 'camera'],
} as const;
const times: Record<keyof typeof cases, number[]> = { bare: [], code: [], words: [] };
for (const args of Object.values(cases)) wallMs([...args]);
for (let i = 0; i < ROUNDS; i++) {
  for (const [name, args] of Object.entries(cases) as [keyof typeof cases, readonly string[]][]) {
    times[name].push(wallMs([...args]));
  }
}
const row = (measure: string, name: keyof typeof cases, goal: string) => ({
  measure,
  value: median(times[name]).toFixed(1),
  ratio: (median(times[name]) / median(times.bare)).toFixed(2),
  goal,
});
console.table([
  row('node -e 0 (baseline), median ms', 'bare', ''),
  row('error-codes 4001, median ms', 'code', '≤ 3'),
  row('error-codes camera, median ms', 'words', '≤ 3'),
]);
