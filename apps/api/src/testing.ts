/** Shared by the tests: a quiet config and an app whose log lines can be read back. */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type BuildOptions, buildApp } from './app.js';
import { type Config, defaultConfig } from './config.js';
import { PROBLEM_TYPE_BASE } from './problem.js';

export const testConfig: Config = {
  ...defaultConfig,
  port: 0,
  logLevel: 'info',
  rateLimitMax: 100_000,
  docsBaseUrl: 'https://docs.test',
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

/** Asserts an RFC 9457 body of the given type and status, and returns it. */
export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  slug: string,
): Record<string, unknown> {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body).toMatchObject({ type: PROBLEM_TYPE_BASE + slug, status });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.instance).toBe('string');
  return body;
}
