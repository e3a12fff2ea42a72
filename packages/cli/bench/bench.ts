/**
 * Start-up cost of the CLI: wall time of `error-codes 4001` (the built bin, a real
 * child process, output to a pipe) beside `node -e 0` in the same run, interleaved,
 * median of many runs each. Goal: ≤ 3×.
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
const bare: number[] = [];
const cli: number[] = [];
wallMs(['-e', '0']);
wallMs([bin, '4001']);
for (let i = 0; i < ROUNDS; i++) {
  bare.push(wallMs(['-e', '0']));
  cli.push(wallMs([bin, '4001']));
}
console.table([
  {
    measure: 'node -e 0 (baseline), median ms',
    value: median(bare).toFixed(1),
    ratio: '1.00',
    goal: '',
  },
  {
    measure: 'error-codes 4001, median ms',
    value: median(cli).toFixed(1),
    ratio: (median(cli) / median(bare)).toFixed(2),
    goal: '≤ 3',
  },
]);
