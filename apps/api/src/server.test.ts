/**
 * The real process: configuration errors exit with a message, and SIGTERM during
 * load finishes what was accepted, refuses new connections and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_EXIT_CODE } from './config.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];

/** The built server, what `start` and `serve` run (the test task depends on the build). */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: appDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed in 60 s: ${stderr}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = /API listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before listening: ${stderr}`));
    });
  });
  // Not every test waits for the URL (a bad config never prints one).
  listening.catch(() => undefined);
  return {
    child,
    exited,
    listening,
    output: () => ({ stdout, stderr }),
  };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('configuration errors', () => {
  it('exits with EX_CONFIG and names the bad variables', async () => {
    const server = startServer({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await server.exited).toBe(CONFIG_EXIT_CODE);
    const { stderr } = server.output();
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('PORT must be');
    expect(stderr).toContain('LOG_LEVEL must be');
  });
});

describe('problem types', () => {
  it('point at pages of the running server, on the address it listens on', async () => {
    const server = startServer({ LOG_LEVEL: 'warn' });
    const base = await server.listening;
    expect(server.output().stdout).toContain(`Problem types: ${base}/problems/`);
    const problem = (await (await fetch(`${base}/v1/web/errors/9999`)).json()) as { type: string };
    expect(problem.type).toBe(`${base}/problems/unknown-code`);
    const page = await fetch(problem.type);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Unknown error code</h1>');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('use PUBLIC_BASE_URL when it is set', async () => {
    const server = startServer({ LOG_LEVEL: 'warn', PUBLIC_BASE_URL: 'https://api.example.com/' });
    const base = await server.listening;
    const problem = (await (await fetch(`${base}/nope`)).json()) as { type: string };
    expect(problem.type).toBe('https://api.example.com/problems/not-found');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

type Outcome =
  | { kind: 'ok'; body: string }
  | { kind: 'bad'; detail: string }
  | { kind: 'refused' | 'reset' };

function request(url: string, agent: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = get(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('aborted', () => resolve({ kind: 'bad', detail: 'aborted mid-response' }));
      res.on('error', (e) => resolve({ kind: 'bad', detail: `response error ${e.message}` }));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (!res.complete || res.statusCode !== 200) {
          resolve({ kind: 'bad', detail: `status ${res.statusCode}, complete ${res.complete}` });
        } else if (Buffer.byteLength(body) !== Number(res.headers['content-length'])) {
          resolve({ kind: 'bad', detail: 'short body' });
        } else {
          resolve({ kind: 'ok', body });
        }
      });
    });
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    // No response at all: the connection was refused, or closed before the request
    // was read (a keep-alive socket the server reaped as idle; a GET may be retried).
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve({ kind: 'refused' });
      else if (error.code === 'ECONNRESET' || error.message === 'socket hang up') {
        resolve({ kind: 'reset' });
      } else resolve({ kind: 'bad', detail: `request error ${error.code ?? error.message}` });
    });
  });
}

/** A request whose last CRLF is held back: in flight when the signal comes. */
function halfSentRequest(port: number) {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (c) => {
    text += c;
  });
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  socket.on('error', () => {});
  const ready = new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return {
    ready: ready.then(() => {
      socket.write('GET /v1/web/errors/4001 HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    }),
    finish: () => socket.write('\r\n'),
    closed,
  };
}

describe('graceful shutdown', () => {
  it('loses no accepted request when SIGTERM comes during load', async () => {
    const server = startServer({ LOG_LEVEL: 'info', RATE_LIMIT_MAX: '100000' });
    const base = await server.listening;
    const port = Number(new URL(base).port);
    const expected = await (await fetch(`${base}/v1/web/errors/4001`)).text();

    const inFlight = halfSentRequest(port);
    await inFlight.ready;

    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const total = 200;
    const outcomes: Outcome[] = [];
    let next = 0;
    let signalled = false;
    const worker = async () => {
      while (next < total) {
        next++;
        outcomes.push(await request(`${base}/v1/web/errors/4001`, agent));
        if (!signalled && outcomes.length >= total / 2) {
          signalled = true;
          server.child.kill('SIGTERM');
          await sleep(200);
          // The request held back since before the signal completes now.
          inFlight.finish();
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    agent.destroy();

    // A brand-new connection is refused once the server has closed.
    const late = await request(`${base}/v1/web/errors/4001`, new Agent());
    expect(late.kind).toBe('refused');
    expect(await server.exited).toBe(0);

    const held = await inFlight.closed;
    expect(held).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(held).toMatch(/connection: close/i);
    expect(held.endsWith(expected)).toBe(true);

    const bad = outcomes.filter((o) => o.kind === 'bad');
    expect(bad).toEqual([]);
    const ok = outcomes.filter((o): o is { kind: 'ok'; body: string } => o.kind === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(total / 2);
    for (const o of ok) expect(o.body).toBe(expected);
    expect(outcomes.filter((o) => o.kind === 'refused').length).toBeGreaterThan(0);
    // How many kept-alive sockets were reaped idle at close (a reset, before any byte
    // of a response) depends on the machine's load, so it is not counted: what counts
    // is that no response was cut short (`bad` above) and that every response the
    // server finished reached the client whole (below).

    // Every response the server finished reached the client whole: the server's own
    // log counts them (the warm-up fetch, the held request and the load).
    const completed = server
      .output()
      .stdout.split('\n')
      .filter((line) => line.includes('"msg":"request completed"'));
    expect(completed.length).toBe(ok.length + 2);
    expect(server.output().stdout).toContain('"msg":"closed"');
  }, 120_000);
});
