/**
 * req/s and p99 of the API's single lookup and search, each beside a bare Fastify
 * route returning a fixed JSON body of the same size, measured in the same run with
 * the same autocannon settings. A second row per group shows the bare route behind
 * the three plugins the API runs on every request: the floor they set. The search
 * group has two API rows: the same URL every time (served from the API's list cache
 * after the first request) and a rotation of distinct queries (a real search each
 * time). Servers run as child processes, so autocannon in this process does not
 * share their event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog } from '@org/error-codes';
import autocannon from 'autocannon';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 10;
// Short rounds, interleaved, median of ROUNDS: on a shared 2-core machine a single
// long run per server mostly measures what else the machine was doing at the time.
const DURATION_S = 3;
const ROUNDS = 3;
const WARMUP_S = 1;

function start(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start`)), 20_000);
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/**
 * One autocannon run against `origin`, each request taking the next of `paths` in one
 * rotation shared by every connection (one path: the same URL each time). Every run,
 * fixed or rotating, builds its requests the same way, so the client's own cost is the
 * same on every row.
 */
async function measure(origin: string, paths: readonly string[], duration: number) {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = paths[next++ % paths.length] as string;
          return { ...request, path };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The run with the median req/s, with its p99 and failures summed over all runs. */
function median(runs: Awaited<ReturnType<typeof measure>>[]) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? sorted[0];
  if (!mid) throw new Error('no runs');
  return { ...mid, failures: runs.reduce((n, r) => n + r.failures, 0) };
}

const started = Date.now();
const api = await start('src/server.ts', {
  PORT: '0',
  HOST: '127.0.0.1',
  // Per-request info logs cost a few percent: production may keep them, the bench
  // measures the request path itself.
  LOG_LEVEL: 'warn',
  RATE_LIMIT_MAX: '1000000000',
});
const single = '/v1/errors/4001';
const search = '/v1/errors?q=token&locale=de';
const singleBody = await (await fetch(api.url + single)).text();
const searchBody = await (await fetch(api.url + search)).text();

// Real searching: every word of the catalog's wire names in every served locale, taken
// in one rotation. The API caches list answers (the 512 most recent queries, first in
// first out); a rotation through more distinct queries than that never finds its next
// query still cached, so each request runs the search.
const served = (
  (await (await fetch(`${api.url}/v1/locales`)).json()) as { items: { locale: string }[] }
).items.map((item) => item.locale);
const words = [...new Set(catalog.flatMap((e) => e.name.toLowerCase().split('_')))].filter(
  (word) => word.length > 2,
);
const rotation = words.flatMap((word) =>
  served.map((locale) => `/v1/errors?q=${encodeURIComponent(word)}&locale=${locale}`),
);
let rotationBytes = 0;
let rotationMatches = 0;
for (const path of rotation) {
  const res = await fetch(api.url + path);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  rotationBytes += Buffer.byteLength(text);
  rotationMatches += (JSON.parse(text) as { total: number }).total;
}

const dir = mkdtempSync(join(tmpdir(), 'api-bench-'));
const bodiesFile = join(dir, 'bodies.json');
writeFileSync(
  bodiesFile,
  JSON.stringify({ single: JSON.parse(singleBody), search: JSON.parse(searchBody) }),
);
const [bare, floor] = await Promise.all([
  start('bench/bare.ts', { BENCH_BODIES: bodiesFile }),
  start('bench/bare.ts', { BENCH_BODIES: bodiesFile, BENCH_PLUGINS: '1' }),
]);

type Run = Awaited<ReturnType<typeof measure>>;
interface Subject {
  readonly route: string;
  readonly origin: string;
  readonly paths: readonly string[];
  readonly bodyBytes: number;
  readonly goal?: number;
}

function row(subject: Subject, run: Run, base: Run) {
  const ratio = run.rps / base.rps;
  return {
    route: subject.route,
    'req/s': Math.round(run.rps),
    'p99 ms': run.p99,
    'body B': subject.bodyBytes,
    failures: run.failures,
    ratio: ratio.toFixed(2),
    goal:
      subject.goal === undefined
        ? ''
        : `≥ ${subject.goal} ${ratio >= subject.goal ? 'met' : 'NOT met'}`,
  };
}

const rows: ReturnType<typeof row>[] = [];
try {
  for (const [name, path, barePath, goal, extra] of [
    ['GET /v1/errors/4001', single, '/single', 0.85, []],
    [
      'GET /v1/errors?q=token&locale=de',
      search,
      '/search',
      0.6,
      [
        {
          route: `  ${rotation.length} distinct ?q=<word>&locale=<locale>, rotating`,
          origin: api.url,
          paths: rotation,
          bodyBytes: Math.round(rotationBytes / rotation.length),
        },
      ],
    ],
  ] as const) {
    const bodyBytes = Buffer.byteLength(path === single ? singleBody : searchBody);
    // The bare route first: every other row of the group is a ratio to it.
    const subjects: Subject[] = [
      {
        route: `bare Fastify, same-size body (${barePath})`,
        origin: bare.url,
        paths: [barePath],
        bodyBytes,
      },
      {
        route: '  same + cors, under-pressure, rate-limit',
        origin: floor.url,
        paths: [barePath],
        bodyBytes,
      },
      { route: name, origin: api.url, paths: [path], bodyBytes, goal },
      ...extra,
    ];
    for (const subject of subjects) await measure(subject.origin, subject.paths, WARMUP_S);
    const runs = subjects.map((): Run[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, subject] of subjects.entries()) {
        runs[i]?.push(await measure(subject.origin, subject.paths, DURATION_S));
      }
    }
    const medians = runs.map(median);
    const base = medians[0] as Run;
    for (const [i, subject] of subjects.entries()) rows.push(row(subject, medians[i] as Run, base));
  }
} finally {
  api.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
  floor.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `autocannon: ${CONNECTIONS} connections, 127.0.0.1; per row a ${WARMUP_S} s warm-up, then the median of ${ROUNDS} interleaved ${DURATION_S} s rounds`,
);
console.table(rows);
console.log(
  `The rotating row cycles through ${rotation.length} searches (${words.length} words of the wire names × ${served.length} locales; ${(rotationMatches / rotation.length).toFixed(1)} matches and ${Math.round(rotationBytes / rotation.length)} body bytes on average), more than the list cache holds: each request searches. Its ratio is to the same bare /search route. Whole run: ${Math.round((Date.now() - started) / 1000)} s.`,
);
