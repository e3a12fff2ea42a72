/**
 * The lookup API as a Fastify instance, ready to `inject` or `listen`. Hooks run in
 * registration order: CORS first (so error replies carry its headers too), then our
 * guard (security headers, limits, methods, Accept), overload shedding, rate limit.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import underPressure from '@fastify/under-pressure';
import { platform } from '@org/error-codes';
import { pinoOptions } from '@org/error-codes-logger/pino';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { loadData } from './data.js';
import { clientErrorHandler, errorHandler, frameworkErrors } from './errorHandler.js';
import { eventLoopCheck } from './eventLoopCheck.js';
import { createGuard } from './guard.js';
import { limits } from './limits.js';
import { sendProblem } from './problem.js';
import { catalogRoutes } from './routes/catalog.js';
import { errorRoutes } from './routes/errors.js';
import { healthRoutes } from './routes/health.js';
import { PROBLEMS_PREFIX, problemRoutes } from './routes/problems.js';
import { openApiRoute, REFERENCE_PREFIX, referencePage } from './routes/reference.js';
import { sharedSchemas } from './schemas.js';
import { apiHelmetOptions, helmetHeaders } from './securityHeaders.js';

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

/**
 * The origin clients on this machine reach a server listening on `host` at: a wildcard
 * address (every interface) is reached on the loopback one.
 */
export function listenOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

export async function buildApp(
  config: Config,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const data = await loadData(config.docsBaseUrl);

  const perRequestLogs = ['trace', 'debug', 'info'].includes(config.logLevel);
  const app = Fastify({
    logger: {
      ...pinoOptions({ docsBaseUrl: config.docsBaseUrl }),
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Below `info` nothing is logged per request except a 500, whose record names its
    // requestId itself: skip building a child logger for every request (~4 µs each).
    childLoggerFactory: (logger, bindings, childOptions) =>
      perRequestLogs ? logger.child(bindings, childOptions) : logger,
    routerOptions: { maxParamLength: limits.maxParamLength, ignoreTrailingSlash: true },
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
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

  // PUBLIC_BASE_URL, else the address the server listens on, known once it does (PORT=0).
  let problemBaseUrl = config.publicBaseUrl ?? listenOrigin(config.host, config.port);
  app.decorate('problemBaseUrl', { getter: () => problemBaseUrl });
  if (config.publicBaseUrl === undefined) {
    app.addHook('onListen', function setProblemBase(done) {
      const address = this.server.address();
      if (typeof address === 'object' && address !== null) {
        problemBaseUrl = listenOrigin(config.host, address.port);
      }
      done();
    });
  }

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not-found', 'No resource at this path. The API lives under /v1.'),
  );
  for (const schema of sharedSchemas) app.addSchema(schema);

  await app.register(cors, {
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
  // After CORS, so that problem replies carry its headers too.
  app.addHook(
    'onRequest',
    createGuard({
      headers: await helmetHeaders(apiHelmetOptions),
      ownHeadersPrefix: REFERENCE_PREFIX,
      htmlPrefixes: [REFERENCE_PREFIX, PROBLEMS_PREFIX],
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
  await app.register(rateLimit, {
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

  await app.register(errorRoutes, { data });
  await app.register(catalogRoutes, { data });
  await app.register(healthRoutes, { data });
  await app.register(problemRoutes);
  await app.register(openApiRoute);
  await app.register(referencePage);

  return app;
}
