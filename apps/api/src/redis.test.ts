/**
 * Replicas sharing one rate limit through a real Redis (Debian's redis-server, on a
 * free loopback port, no persistence) and two real API processes. Redis is stopped
 * mid-run: the documented behaviour is to fail open with a logged warning, each
 * request served uncounted; never a 500, never a crash. Redis back, the shared limit
 * holds again.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const MAX = 10;
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts redis-server on `port` with nothing saved to disk; resolves once it accepts connections. */
function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      '/tmp',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 60_000);
    child.on('error', (error) =>
      reject(new Error(`redis-server could not run (${error.message}): .ci/setup installs it`)),
    );
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Replica {
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: () => string;
}

function startReplica(redisUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: String(MAX),
      REDIS_URL: redisUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start: ${out}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = /API listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], log: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`replica exited with ${code}: ${out}`)));
  });
}

async function shared(replica: Replica): Promise<boolean> {
  const health = (await (await fetch(`${replica.url}/healthz`)).json()) as {
    rateLimit: { store: string; shared: boolean };
  };
  expect(health.rateLimit.store).toBe('redis');
  return health.rateLimit.shared;
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting until ${what}`);
}

let redisPort: number;
let redis: ChildProcess;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  redisPort = await freePort();
  redis = await startRedis(redisPort);
  [a, b] = await Promise.all([
    startReplica(`redis://127.0.0.1:${redisPort}`),
    startReplica(`redis://127.0.0.1:${redisPort}`),
  ]);
}, 120_000);

afterAll(async () => {
  for (const child of children.splice(0)) await stop(child);
});

const lookup = (replica: Replica) => fetch(`${replica.url}/v1/web/errors/4001`);

describe('two replicas and one Redis', () => {
  it('share one budget: requests split across both count against one limit', async () => {
    expect(await shared(a)).toBe(true);
    expect(await shared(b)).toBe(true);
    const remaining: string[] = [];
    for (let i = 0; i < MAX; i++) {
      const res = await lookup(i % 2 === 0 ? a : b);
      expect(res.status).toBe(200);
      remaining.push(res.headers.get('ratelimit-remaining') ?? '');
    }
    // One count: 9, 8, … 0 whichever replica answered.
    expect(remaining).toEqual(Array.from({ length: MAX }, (_, i) => String(MAX - 1 - i)));
    for (const replica of [a, b]) {
      const res = await lookup(replica);
      expect(res.status).toBe(429);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('fail open with a logged warning while Redis is down: no 500, no crash, nothing counted', async () => {
    await stop(redis);
    // Requests while the replicas find out: whatever they answer, never a 5xx.
    const during = await Promise.all(
      Array.from({ length: 20 }, (_, i) => lookup(i % 2 === 0 ? a : b)),
    );
    for (const res of during) expect(res.status).toBeLessThan(500);
    await until('both replicas count alone', async () => !(await shared(a)) && !(await shared(b)));
    for (const replica of [a, b]) {
      expect(replica.log()).toContain('Redis unreachable; failing open');
      expect(replica.child.exitCode).toBeNull();
    }
    // The budget was spent before Redis went away: requests are served all the same,
    // uncounted (under-pressure still sheds a flood).
    for (let i = 0; i < MAX + 5; i++) expect((await lookup(i % 2 === 0 ? a : b)).status).toBe(200);
  });

  it('share one budget again once Redis is back', async () => {
    redis = await startRedis(redisPort);
    await until('both replicas share again', async () => (await shared(a)) && (await shared(b)));
    for (const replica of [a, b]) {
      expect(replica.log()).toContain('Redis is back; budget shared through Redis again');
    }
    // Redis kept nothing (no persistence): a fresh shared window.
    const statuses: number[] = [];
    for (let i = 0; i < MAX + 2; i++) statuses.push((await lookup(i % 2 === 0 ? b : a)).status);
    expect(statuses.slice(0, MAX)).toEqual(Array(MAX).fill(200));
    expect(statuses.slice(MAX)).toEqual([429, 429]);
  });
});
