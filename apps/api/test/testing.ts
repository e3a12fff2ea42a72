/** Shared by the tests: a quiet config and an app whose log lines can be read back. */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type BuildOptions, buildApp } from '../src/app.js';
import { type Config, defaultConfig } from '../src/config.js';
import { type ProblemSlug, problemTypeUri } from '../src/http/problem.js';

export const testConfig: Config = {
  ...defaultConfig,
  port: 0,
  logLevel: 'info',
  rateLimitMax: 100_000,
  docsBaseUrl: 'https://docs.test',
  publicBaseUrl: 'https://api.test',
};

export interface TestApp {
  readonly app: FastifyInstance;
  /** Every log record written so far, parsed. */
  readonly logs: Record<string, unknown>[];
}

export async function makeApp(
  config: Partial<Config> = {},
  options: Omit<BuildOptions, 'logStream'> = {},
): Promise<TestApp> {
  const logs: Record<string, unknown>[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
      callback();
    },
  });
  // The tests' own synchronous work (compiling the OpenAPI validator) can stall this
  // process's event loop for a second: only the overload tests ask for a tight bound.
  const underPressure = { maxEventLoopDelay: 30_000, ...options.underPressure };
  const app = await buildApp(
    { ...testConfig, ...config },
    { ...options, underPressure, logStream },
  );
  await app.ready();
  return { app, logs };
}

/**
 * Asserts an RFC 9457 body of the given type and status, and returns it. The `type` is
 * on `baseUrl`, the app's PUBLIC_BASE_URL (the tests' one unless given).
 */
export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  slug: string,
  baseUrl = testConfig.publicBaseUrl as string,
): Record<string, unknown> {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body).toMatchObject({ type: problemTypeUri(baseUrl, slug as ProblemSlug), status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.instance).toBe('string');
  return body;
}

/** Asserts that a problem's `type` is a 200 HTML page of the same (injected) app. */
export async function expectTypeResolves(app: FastifyInstance, type: unknown): Promise<void> {
  expect(typeof type).toBe('string');
  const url = new URL(type as string);
  expect(url.origin + url.pathname).toBe(type);
  const page = await app.inject(url.pathname);
  expect(page.statusCode, type as string).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
}
