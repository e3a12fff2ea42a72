/**
 * Turns everything thrown or raised on the way (validation, plugins, Node's HTTP
 * parser, bugs) into problem+json. Client mistakes are 4xx; only a bug is a 500,
 * logged as an ECS error by the `err` serializer of @org/error-codes-logger's
 * `pinoOptions`.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { limits } from './limits.js';
import { rawProblemResponse, sendProblem, slugForStatus } from './problem.js';

interface ValidationItem {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const CONTEXT_TO_IN: Record<string, string> = {
  params: 'path',
  querystring: 'query',
  headers: 'header',
};

// Regular expressions mean little to a client: say what the value should look like.
const PATTERN_MESSAGES: Record<string, string> = {
  locale: 'must be a language tag such as de, pt-BR or zh-Hans-CN',
};

function validationErrors(error: FastifyError) {
  const where = CONTEXT_TO_IN[error.validationContext ?? ''] ?? 'query';
  return ((error.validation ?? []) as ValidationItem[]).slice(0, 10).map((item) => {
    const name =
      item.instancePath?.replace(/^\//, '') ||
      (typeof item.params?.missingProperty === 'string' ? item.params.missingProperty : '');
    if (item.keyword === 'pattern' && PATTERN_MESSAGES[name]) {
      return { in: where, name, message: PATTERN_MESSAGES[name] };
    }
    const allowed = Array.isArray(item.params?.allowedValues)
      ? `: ${(item.params.allowedValues as unknown[]).join(', ')}`
      : '';
    return { in: where, name, message: `${item.message ?? 'is invalid'}${allowed}` };
  });
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validation) {
    const errors = validationErrors(error);
    const first = errors[0];
    const detail = first
      ? `${first.in === 'path' ? 'Path parameter' : first.in === 'header' ? 'Header' : 'Query parameter'} ${first.name ? `"${first.name}" ` : ''}${first.message}.`
      : 'The request is invalid.';
    return sendProblem(request, reply, 'invalid-request', detail, { errors });
  }
  const status = error.statusCode ?? 500;
  if (status === 503) {
    // under-pressure has set Retry-After already.
    if (!reply.hasHeader('retry-after')) reply.header('retry-after', '10');
    return sendProblem(request, reply, 'overloaded', 'The service is overloaded; try again later.');
  }
  if (status === 429) {
    // @fastify/rate-limit has set Retry-After already.
    return sendProblem(request, reply, 'rate-limited', error.message);
  }
  const slug = slugForStatus(status);
  if (status >= 400 && status < 500 && slug !== undefined) {
    return sendProblem(request, reply, slug, error.message || 'The request is invalid.');
  }
  if (status >= 400 && status < 500) {
    return sendProblem(
      request,
      reply,
      'invalid-request',
      error.message || 'The request is invalid.',
    );
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
