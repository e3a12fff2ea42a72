/**
 * Turns everything thrown or raised on the way (validation, plugins, Node's HTTP
 * parser, bugs) into problem+json. Client mistakes are 4xx; only a bug is a 500,
 * logged as an ECS error by the `err` serializer of @org/error-codes-logger's
 * `pinoOptions`.
 */
import type { Socket } from 'node:net';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { limits } from './limits.js';
import type { InputError } from './openapi.js';
import { rawProblemResponse, sendProblem, slugForStatus } from './problem.js';

const WHERE = {
  params: ['path', 'Path parameter'],
  querystring: ['query', 'Query parameter'],
  headers: ['header', 'Header'],
} as const;

/**
 * Fastify's `schemaErrorFormatter`: Ajv's findings as the `invalid-request` problem
 * says them, one per parameter, in words a client can act on. `patternMessages` says
 * what a parameter failing its pattern must be (a regular expression means little).
 */
export function invalidRequest(patternMessages: Readonly<Record<string, string>>) {
  return (items: FastifySchemaValidationError[], context: string): Error => {
    const [where, label] = WHERE[context as keyof typeof WHERE] ?? WHERE.querystring;
    const errors: InputError[] = [];
    for (const item of items) {
      const name = item.instancePath.slice(1) || String(item.params.missingProperty ?? '');
      if (errors.some((e) => e.name === name)) continue;
      const message =
        item.keyword === 'enum'
          ? `must be one of: ${(item.params.allowedValues as unknown[]).join(', ')}`
          : item.keyword === 'maxLength'
            ? `must be at most ${item.params.limit} characters`
            : // Every parameter is a string: another type is a parameter given twice.
              item.keyword === 'type' && where === 'query'
              ? 'must be given at most once'
              : ((item.keyword === 'pattern' ? patternMessages[name] : undefined) ??
                item.message ??
                'is invalid');
      errors.push({ in: where, name, message });
    }
    const first = errors[0];
    const detail = first
      ? `${label} ${first.name ? `"${first.name}" ` : ''}${first.message}.`
      : 'The request is invalid.';
    return Object.assign(new Error(detail), { errors: errors.slice(0, 10) });
  };
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validation) {
    const { errors } = error as FastifyError & { errors?: readonly InputError[] };
    return sendProblem(request, reply, 'invalid-request', error.message, { errors: errors ?? [] });
  }
  const status = error.statusCode ?? 500;
  if (status === 503) {
    // under-pressure has set Retry-After already.
    if (!reply.hasHeader('retry-after')) reply.header('retry-after', '10');
    return sendProblem(request, reply, 'overloaded', 'The service is overloaded; try again later.');
  }
  if (status >= 400 && status < 500) {
    // The problem type of the status, from the table; a 4xx it lacks is a bad request.
    const slug = slugForStatus(status) ?? 'invalid-request';
    return sendProblem(request, reply, slug, error.message || 'The request is invalid.');
  }
  request.log.error(
    { err: error, requestId: request.id, url: request.url.slice(0, 256) },
    'request failed',
  );
  return sendProblem(request, reply, 'internal-error', 'Something went wrong on our side.');
}

/** Errors the router raises before any hook: a malformed URL, an overlong path parameter. */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(
      request,
      reply,
      'uri-too-long',
      `A path segment is longer than ${limits.maxParamLength} characters.`,
    );
    return;
  }
  sendProblem(request, reply, 'invalid-request', 'The URL is not valid (bad percent-encoding).');
}

/**
 * Node's HTTP parser rejected the bytes before a request existed: a head over
 * `maxHeaderSize` (414 when the request line alone is too long, else 431), a
 * malformed request, or a client too slow to send it (408). Fastify calls it with
 * `this` bound to the app.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: Error & { code?: string; rawPacket?: unknown },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let response: string;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const packet = error.rawPacket;
    const lineEnd = Buffer.isBuffer(packet) ? packet.indexOf('\r\n') : -1;
    const urlTooLong = lineEnd === -1 || lineEnd > limits.maxUrlLength;
    response = urlTooLong
      ? rawProblemResponse(
          this.problemBaseUrl,
          'uri-too-long',
          `The request line is longer than ${limits.maxUrlLength} characters.`,
        )
      : rawProblemResponse(
          this.problemBaseUrl,
          'headers-too-large',
          `The request head is larger than ${limits.maxHeaderSize} bytes.`,
        );
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    response = rawProblemResponse(
      this.problemBaseUrl,
      'request-timeout',
      'The request was not received in time.',
    );
  } else {
    response = rawProblemResponse(
      this.problemBaseUrl,
      'invalid-request',
      'The request is not valid HTTP/1.1.',
    );
  }
  if (socket.writable) socket.end(response);
  else socket.destroy();
}
