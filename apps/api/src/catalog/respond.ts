/** The catalog's own problem answers: bad input, an unknown platform, an unknown code. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { excerpt, sendProblem } from '../http/problem.js';
import type { Data, PlatformData } from './data.js';
import type { InputError } from './request.js';

const WHERE = { path: 'Path parameter', query: 'Query parameter' } as const;

export function sendInvalid(
  request: FastifyRequest,
  reply: FastifyReply,
  errors: readonly InputError[],
): FastifyReply {
  const first = errors[0] as InputError;
  return sendProblem(
    request,
    reply,
    'invalid-request',
    `${WHERE[first.in]} ${first.name ? `"${first.name}" ` : ''}${first.message}.`,
    { errors: errors.slice(0, 10) },
  );
}

/** The platform a `{platform}` segment names, or a 404 naming the ones there are. */
export function platformOf(
  data: Data,
  request: FastifyRequest,
  reply: FastifyReply,
  param: string,
): PlatformData | undefined {
  const platform = data.platforms.get(param);
  if (platform === undefined) {
    const known = [...data.platforms.keys()];
    sendProblem(
      request,
      reply,
      'unknown-platform',
      `The catalog has no platform ${excerpt(param)}; the platforms are ${known.join(', ')}.`,
      { platforms: known },
    );
  }
  return platform;
}

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

/** Route option: the schema documents the parameters; the handler reads and checks them. */
export const documentedOnly = { validatorCompiler: () => () => true } as const;
