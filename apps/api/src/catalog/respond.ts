/** The catalog's own problem answers: a platform segment that is no line with a table, an unknown code. */
import { type PlatformInfo, platformIds } from '@org/error-codes';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorHandler } from '../http/errorHandler.js';
import { excerpt, sendProblem } from '../http/problem.js';
import { classifySegment } from './platformSegment.js';

const withTables = platformIds.join(', ');

/**
 * The error handler of the routes under `/v1/{platform}`: a platform outside the
 * schema's enum names no resource, so it is a 404, not a 400, saying what the
 * segment is: an SDK that needs its version line (`flutter`), a line without a
 * table (`android`), or no line at all. Everything else goes to the app's handler.
 */
export function platformRouteErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error.validationContext === 'params' && error.validation?.some(isPlatform)) {
    const { platform } = request.params as { platform: string };
    const miss = classifySegment(platform);
    if (miss.kind === 'version-lines') {
      const choices = miss.lines.map(
        (l) => `${l.id} (${l.label}: ${l.sdk.package} ${l.sdk.versions})`,
      );
      return sendProblem(
        request,
        reply,
        'ambiguous-platform',
        `${excerpt(platform)} has ${miss.lines.length} version lines that number their codes differently, and none is the default: use ${choices.join(' or ')}.`,
        { platforms: miss.lines.map((l) => l.id) },
      );
    }
    if (miss.kind === 'no-table') {
      const { line } = miss;
      return sendProblem(
        request,
        reply,
        'platform-without-table',
        `The catalog holds no table for the ${line.id} line (${line.label}, ${line.sdk.package} on ${line.sdk.registry}).${line.note ? ` ${line.note}` : ''} The lines with a table are ${withTables}.`,
        { platforms: platformIds },
      );
    }
    return sendProblem(
      request,
      reply,
      'unknown-platform',
      `The catalog has no platform ${excerpt(platform)}; the platforms are ${withTables}.`,
      { platforms: platformIds },
    );
  }
  return errorHandler(error, request, reply);
}

const isPlatform = (item: { instancePath: string }) => item.instancePath === '/platform';

/** `where` has no such code; `more` says what that means there (an incomplete table). */
export function sendUnknownCode(
  request: FastifyRequest,
  reply: FastifyReply,
  code: string,
  where: string,
  more = '',
): FastifyReply {
  return sendProblem(
    request,
    reply,
    'unknown-code',
    `${where} has no error code, name or alias ${excerpt(code)}.${more}`,
  );
}

/** What a code missing from a line's table means, for the `detail` of its 404. */
export function unknownOnLine(info: PlatformInfo): string {
  return info.complete
    ? ''
    : ` The ${info.id} table is incomplete (it holds the ${info.codes} codes confirmed for ${info.label}), so the code is unknown on this line; it is never read with another line's table.`;
}
