/**
 * Cost of logging one meeting error through the adapters against the plain loggers,
 * in the same run: `logError` on a `pinoOptions()` pino logger ÷ `pino().error(err)`
 * (goal ≤ 1.1×), `logError` on a plain `pino()` (the error redacted by logError itself)
 * ÷ the same, and `logError` on a winston logger with `errorFormat()` ÷ plain
 * winston `logger.error(err)` with `json()`. Each side writes to the same kind of
 * sink. The figure is the median, over rounds, of each round's ratio of an adapter
 * run to the baseline run next to it. Each run starts untimed: otherwise a side pays for
 * the garbage the side before it left.
 */
import { Writable } from 'node:stream';
import { MeetingError } from '@org/error-codes';
import { normalizeError } from '@org/error-codes/web';
import pino from 'pino';
import winston from 'winston';
import { logError, pinoOptions } from '../src/pino.js';
import { errorFormat, logError as logWinstonError } from '../src/winston.js';

let bytes = 0;
// A sink that does the least any real destination does: measure the line in bytes,
// as sonic-boom (pino's default destination) does for each write. That flattens the
// string pino built by concatenation, so neither side gets its line for free.
const sink = () => ({
  write(line: string) {
    bytes += Buffer.byteLength(line);
  },
});
const winstonLogger = (format: winston.Logform.Format) =>
  winston.createLogger({
    format,
    transports: [
      new winston.transports.Stream({
        stream: new Writable({
          write(chunk, _encoding, callback) {
            bytes += chunk.length;
            callback();
          },
        }),
      }),
    ],
  });

const baseline = pino({}, sink());
const adapter = pino(pinoOptions(), sink());
// An app's own logger, built without pinoOptions: logError redacts the error itself.
const plain = pino({}, sink());
const plainWinston = winstonLogger(winston.format.json());
const adaptedWinston = winstonLogger(winston.format.combine(errorFormat(), winston.format.json()));
// One error per side: plain winston writes `level` onto the Error it logs, pino's
// serializer tags it; neither side should meet an error the other has changed.
const meetingError = () => new MeetingError(normalizeError(4001));
const [error, winstonError, winstonBaselineError] = [
  meetingError(),
  meetingError(),
  meetingError(),
];
const baselineError = meetingError();
const [plainError, plainBaselineError] = [meetingError(), meetingError()];
const [meetingId, participantId] = ['abcd-efgh-ijkl', 'p-42'];
const context = { meetingId, participantId };

type Pair = { measure: string; baseline: string; adapter: () => void; base: () => void };
const pairs: (Pair & { goal: string; times: number })[] = [
  {
    measure: 'logError(pino(pinoOptions()), err)',
    baseline: 'pino().error(err)',
    adapter: () => logError(adapter, error),
    base: () => baseline.error(baselineError),
    goal: '≤ 1.1×',
    times: 20_000,
  },
  {
    measure: 'logError(pino(pinoOptions()), err, context)',
    baseline: 'pino().error({ meetingId, participantId, err })',
    adapter: () => logError(adapter, error, context),
    // An object literal: pino writes a `{ ...context }` spread about twice as slowly.
    base: () => baseline.error({ meetingId, participantId, err: baselineError }),
    goal: '',
    times: 20_000,
  },
  {
    measure: 'logError(pino(), err)',
    baseline: 'pino().error(err)',
    adapter: () => logError(plain, plainError),
    base: () => baseline.error(plainBaselineError),
    goal: '',
    times: 20_000,
  },
  {
    measure: 'logError(winston errorFormat(), err)',
    baseline: 'winston json() logger.error(err)',
    adapter: () => logWinstonError(adaptedWinston, winstonError),
    base: () => plainWinston.error(winstonBaselineError),
    goal: '',
    times: 5_000,
  },
];

// CPU time of this process, not wall time: on a shared machine the wall clock also
// counts the time other processes held the cores.
function run(fn: () => void, times: number): number {
  // Untimed first: the collections the garbage of the side before calls for fall here.
  for (let i = 0; i < times / 4; i++) fn();
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) fn();
  const { user, system } = process.cpuUsage(start);
  return ((user + system) * 1000) / times;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// Each round times a baseline and its adapter back to back (which goes first turns
// every round) and keeps their ratio: the load of a shared machine drifts over
// seconds, and a ratio of neighbours cancels it where a ratio of medians would not.
const rounds = 31;
const rows = pairs.map(({ measure, baseline, adapter, base, goal, times }) => {
  run(base, times);
  run(adapter, times);
  const ratios: number[] = [];
  const adapterNs: number[] = [];
  const baseNs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 ? run(adapter, times) : run(base, times);
    const second = r % 2 ? run(base, times) : run(adapter, times);
    const [a, b] = r % 2 ? [first, second] : [second, first];
    adapterNs.push(a);
    baseNs.push(b);
    ratios.push(a / b);
  }
  return {
    measure,
    'CPU ns/op': Math.round(median(adapterNs)),
    baseline,
    'baseline CPU ns/op': Math.round(median(baseNs)),
    ratio: median(ratios).toFixed(2),
    goal,
  };
});

console.table(rows);
// Printed only if the sinks never ran: a use of `bytes` the optimiser cannot drop.
if (bytes < 0) console.log(bytes);
