/**
 * `GET /openapi.json` (OpenAPI 3.1, generated from the route schemas) and the API
 * reference page at `/docs`, served from swagger-ui-dist's local files: no CDN.
 */
import helmet from '@fastify/helmet';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { commonProblems, conditionalHeaders, notModified } from '../http/openapi.js';
import { type Representation, representJson, sendRepresentation } from '../http/representation.js';
import { pageHelmetOptions } from '../http/securityHeaders.js';

export const REFERENCE_PREFIX = '/docs';

export async function openApiRoute(app: FastifyInstance) {
  // Built on first request: the document only exists once every route is registered.
  let document: Representation | undefined;
  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['service'],
        summary: 'This API as an OpenAPI 3.1 document',
        headers: conditionalHeaders,
        response: {
          200: {
            description: 'The OpenAPI document.',
            headers: {
              ETag: { schema: { type: 'string' } },
              'Cache-Control': { schema: { type: 'string' } },
            },
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          304: notModified,
          ...commonProblems,
        },
      },
    },
    (request, reply) => {
      document ??= representJson(app.swagger());
      return sendRepresentation(request, reply, document);
    },
  );
}

export async function referencePage(app: FastifyInstance) {
  // An HTML page: helmet's own per-request headers, with a CSP that lets it run.
  await app.register(helmet, pageHelmetOptions);
  await app.register(swaggerUi, {
    routePrefix: REFERENCE_PREFIX,
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
    // The validator badge would load from an outside host.
    validatorUrl: false,
    theme: { title: 'Error codes lookup API' },
  });
}
