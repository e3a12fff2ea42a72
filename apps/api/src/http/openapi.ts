/**
 * The parts of the OpenAPI document every route shares: the problem schema and
 * responses, the caching headers of a representation, 304. Built from the problem
 * table and the limits, so the document says what the code does.
 */
import { type Static, Type } from 'typebox';
import { limits } from './limits.js';
import { PROBLEMS_PATH, problemTypes } from './problem.js';

/** One thing wrong with a request, as the `errors` member of a 400 lists it. */
const inputError = Type.Object({
  in: Type.Enum(['path', 'query', 'header'], { type: 'string' }),
  name: Type.String(),
  message: Type.String(),
});
export type InputError = Static<typeof inputError>;

export const problemSchema = Type.Object(
  {
    type: Type.String({ format: 'uri' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    instance: Type.String({ description: 'The request path.' }),
    requestId: Type.Optional(
      Type.String({ description: 'The id of the request in the server logs.' }),
    ),
    errors: Type.Optional(
      Type.Array(inputError, {
        description: 'For `invalid-request`: what was wrong, one item per problem.',
      }),
    ),
    allow: Type.Optional(
      Type.String({ description: 'For `method-not-allowed`: the methods the path takes.' }),
    ),
    platforms: Type.Optional(
      Type.Array(Type.String(), {
        description: 'For `unknown-platform`: the platforms there are.',
      }),
    ),
  },
  {
    $id: 'Problem',
    description: `RFC 9457 problem details. \`type\` is \`<PUBLIC_BASE_URL>${PROBLEMS_PATH}<slug>\`, a page of this API explaining the problem (\`GET ${PROBLEMS_PATH}{slug}\`); the slugs are ${Object.keys(
      problemTypes,
    )
      .map((slug) => `\`${slug}\``)
      .join(', ')}.`,
  },
);

const problemContent = { 'application/problem+json': { schema: { $ref: 'Problem#' } } };

export function problemResponse(description: string) {
  return { description, content: problemContent };
}

const cachingHeaders = {
  ETag: { description: 'Strong entity tag of this representation.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
} as const;

const localizedResponseHeaders = {
  ...cachingHeaders,
  Vary: { schema: { type: 'string' } },
  'Content-Language': { description: 'The locale of the texts.', schema: { type: 'string' } },
} as const;

/** A 200 JSON answer sent through `sendRepresentation`, with its validators. */
export function jsonResponse(description: string, ref: string, localized: boolean) {
  return {
    description,
    headers: localized ? localizedResponseHeaders : cachingHeaders,
    content: { 'application/json': { schema: { $ref: `${ref}#` } } },
  };
}

/** A 200 HTML page sent through `sendRepresentation`. */
export function htmlResponse(description: string) {
  return {
    description,
    headers: cachingHeaders,
    content: { 'text/html': { schema: { type: 'string' } } },
  };
}

export const notModified = {
  description: 'Not modified: the `If-None-Match` entity tag still matches.',
  headers: cachingHeaders,
  type: 'null',
} as const;

const ifNoneMatch = Type.Optional(
  Type.String({
    description: 'An entity tag from an earlier response: 304 when it still matches.',
  }),
);

/** The request headers of a cacheable answer. */
export const conditionalHeaders = Type.Object({ 'if-none-match': ifNoneMatch });

/** The request headers of a localized, cacheable answer. */
export const localizedHeaders = Type.Object({
  'accept-language': Type.Optional(
    Type.String({ description: 'Used when `locale` is absent (`de-AT,de;q=0.9,en;q=0.5`).' }),
  ),
  'if-none-match': ifNoneMatch,
});

/** The errors every route can give, whatever its input. */
export const commonProblems = {
  406: problemResponse('`Accept` admits neither JSON nor problem+json.'),
  414: problemResponse(`The URL is longer than ${limits.maxUrlLength} characters.`),
  429: problemResponse('Rate limit reached; see `Retry-After`.'),
  503: problemResponse('Overloaded or shutting down; see `Retry-After`.'),
};

export const limitsText = `Requests are limited: URL ≤ ${limits.maxUrlLength} characters (414), no body (400; 413 over ${limits.bodyLimit} bytes), \`q\` ≤ ${limits.maxQueryLength} characters.`;
