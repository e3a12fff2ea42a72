/**
 * Cost of logging one meeting error through the adapter (`logError` on a logger built
 * with `pinoOptions()`) against plain `pino().error(err)`, in the same run. Both sides
 * write to the same kind of no-op destination; rounds alternate so both share the
 * machine's noise; the median round counts. Goal: adapter ≤ 1.3× the baseline.
 */
import { MeetingError } from '@org/error-codes';
import pino from 'pino';
import { logError, pinoOptions } from '../src/pino.js';

let bytes = 0;
// A sink that does the least any real destination does: measure the line in bytes,
// as sonic-boom (pino's default destination) does for each write. That flattens the
// string pino built by concatenation, so neither side gets its line for free.
const noop = () => ({
  write(line: string) {
    bytes += Buffer.byteLength(line);
  },
});

const baseline = pino({}, noop());
const adapter = pino(pinoOptions(), noop());
const error = new MeetingError({ code: 4001 });
const context = { meetingId: 'abcd-efgh-ijkl', participantId: 'p-42' };

const sides = {
  'pino().error(err) (baseline)': () => baseline.error(error),
  'logError(pino(pinoOptions()), err)': () => logError(adapter, error),
  'pino().error({ ...context, err }) (baseline)': () => baseline.error({ ...context, err: error }),
  'logError(pino(pinoOptions()), err, context)': () => logError(adapter, error, context),
} as const;
type Side = keyof typeof sides;

const perRound = 20_000;
const rounds = 15;
const samples = new Map<Side, number[]>(Object.keys(sides).map((k) => [k as Side, []]));

function run(fn: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < perRound; i++) fn();
  return Number(process.hrtime.bigint() - start) / perRound;
}

// Warm-up, then interleaved rounds.
for (const fn of Object.values(sides)) run(fn);
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(sides)) samples.get(name as Side)?.push(run(fn));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const ns = (side: Side) => median(samples.get(side) ?? []);
const row = (side: Side, base: Side, goal: string) => ({
  measure: side,
  'ns/op (median)': Math.round(ns(side)),
  ratio: (ns(side) / ns(base)).toFixed(2),
  goal,
});

console.table([
  row('pino().error(err) (baseline)', 'pino().error(err) (baseline)', ''),
  row('logError(pino(pinoOptions()), err)', 'pino().error(err) (baseline)', '≤ 1.3×'),
  row(
    'pino().error({ ...context, err }) (baseline)',
    'pino().error({ ...context, err }) (baseline)',
    '',
  ),
  row(
    'logError(pino(pinoOptions()), err, context)',
    'pino().error({ ...context, err }) (baseline)',
    '≤ 1.3×',
  ),
]);
if (bytes < 0) console.log(bytes);
