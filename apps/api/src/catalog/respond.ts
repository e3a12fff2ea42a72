/** The catalog's own problem answers: an unknown platform, an unknown code. */
import { platformIds } from '@org/error-codes';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorHandler } from '../http/errorHandler.js';
import { excerpt, sendProblem } from '../http/problem.js';

/**
 * The error handler of the routes under `/v1/{platform}`: a platform outside the
 * schema's enum names no resource, so it is a 404 naming the platforms there are,
 * not a 400. Everything else goes to the app's handler.
 */
export function platformRouteErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validationContext === 'params' && error.validation?.some(isPlatform)) {
    const { platform } = request.params as { platform: string };
    return sendProblem(
      request,
      reply,
      'unknown-platform',
      `The catalog has no platform ${excerpt(platform)}; the platforms are ${platformIds.join(', ')}.`,
      { platforms: platformIds },
    );
  }
  return errorHandler(error, request, reply);
}

const isPlatform = (item: { instancePath: string }) => item.instancePath === '/platform';

export function sendUnknownCode(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  where: string,
): FastifyReply {
  return sendProblem(
    request,
    reply,
    'unknown-code',
    `${where} has no error code, name or alias ${excerpt(code)}.`,
  );
}
