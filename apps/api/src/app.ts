/**
 * The app: Fastify with the HTTP hardening (`http/`), the catalog resource
 * (`catalog/`) and the service routes (`service/`: health, the OpenAPI document and
 * the reference page). `server.ts` runs it; the tests inject into it.
 */
import swagger from '@fastify/swagger';
import { platforms } from '@org/error-codes';
import { locales } from '@org/error-codes-i18n';
import { pinoOptions } from '@org/error-codes-logger/pino';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { loadData } from './catalog/data.js';
import { errorRoutes } from './catalog/errorRoutes.js';
import { explainRoute } from './catalog/explainRoute.js';
import { catalogSchemas, parameterMessages } from './catalog/schemas.js';
import { vocabularyRoutes } from './catalog/vocabularyRoutes.js';
import type { Config } from './config.js';
import { clientErrorHandler, frameworkErrors, invalidRequest } from './http/errorHandler.js';
import { harden } from './http/hardening.js';
import { limits } from './http/limits.js';
import { problemSchema } from './http/openapi.js';
import { PROBLEMS_PATH } from './http/problem.js';
import { problemRoutes } from './http/problemPages.js';
import { HEALTH_PATH, healthRoutes } from './service/health.js';
import { openApiRoute, REFERENCE_PREFIX, referencePage } from './service/reference.js';

export interface BuildOptions {
  /** Where log lines go (default: stdout). Tests pass a stream they read back. */
  readonly logStream?: DestinationStream;
  /** Overload thresholds; tests make them tiny or flip the health check. */
  readonly underPressure?: {
    readonly maxEventLoopDelay?: number;
    readonly healthCheck?: () => Promise<boolean>;
    readonly healthCheckInterval?: number;
  };
  /** Sees every route as it is registered (the tests hold the OpenAPI document to them). */
  readonly onRoute?: (route: RouteOptions) => void;
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
  const data = await loadData({
    docsBaseUrl: config.docsBaseUrl,
    supportContact: config.supportContact,
  });

  const perRequestLogs = ['trace', 'debug', 'info'].includes(config.logLevel);
  const app = Fastify({
    logger: {
      ...pinoOptions(config.docsBaseUrl ? { docsBaseUrl: config.docsBaseUrl } : {}),
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
    // Every problem of a request at once, in the words of the `invalid-request` problem.
    ajv: { customOptions: { allErrors: true } },
    schemaErrorFormatter: invalidRequest(parameterMessages),
  });

  if (options.onRoute) app.addHook('onRoute', options.onRoute);

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

  for (const schema of [problemSchema, ...catalogSchemas]) app.addSchema(schema);

  const rateLimitStore = await harden(app, {
    corsOrigins: config.corsOrigins,
    rateLimitMax: config.rateLimitMax,
    redisUrl: config.redisUrl,
    ownHeadersPrefix: REFERENCE_PREFIX,
    htmlPrefixes: [REFERENCE_PREFIX, PROBLEMS_PATH.slice(0, -1)],
    unlimitedPaths: [HEALTH_PATH],
    ...(options.underPressure ? { underPressure: options.underPressure } : {}),
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Error codes lookup API',
        version: '1.0.0',
        description: `Explains any VideoSDK meeting error code of every SDK version line the catalog holds a table for (${platforms.map((p) => `${p.id}, ${p.label}: ${p.sdk.package} ${p.sdk.versions}`).join('; ')}) in ${locales.length} languages, with causes and fixes. Errors are RFC 9457 problem details; every answer has a strong ETag and says how long it may be cached.`,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        {
          name: 'errors',
          description: 'The catalog entries, per SDK version line and across them',
        },
        { name: 'catalog', description: 'The lines and vocabularies' },
        { name: 'service', description: 'Health and self-description' },
      ],
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });

  await app.register(vocabularyRoutes, { data });
  await app.register(errorRoutes, { data });
  await app.register(explainRoute, { data });
  await app.register(healthRoutes, { data, rateLimitStore });
  await app.register(problemRoutes, { referencePath: `${REFERENCE_PREFIX}/` });
  await app.register(openApiRoute);
  await app.register(referencePage);

  return app;
}
