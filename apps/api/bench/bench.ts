/**
 * req/s and p99 of the API's single lookup and search, each beside a bare Fastify
 * route returning a fixed JSON body of the same size, measured in the same run with
 * the same autocannon settings. A third row shows the bare route behind the three
 * plugins the API runs on every request: the floor they set. Servers run as child
 * processes, so autocannon in this process does not share their event loop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

async function measure(url: string, duration: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
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

const dir = mkdtempSync(join(tmpdir(), 'api-bench-'));
const bodiesFile = join(dir, 'bodies.json');
writeFileSync(
  bodiesFile,
  JSON.stringify({ single: JSON.parse(singleBody), search: JSON.parse(searchBody) }),
);
const bare = await start('bench/bare.ts', { BENCH_BODIES: bodiesFile });
const floor = await start('bench/bare.ts', { BENCH_BODIES: bodiesFile, BENCH_PLUGINS: '1' });

const rows = [];
try {
  for (const [name, path, barePath, goal] of [
    ['GET /v1/errors/4001', single, '/single', 0.85],
    ['GET /v1/errors?q=token&locale=de', search, '/search', 0.6],
  ] as const) {
    const bodyBytes = Buffer.byteLength(path === single ? singleBody : searchBody);
    await measure(bare.url + barePath, WARMUP_S);
    await measure(floor.url + barePath, WARMUP_S);
    await measure(api.url + path, WARMUP_S);
    const runs: Record<'base' | 'withPlugins' | 'ours', Awaited<ReturnType<typeof measure>>[]> = {
      base: [],
      withPlugins: [],
      ours: [],
    };
    for (let round = 0; round < ROUNDS; round++) {
      runs.base.push(await measure(bare.url + barePath, DURATION_S));
      runs.withPlugins.push(await measure(floor.url + barePath, DURATION_S));
      runs.ours.push(await measure(api.url + path, DURATION_S));
    }
    const base = median(runs.base);
    const withPlugins = median(runs.withPlugins);
    const ours = median(runs.ours);
    const ratio = ours.rps / base.rps;
    rows.push(
      {
        route: `bare Fastify, same-size body (${barePath})`,
        'req/s': Math.round(base.rps),
        'p99 ms': base.p99,
        'body B': bodyBytes,
        failures: base.failures,
        ratio: '1.00',
        goal: '',
      },
      {
        route: '  same + cors, under-pressure, rate-limit',
        'req/s': Math.round(withPlugins.rps),
        'p99 ms': withPlugins.p99,
        'body B': bodyBytes,
        failures: withPlugins.failures,
        ratio: (withPlugins.rps / base.rps).toFixed(2),
        goal: '',
      },
      {
        route: name,
        'req/s': Math.round(ours.rps),
        'p99 ms': ours.p99,
        'body B': bodyBytes,
        failures: ours.failures,
        ratio: ratio.toFixed(2),
        goal: `≥ ${goal} ${ratio >= goal ? 'met' : 'NOT met'}`,
      },
    );
  }
} finally {
  api.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
  floor.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `autocannon: ${CONNECTIONS} connections, median of ${ROUNDS} interleaved ${DURATION_S} s runs after a ${WARMUP_S} s warm-up, 127.0.0.1`,
);
console.table(rows);
