/**
 * JSON Schemas of the routes: Fastify validates requests with them and
 * @fastify/swagger turns them into the OpenAPI document. The vocabularies come
 * from the catalog package, so a new category shows up here by itself.
 */
import { createRequire } from 'node:module';
import { locales, pseudoLocale } from '@org/error-codes-i18n';
import { limits } from './limits.js';
import { PROBLEMS_PATH, problemTypes } from './problem.js';

const servedLocales = [...locales, pseudoLocale];

// The catalog's own JSON Schema describes the entry fields; the API adds the texts.
// Loaded with require: bundled builds keep it external, and an ESM import of JSON
// would need an import attribute that the bundler does not carry over.
const catalogSchema = createRequire(import.meta.url)(
  '@org/error-codes/catalog.schema.json',
) as typeof import('@org/error-codes/catalog.schema.json');
const catalogEntry = catalogSchema.$defs.entry;

export const entrySchema = {
  $id: 'ErrorEntry',
  type: 'object',
  description: 'One catalog entry, with its texts in the locale used.',
  required: [...catalogEntry.required, 'locale', 'title', 'description', 'userMessage', 'docsUrl'],
  additionalProperties: false,
  properties: {
    ...catalogEntry.properties,
    code: { ...catalogEntry.properties.code, examples: [4001] },
    name: { ...catalogEntry.properties.name, examples: ['INVALID_API_KEY'] },
    locale: { type: 'string', enum: servedLocales, description: 'The locale of the texts.' },
    title: { type: 'string', description: 'A short heading.' },
    description: { type: 'string', description: 'The SDK message, translated.' },
    userMessage: { type: 'string', description: 'Plain words safe to show an end user.' },
    docsUrl: { type: 'string', format: 'uri', description: "The entry's page on the docs site." },
  },
} as const;

export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  description: `RFC 9457 problem details. \`type\` is \`<PUBLIC_BASE_URL>${PROBLEMS_PATH}<slug>\`, a page of this API explaining the problem (\`GET ${PROBLEMS_PATH}{slug}\`); the slugs are ${Object.keys(
    problemTypes,
  )
    .map((slug) => `\`${slug}\``)
    .join(', ')}.`,
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path.' },
    requestId: { type: 'string', description: 'The id of the request in the server logs.' },
    errors: {
      type: 'array',
      description: 'For `invalid-request`: what was wrong, one item per problem.',
      items: {
        type: 'object',
        required: ['in', 'message'],
        properties: {
          in: { type: 'string', enum: ['path', 'query', 'header'] },
          name: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    allow: { type: 'string', description: 'For `method-not-allowed`: the methods the path takes.' },
  },
} as const;

export const listSchema = {
  $id: 'ErrorList',
  type: 'object',
  required: ['locale', 'total', 'limit', 'offset', 'items'],
  additionalProperties: false,
  properties: {
    locale: { type: 'string', enum: servedLocales },
    total: { type: 'integer', description: 'Entries matching the filters, on every page.' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: { $ref: 'ErrorEntry#' } },
  },
} as const;

export const categoryListSchema = {
  $id: 'CategoryList',
  type: 'object',
  required: ['total', 'items'],
  additionalProperties: false,
  properties: {
    total: { type: 'integer', description: 'Entries in the catalog.' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'count'],
        additionalProperties: false,
        properties: {
          category: catalogEntry.properties.category,
          count: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
} as const;

export const localeListSchema = {
  $id: 'LocaleList',
  type: 'object',
  required: ['default', 'items'],
  additionalProperties: false,
  properties: {
    default: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['locale', 'name', 'direction', 'pseudo'],
        additionalProperties: false,
        properties: {
          locale: { type: 'string', enum: servedLocales },
          name: { type: 'string', description: 'The name in its own language.' },
          direction: { type: 'string', enum: ['ltr', 'rtl'] },
          pseudo: { type: 'boolean', description: 'A generated locale for testing UIs.' },
        },
      },
    },
  },
} as const;

export const sharedSchemas = [
  entrySchema,
  problemSchema,
  listSchema,
  categoryListSchema,
  localeListSchema,
];

/** `?locale=`: a BCP 47-shaped tag; negotiation picks the nearest served locale. */
export const localeQuery = {
  type: 'string',
  maxLength: 35,
  pattern: '^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}$',
  description:
    'A BCP 47 tag (`de`, `de-AT`, `pt`, `zh-Hans-CN`). Takes precedence over `Accept-Language`; the nearest served locale is used, else `en`.',
  examples: ['de'],
} as const;

export const negotiationHeaders = {
  type: 'object',
  properties: {
    'accept-language': {
      type: 'string',
      description: 'Used when `locale` is absent (`de-AT,de;q=0.9,en;q=0.5`).',
    },
    'if-none-match': {
      type: 'string',
      description: 'An entity tag from an earlier response: 304 when it still matches.',
    },
  },
} as const;

const problemContent = { 'application/problem+json': { schema: { $ref: 'Problem#' } } };

export function problemResponse(description: string) {
  return { description, content: problemContent };
}

const cachingHeaders = {
  ETag: { description: 'Strong entity tag of this representation.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
  Vary: { schema: { type: 'string' } },
} as const;

export function jsonResponse(description: string, ref: string, localized: boolean) {
  return {
    description,
    headers: localized
      ? {
          ...cachingHeaders,
          'Content-Language': {
            description: 'The locale of the texts.',
            schema: { type: 'string' },
          },
        }
      : cachingHeaders,
    content: { 'application/json': { schema: { $ref: `${ref}#` } } },
  };
}

export const notModified = {
  description: 'Not modified: the `If-None-Match` entity tag still matches.',
  type: 'null',
} as const;

/** The errors every route can give, whatever its input. */
export const commonProblems = {
  406: problemResponse('`Accept` admits neither JSON nor problem+json.'),
  429: problemResponse('Rate limit reached; see `Retry-After`.'),
  503: problemResponse('Overloaded or shutting down; see `Retry-After`.'),
};

export const limitsText = `Requests are limited: URL ≤ ${limits.maxUrlLength} characters (414), no body (400; 413 over ${limits.bodyLimit} bytes), \`q\` ≤ ${limits.maxQueryLength} characters.`;
