/**
 * The HTTP hardening every request passes, apart from what it asks for: CORS, the
 * security headers, the rate limit and the request checks (`guard.ts`), load shedding
 * (@fastify/under-pressure with `eventLoopCheck.ts`), and the error
 * handlers that turn all of it into problem+json. The catalog routes know none of it.
 */
import cors from '@fastify/cors';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import { errorHandler } from './errorHandler.js';
import { eventLoopCheck } from './eventLoopCheck.js';
import { createGuard, NOT_FOUND_DETAIL } from './guard.js';
import { knownPaths } from './knownPaths.js';
import { sendProblem } from './problem.js';
import { type RateLimitState, registerRateLimit } from './rateLimit.js';
import { apiHelmetOptions, helmetHeaders } from './securityHeaders.js';

export interface HardeningOptions {
  readonly corsOrigins: '*' | readonly string[];
  readonly rateLimitMax: number;
  readonly redisUrl: string | undefined;
  /** Paths under this prefix set their own security headers and keep their router's answers. */
  readonly ownHeadersPrefix: string;
  /** Paths under these prefixes are HTML: no JSON-only `Accept` check. */
  readonly htmlPrefixes: readonly string[];
  /** Paths the rate limit does not count. */
  readonly unlimitedPaths: readonly string[];
  readonly underPressure?: {
    readonly maxEventLoopDelay?: number;
    readonly healthCheck?: () => Promise<boolean>;
    readonly healthCheckInterval?: number;
  };
}

/** Registers the hardening; call it before any route. Returns the rate limit's state. */
export async function harden(
  app: FastifyInstance,
  options: HardeningOptions,
): Promise<() => RateLimitState> {
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not-found', NOT_FOUND_DETAIL),
  );
  const paths = knownPaths(app, [options.ownHeadersPrefix]);

  await app.register(cors, {
    origin: options.corsOrigins === '*' ? '*' : [...options.corsOrigins],
    methods: ['GET', 'HEAD'],
    exposedHeaders: [
      'ETag',
      'Content-Language',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ],
    maxAge: 86_400,
    strictPreflight: false,
  });
  const rateLimitState = await registerRateLimit(app, {
    max: options.rateLimitMax,
    redisUrl: options.redisUrl,
  });
  // After CORS, so that problem replies carry its headers too.
  app.addHook(
    'onRequest',
    createGuard({
      headers: await helmetHeaders(apiHelmetOptions),
      ownHeadersPrefix: options.ownHeadersPrefix,
      htmlPrefixes: options.htmlPrefixes,
      isKnownPath: paths.has,
      rateLimit: app.createRateLimit(),
      unlimitedPaths: options.unlimitedPaths,
    }),
  );
  const loop = eventLoopCheck(options.underPressure?.maxEventLoopDelay ?? 1000);
  app.addHook('onReady', async () => loop.start());
  app.addHook('onClose', async () => loop.stop());
  await app.register(underPressure, {
    retryAfter: 10,
    healthCheck: options.underPressure?.healthCheck ?? loop.check,
    healthCheckInterval: options.underPressure?.healthCheckInterval ?? 250,
  });
  return rateLimitState;
}
