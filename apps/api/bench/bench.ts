/**
 * What one request costs the API, beside a bare Fastify route sending the very same
 * body, measured in the same run; then a bounded soak.
 *
 * The figure that does not depend on the client is the server's own CPU time per
 * request: utime + stime of the server process (from /proc/<pid>/stat) over a run,
 * divided by the responses the client received. req/s is printed beside it, and so is
 * the client's own CPU use: on a 2-core machine autocannon can be the bottleneck, and
 * when its CPU is near 100 % of a core its req/s says more about it than about the
 * server. The client sends plain, prebuilt requests (a URL, or a list of them that
 * each connection walks from its own starting point), never a per-request callback.
 *
 * Rows: the bare route; the bare route behind cors, under-pressure and rate-limit (the
 * floor the API's protections set); the API. Groups: one lookup; one search URL
 * repeated; 670 distinct searches in rotation (every request a real search, against a
 * bare route sending each of those 670 answers). Each row gets a warm-up, then ROUNDS
 * interleaved runs; a row shows its run of median CPU per request.
 *
 * Then the soak, on a fresh API process: SOAK_S seconds at full rate over mixed
 * routes, one request in ten hostile; it must give no 5xx and no socket error, and
 * the API's RSS after it must be within 10 % of its RSS after a warm-up of the same
 * mix. The warm-up lasts 30 s: the heap grows to its working size in about the first
 * 20 s (cached pages fill the old space before its first full collection), so an RSS
 * taken after 10 s is not yet the level a leak would grow from.
 *
 * BENCH_PROFILE=1 starts the API under `node --cpu-prof` (profiles in bench/profiles/).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformIds, platformTables } from '@org/error-codes';
import autocannon, { type Request } from 'autocannon';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_S = 2;
const SOAK_WARMUP_S = Number(process.env.BENCH_SOAK_WARMUP_S ?? 30);
const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 60);
const RSS_WINDOW_S = 5;
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

function start(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** utime + stime of a process, in clock ticks. */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

/** The whole machine's idle and total jiffies. */
function machine(): { idle: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  return { idle: (values[3] ?? 0) + (values[4] ?? 0), total: values.reduce((a, b) => a + b, 0) };
}

interface Run {
  readonly rps: number;
  readonly responses: number;
  readonly p99: number;
  readonly failures: number;
  /** Server CPU per response, µs. */
  readonly serverUs: number;
  /** Server CPU, % of one core. */
  readonly serverPct: number;
  /** This process's (the client's) CPU, % of one core. */
  readonly clientPct: number;
  /** Idle share of the whole machine, %. */
  readonly idlePct: number;
  readonly counts: Readonly<Record<'2xx' | '3xx' | '4xx' | '5xx' | 'errors' | 'timeouts', number>>;
}

/**
 * One run against `origin`. One path: every connection sends it. A list: RUNNERS
 * single-connection clients walk it, each from its own starting point (a list rotated
 * by list.length / RUNNERS), so one query comes back only after about list.length
 * requests in all: no two connections ask for the same URL at the same time.
 */
async function measure(
  origin: string,
  pid: number,
  paths: readonly string[] | readonly Request[],
  duration: number,
): Promise<Run> {
  const requests = paths.map((p) =>
    typeof p === 'string' ? { method: 'GET' as const, path: p } : p,
  );
  const runners =
    requests.length === 1
      ? [{ url: origin + (requests[0]?.path as string), connections: CONNECTIONS }]
      : Array.from({ length: CONNECTIONS }, (_, k) => {
          const shift = Math.floor((k * requests.length) / CONNECTIONS);
          return {
            url: origin,
            connections: 1,
            requests: [...requests.slice(shift), ...requests.slice(0, shift)],
          };
        });
  const ticks = cpuTicks(pid);
  const client = process.cpuUsage();
  const box = machine();
  const started = performance.now();
  const results = await Promise.all(
    runners.map((runner) => autocannon({ ...runner, duration, pipelining: 1 })),
  );
  const wallUs = (performance.now() - started) * 1000;
  const serverUsTotal = ((cpuTicks(pid) - ticks) * 1e6) / CLK_TCK;
  const clientUsage = process.cpuUsage(client);
  const boxAfter = machine();
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((n, r) => n + pick(r), 0);
  const responses = sum((r) => r.requests.total);
  return {
    rps: sum((r) => r.requests.average),
    responses,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failures: sum((r) => r.errors + r.timeouts + (r['5xx'] ?? 0)),
    serverUs: serverUsTotal / Math.max(1, responses),
    serverPct: (100 * serverUsTotal) / wallUs,
    clientPct: (100 * (clientUsage.user + clientUsage.system)) / wallUs,
    idlePct: (100 * (boxAfter.idle - box.idle)) / Math.max(1, boxAfter.total - box.total),
    counts: {
      '2xx': sum((r) => r['2xx']),
      '3xx': sum((r) => r['3xx']),
      '4xx': sum((r) => r['4xx']),
      '5xx': sum((r) => r['5xx']),
      errors: sum((r) => r.errors),
      timeouts: sum((r) => r.timeouts),
    },
  };
}

/** RSS readings every 250 ms during the last RSS_WINDOW_S seconds of a phase of `seconds`. */
async function sampleRss(pid: number, seconds: number): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, (seconds - RSS_WINDOW_S) * 1000));
  const samples: number[] = [];
  const end = Date.now() + RSS_WINDOW_S * 1000 - 250;
  while (Date.now() < end) {
    samples.push(rssMb(pid));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return samples;
}

const started = Date.now();
let soakChild: ChildProcess | undefined;
const profileDir = join(appDir, 'bench', 'profiles');
if (process.env.BENCH_PROFILE === '1') mkdirSync(profileDir, { recursive: true });
const apiEnv = {
  PORT: '0',
  HOST: '127.0.0.1',
  // Per-request info logs cost a few percent: production may keep them, the bench
  // measures the request path itself.
  LOG_LEVEL: 'warn',
  RATE_LIMIT_MAX: '1000000000',
};
const api = await start(
  [
    ...(process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    'dist/server.js',
  ],
  apiEnv,
);
const apiPid = api.child.pid as number;

async function text(path: string, init?: RequestInit): Promise<string> {
  const res = await fetch(api.url + path, init);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return res.text();
}

const single = '/v1/web/errors/4001';
const search = '/v1/web/errors?q=token&locale=de';

// Real searching: words of the wire names in every served locale, in one rotation.
const served = (JSON.parse(await text('/v1/locales')) as { items: { locale: string }[] }).items.map(
  (item) => item.locale,
);
const words = [
  ...new Set(
    platformIds.flatMap((id) =>
      platformTables[id].flatMap((e: { name: string }) => e.name.toLowerCase().split('_')),
    ),
  ),
]
  .filter((word) => word.length > 2)
  .slice(0, 67);
const rotation = words.flatMap((word) =>
  served.map((locale) => `/v1/web/errors?q=${encodeURIComponent(word)}&locale=${locale}`),
);
const bodies = [await text(single), await text(search)];
// The headers the API answers the lookup with, less those Node and Fastify set on
// every reply (the bare route sends those too).
const apiHeaders = Object.fromEntries(
  [...(await fetch(api.url + single)).headers].filter(
    ([name]) =>
      !['date', 'connection', 'keep-alive', 'content-length', 'content-type'].includes(name),
  ),
);
let rotationMatches = 0;
for (const path of rotation) {
  const body = await text(path);
  bodies.push(body);
  rotationMatches += (JSON.parse(body) as { total: number }).total;
}
const bytes = (i: number) => Buffer.byteLength(bodies[i] as string);
const rotationBytes = rotation.reduce((n, _p, i) => n + bytes(i + 2), 0) / rotation.length;

const dir = mkdtempSync(join(tmpdir(), 'api-bench-'));
const bodiesFile = join(dir, 'bodies.json');
writeFileSync(bodiesFile, JSON.stringify(bodies));
const headersFile = join(dir, 'headers.json');
writeFileSync(headersFile, JSON.stringify(apiHeaders));
const bareArgs = ['--import', 'tsx', 'bench/bare.ts'];
const [bare, floor, dressed] = await Promise.all([
  start(bareArgs, { BENCH_BODIES: bodiesFile }),
  start(bareArgs, { BENCH_BODIES: bodiesFile, BENCH_PLUGINS: '1' }),
  start(bareArgs, { BENCH_BODIES: bodiesFile, BENCH_HEADERS: headersFile }),
]);
const barePid = bare.child.pid as number;
const floorPid = floor.child.pid as number;
const dressedPid = dressed.child.pid as number;

interface Subject {
  readonly route: string;
  readonly origin: string;
  readonly pid: number;
  readonly paths: readonly string[];
  readonly bodyBytes: number;
  /** The ratio µs this row must never fall below (what the README's first table measured). */
  readonly floor?: number;
  readonly goal?: number;
}

const groups: Subject[][] = [
  [
    {
      route: 'bare Fastify, same body',
      origin: bare.url,
      pid: barePid,
      paths: ['/b/0'],
      bodyBytes: bytes(0),
    },
    {
      route: '  + cors, under-pressure, rate-limit',
      origin: floor.url,
      pid: floorPid,
      paths: ['/b/0'],
      bodyBytes: bytes(0),
    },
    {
      route: `  + the API's ${Object.keys(apiHeaders).length} response headers, no work`,
      origin: dressed.url,
      pid: dressedPid,
      paths: ['/b/0'],
      bodyBytes: bytes(0),
    },
    {
      route: `API GET ${single}`,
      origin: api.url,
      pid: apiPid,
      paths: [single],
      bodyBytes: bytes(0),
      floor: 0.49,
      goal: 0.65,
    },
  ],
  [
    {
      route: 'bare Fastify, same body',
      origin: bare.url,
      pid: barePid,
      paths: ['/b/1'],
      bodyBytes: bytes(1),
    },
    {
      route: '  + cors, under-pressure, rate-limit',
      origin: floor.url,
      pid: floorPid,
      paths: ['/b/1'],
      bodyBytes: bytes(1),
    },
    {
      route: `API GET ${search}`,
      origin: api.url,
      pid: apiPid,
      paths: [search],
      bodyBytes: bytes(1),
      floor: 0.68,
    },
  ],
  [
    {
      route: `bare Fastify, the same ${rotation.length} bodies`,
      origin: bare.url,
      pid: barePid,
      paths: rotation.map((_p, i) => `/b/${i + 2}`),
      bodyBytes: Math.round(rotationBytes),
    },
    {
      route: `API ${rotation.length} searches, rotating`,
      origin: api.url,
      pid: apiPid,
      paths: rotation,
      bodyBytes: Math.round(rotationBytes),
      floor: 0.43,
    },
  ],
];

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.serverUs - b.serverUs);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? sorted[0];
  if (!mid) throw new Error('no runs');
  return { ...mid, failures: runs.reduce((n, r) => n + r.failures, 0) };
}

const rows: Record<string, string | number>[] = [];
let soak: Record<string, string | number> = {};
try {
  for (const subjects of groups) {
    for (const s of subjects) await measure(s.origin, s.pid, s.paths, WARMUP_S);
    const runs = subjects.map((): Run[] => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of subjects.entries())
        runs[i]?.push(await measure(s.origin, s.pid, s.paths, DURATION_S));
    }
    const medians = runs.map(median);
    const base = medians[0] as Run;
    for (const [i, s] of subjects.entries()) {
      const run = medians[i] as Run;
      const cost = base.serverUs / run.serverUs;
      rows.push({
        route: s.route,
        'body B': s.bodyBytes,
        'req/s': Math.round(run.rps),
        'server µs/req': Number(run.serverUs.toFixed(1)),
        'server CPU %': Math.round(run.serverPct),
        'client CPU %': Math.round(run.clientPct),
        'idle %': Math.round(run.idlePct),
        'p99 ms': run.p99,
        failures: run.failures,
        'ratio µs': cost.toFixed(2),
        'ratio req/s': (run.rps / base.rps).toFixed(2),
        floor: s.floor === undefined ? '' : `≥ ${s.floor} ${cost >= s.floor ? 'held' : 'BELOW'}`,
        goal: s.goal === undefined ? '' : `≥ ${s.goal} ${cost >= s.goal ? 'met' : 'not met'}`,
      });
    }
  }

  // The soak: a fresh API process (what the rows above left in its heap is not its
  // own), mixed routes, one request in ten hostile.
  api.child.kill('SIGTERM');
  const soaked = await start(['dist/server.js'], apiEnv);
  soakChild = soaked.child;
  const soakPid = soaked.child.pid as number;
  const etag = (await fetch(soaked.url + single)).headers.get('etag') ?? '';
  const normal: Request[] = [
    { method: 'GET', path: single },
    { method: 'GET', path: '/v1/flutter-1/errors/3017?locale=de' },
    { method: 'GET', path: '/v1/ios/errors/3008?locale=ja' },
    { method: 'GET', path: '/v1/web/errors/invalid_api_key?locale=ja' },
    { method: 'GET', path: '/v1/explain/3017' },
    { method: 'GET', path: '/v1/explain/camera-in-use?locale=ar' },
    { method: 'GET', path: search },
    { method: 'GET', path: '/v1/flutter-3/errors?category=media-device&locale=hi' },
    { method: 'GET', path: '/v1/react-native/errors?q=camera' },
    { method: 'GET', path: '/v1/platforms?locale=fr' },
    { method: 'GET', path: '/v1/categories', headers: { 'accept-language': 'pt-BR,pt;q=0.9' } },
    { method: 'GET', path: single, headers: { 'if-none-match': etag } },
    { method: 'GET', path: '/v1/locales' },
    { method: 'GET', path: '/healthz' },
  ];
  const hostile: Request[] = [
    { method: 'GET', path: '/v1/web/errors/__proto__' },
    { method: 'GET', path: '/v1/android/errors/4001' },
    { method: 'GET', path: '/v1/flutter/errors/3017' },
    { method: 'GET', path: '/v1/flutter-3/errors/9999' },
    { method: 'GET', path: '/v1/web/errors?category=nope&limit=1e2' },
    { method: 'POST', path: '/v1/web/errors/4001' },
    { method: 'GET', path: `/v1/web/errors?q=${'a'.repeat(300)}` },
    { method: 'GET', path: single, headers: { accept: 'text/html' } },
    { method: 'GET', path: '/v1/explain/%00' },
    { method: 'GET', path: `/v1/web/errors/${'9'.repeat(150)}` },
    { method: 'GET', path: `/${'a/'.repeat(1100)}` },
    { method: 'GET', path: single, headers: { 'accept-language': `${'xx-YY,'.repeat(600)}de` } },
  ];
  const mix: Request[] = [];
  for (let i = 0; i < rotation.length; i++) {
    // Nine normal requests (one of them a fresh search), then a hostile one.
    for (let k = 0; k < 8; k++) mix.push(normal[(i * 8 + k) % normal.length] as Request);
    mix.push({ method: 'GET', path: rotation[i] as string });
    mix.push(hostile[i % hostile.length] as Request);
  }
  // RSS swings with garbage collection (a run of 11 KB bodies is freed in bulk): each
  // phase reports the lowest reading of its last RSS_WINDOW_S seconds, the level the
  // collector brings it back to, which is what grows when memory leaks.
  const [, warmSamples] = await Promise.all([
    measure(soaked.url, soakPid, mix, SOAK_WARMUP_S),
    sampleRss(soakPid, SOAK_WARMUP_S),
  ]);
  const [run, soakSamples] = await Promise.all([
    measure(soaked.url, soakPid, mix, SOAK_S),
    sampleRss(soakPid, SOAK_S),
  ]);
  const rssWarm = Math.min(...warmSamples);
  const rssAfter = Math.min(...soakSamples);
  const r = run.counts;
  const rssRatio = rssAfter / rssWarm;
  soak = {
    seconds: SOAK_S,
    requests: run.responses,
    'req/s': Math.round(run.rps),
    'server µs/req': Number(run.serverUs.toFixed(1)),
    '2xx': r['2xx'],
    '3xx (304)': r['3xx'],
    '4xx': r['4xx'],
    hostile: `${((100 * rotation.length) / mix.length).toFixed(0)} % of the mix`,
    '5xx': r['5xx'],
    'socket errors': r.errors,
    timeouts: r.timeouts,
    'RSS after warm-up MB': Number(rssWarm.toFixed(1)),
    'RSS after soak MB': Number(rssAfter.toFixed(1)),
    'RSS readings MB': `${Math.min(...warmSamples).toFixed(0)}–${Math.max(...warmSamples).toFixed(0)} / ${Math.min(...soakSamples).toFixed(0)}–${Math.max(...soakSamples).toFixed(0)}`,
    'RSS ratio': rssRatio.toFixed(3),
    goal: `0 5xx, 0 errors, RSS within 10 %: ${r['5xx'] === 0 && r.errors === 0 && r.timeouts === 0 && Math.abs(rssRatio - 1) <= 0.1 ? 'met' : 'NOT met'}`,
  };
} finally {
  api.child.kill('SIGTERM');
  soakChild?.kill('SIGTERM');
  bare.child.kill('SIGTERM');
  floor.child.kill('SIGTERM');
  dressed.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `autocannon: ${CONNECTIONS} connections, 127.0.0.1, prebuilt requests; per row a ${WARMUP_S} s warm-up, then the run of median server CPU per request among ${ROUNDS} interleaved ${DURATION_S} s runs. "ratio µs" = bare µs/req ÷ row µs/req (1 = as cheap as bare Fastify; the floors and goals are on it); "ratio req/s" = row req/s ÷ bare req/s. Client CPU is this process (autocannon), % of one core: near 100 it is the client that limits req/s, not the server.`,
);
console.table(rows);
console.log(
  `Rotation: ${rotation.length} searches (${words.length} words of the wire names × ${served.length} locales; ${(rotationMatches / rotation.length).toFixed(1)} matches and ${Math.round(rotationBytes)} body bytes on average), walked by ${CONNECTIONS} single-connection clients from starting points ${Math.floor(rotation.length / CONNECTIONS)} queries apart, so a query comes back only after about ${rotation.length} requests: none is in the API's list cache (the 256 pages last answered), each request is a real search.`,
);
console.log(
  `Soak: a fresh API process, ${SOAK_S} s of mixed routes after a ${SOAK_WARMUP_S} s warm-up of the same mix, one request in ten hostile (400, 404, 405, 406, 414). RSS: the lowest reading (every 250 ms) of the last ${RSS_WINDOW_S} s of each phase, the level garbage collection brings it back to; "RSS readings" gives each phase's range (warm-up / soak).`,
);
console.table([soak]);
console.log(`Whole run: ${Math.round((Date.now() - started) / 1000)} s.`);
