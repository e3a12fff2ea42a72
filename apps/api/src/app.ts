/**
 * The lookup API as a Fastify instance, ready to `inject` or `listen`. Hooks run in
 * registration order: security headers and CORS first (so error replies carry them
 * too), then the request guard, overload shedding and the rate limit.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import underPressure from '@fastify/under-pressure';
import { platform } from '@org/error-codes';
import { pinoOptions } from '@org/error-codes-logger/pino';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { loadData } from './data.js';
import { clientErrorHandler, errorHandler, frameworkErrors } from './errorHandler.js';
import { guard } from './guard.js';
import { limits } from './limits.js';
import { acceptsJson } from './negotiation.js';
import { sendProblem } from './problem.js';
import { catalogRoutes } from './routes/catalog.js';
import { errorRoutes } from './routes/errors.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoute, referencePage } from './routes/reference.js';
import { sharedSchemas } from './schemas.js';

export interface BuildOptions {
  /** Where log lines go (default: stdout). Tests pass a stream they read back. */
  readonly logStream?: DestinationStream;
  /** Overload thresholds; tests make them tiny or flip the health check. */
  readonly underPressure?: {
    readonly maxEventLoopDelay?: number;
    readonly healthCheck?: () => Promise<boolean>;
    readonly healthCheckInterval?: number;
  };
}

function notAcceptable(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (acceptsJson(request.headers.accept)) {
    done();
    return;
  }
  sendProblem(
    request,
    reply,
    'not-acceptable',
    'This resource is JSON: send an Accept that admits application/json or application/problem+json.',
  );
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const data = await loadData(config.docsBaseUrl);

  const app = Fastify({
    logger: process.env.X_NO_LOG ? false : {
      ...pinoOptions({ docsBaseUrl: config.docsBaseUrl }),
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    routerOptions: { maxParamLength: limits.maxParamLength, ignoreTrailingSlash: true },
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    ...(process.env.X_NO_HT ? {} : { handlerTimeout: limits.handlerTimeoutMs }),
    http: {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
    },
    // Requests that reach an open connection while closing are served (with
    // `Connection: close`), not answered with Fastify's non-problem 503.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    frameworkErrors,
    clientErrorHandler,
  });

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not-found', 'No resource at this path. The API lives under /v1.'),
  );
  for (const schema of sharedSchemas) app.addSchema(schema);

  if (!process.env.X_NO_HELMET) await app.register(helmet, {
    // A public, read-only API: other sites may embed or fetch its answers.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  if (!process.env.X_NO_CORS) await app.register(cors, {
    origin: config.corsOrigins === '*' ? '*' : [...config.corsOrigins],
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
  app.addHook('onRequest', guard);
  if (!process.env.X_NO_UP) await app.register(underPressure, {
    maxEventLoopDelay: options.underPressure?.maxEventLoopDelay ?? 1000,
    retryAfter: 10,
    ...(options.underPressure?.healthCheck
      ? {
          healthCheck: options.underPressure.healthCheck,
          healthCheckInterval: options.underPressure.healthCheckInterval ?? 100,
        }
      : {}),
  });
  if (!process.env.X_NO_RL) await app.register(rateLimit, {
    max: config.rateLimitMax,
    timeWindow: 60_000,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => {
      const error = new Error(
        `More than ${context.max} requests in a minute; retry in ${context.after}.`,
      ) as Error & { statusCode: number };
      error.statusCode = context.statusCode;
      return error;
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Error codes lookup API',
        version: '1.0.0',
        description: `Explains any VideoSDK meeting error code (${platform.sdk} ${platform.sdkVersion} table) in nine languages. Errors are RFC 9457 problem details; every JSON answer has a strong ETag.`,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'errors', description: 'The catalog entries' },
        { name: 'catalog', description: 'Vocabularies' },
        { name: 'service', description: 'Health and self-description' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });

  await app.register(async (api) => {
    api.addHook('onRequest', notAcceptable);
    await api.register(errorRoutes, { data });
    await api.register(catalogRoutes, { data });
    await api.register(healthRoutes, { data });
    await api.register(openApiRoute);
  });
  await app.register(referencePage);

  return app;
}
