/**
 * JSON Schemas of the catalog's answers and parameters, for the OpenAPI document.
 * Built from what they describe: the catalog's own JSON Schema for the entry fields,
 * the query seam's filters and bounds, the platforms and locales of the core and i18n
 * packages, the patterns `request.ts` checks with. A new category or locale shows up
 * here by itself.
 */
import { createRequire } from 'node:module';
import { platformIds } from '@org/error-codes';
import { actors, queryFilters } from '@org/error-codes-i18n';
import { limits } from '../http/limits.js';
import { servedLocales } from './data.js';
import { CODE_PATTERN, EXPLAIN_PATTERN, LOCALE_MAX_LENGTH, LOCALE_PATTERN } from './request.js';

// The catalog's own JSON Schema describes the entry fields; the API adds the texts.
// Loaded with require: bundled builds keep it external, and an ESM import of JSON
// would need an import attribute that the bundler does not carry over.
const catalogSchema = createRequire(import.meta.url)(
  '@org/error-codes/catalog.schema.json',
) as typeof import('@org/error-codes/catalog.schema.json');
const catalogEntry = catalogSchema.$defs.entry;
const catalogPlatform = catalogSchema.$defs.platform;
const entryFields = catalogEntry.properties;

const localeEnum = { type: 'string', enum: [...servedLocales] } as const;
const text = (description: string) => ({ type: 'string', description }) as const;

/** `LocalizedEntry` of @org/error-codes-i18n, field for field, and `docsUrl`. */
export const entrySchema = {
  $id: 'ErrorEntry',
  type: 'object',
  description:
    "One catalog entry of one platform, localized (the i18n package's `LocalizedEntry`), with its docs page.",
  required: [
    'known',
    ...catalogEntry.required,
    'locale',
    'dir',
    'title',
    'userTitle',
    'description',
    'userMessage',
    'causes',
    'fixes',
    'labels',
    'docsUrl',
  ],
  additionalProperties: false,
  properties: {
    known: { type: 'boolean', description: 'Always true here: the entry is in the catalog.' },
    ...entryFields,
    code: { ...entryFields.code, examples: [4001] },
    name: { ...entryFields.name, examples: ['INVALID_API_KEY'] },
    locale: { ...localeEnum, description: 'The locale of the texts.' },
    dir: { type: 'string', enum: ['ltr', 'rtl'], description: 'Direction of the texts.' },
    title: text('A short heading for developers and support.'),
    userTitle: text('A short heading safe to show an end user.'),
    description: text('What the SDK says, for developers and support.'),
    userMessage: text('Plain words safe to show an end user.'),
    causes: { type: 'array', items: { type: 'string' }, description: 'Why this happens.' },
    fixes: {
      type: 'array',
      description: 'What to do, in order, each step naming who acts.',
      items: {
        type: 'object',
        required: ['by', 'text'],
        additionalProperties: false,
        properties: { by: { type: 'string', enum: [...actors] }, text: { type: 'string' } },
      },
    },
    labels: {
      type: 'object',
      description:
        'The names of the platform, category, severity, source and feature in the locale.',
      required: ['platform', 'category', 'severity', 'source'],
      additionalProperties: false,
      properties: {
        platform: { type: 'string' },
        category: { type: 'string' },
        severity: { type: 'string' },
        source: { type: 'string' },
        feature: { type: 'string', description: 'Absent when the entry concerns no feature.' },
      },
    },
    docsUrl: {
      type: ['string', 'null'],
      format: 'uri',
      description:
        "The entry's page on the docs site; null when the server has no DOCS_BASE_URL (no docs site to link to).",
    },
  },
} as const;

export const listSchema = {
  $id: 'ErrorList',
  type: 'object',
  required: ['platform', 'locale', 'total', 'limit', 'offset', 'items'],
  additionalProperties: false,
  properties: {
    platform: { type: 'string', enum: [...platformIds] },
    locale: localeEnum,
    total: { type: 'integer', description: 'Entries matching the filters, on every page.' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: { $ref: 'ErrorEntry#' } },
  },
} as const;

export const explanationSchema = {
  $id: 'Explanation',
  type: 'object',
  required: ['query', 'clash', 'locale', 'matches'],
  additionalProperties: false,
  properties: {
    query: { type: 'string', description: 'The input as read.' },
    clash: {
      type: 'boolean',
      description:
        'True when the input is a number that means different things on different platforms.',
    },
    locale: localeEnum,
    matches: {
      type: 'array',
      description: 'Every meaning of the input on every platform, web first.',
      items: {
        type: 'object',
        required: ['platform', 'matchedBy', 'sameMeaning', 'entry'],
        additionalProperties: false,
        properties: {
          platform: { type: 'string', enum: [...platformIds] },
          matchedBy: { type: 'string', enum: ['code', 'name', 'alias', 'meaning'] },
          sameMeaning: {
            type: 'array',
            description: 'The entries of the other platforms that mean the same thing.',
            items: {
              type: 'object',
              required: ['platform', 'code', 'name'],
              additionalProperties: false,
              properties: {
                platform: { type: 'string', enum: [...platformIds] },
                code: { type: 'integer' },
                name: { type: 'string' },
              },
            },
          },
          entry: { $ref: 'ErrorEntry#' },
        },
      },
    },
  },
} as const;

export const platformListSchema = {
  $id: 'PlatformList',
  type: 'object',
  required: ['locale', 'items'],
  additionalProperties: false,
  properties: {
    locale: localeEnum,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'label', 'sdk', 'alsoIn', 'codes'],
        additionalProperties: false,
        properties: {
          id: catalogPlatform.properties.id,
          name: catalogPlatform.properties.name,
          label: { type: 'string', description: 'The name in the locale.' },
          sdk: catalogPlatform.properties.sdk,
          alsoIn: catalogPlatform.properties.alsoIn,
          codes: { type: 'integer', description: 'Entries in the platform table.' },
        },
      },
    },
  },
} as const;

export const categoryListSchema = {
  $id: 'CategoryList',
  type: 'object',
  required: ['locale', 'items'],
  additionalProperties: false,
  properties: {
    locale: localeEnum,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'label', 'codes'],
        additionalProperties: false,
        properties: {
          category: entryFields.category,
          label: { type: 'string', description: 'The name in the locale.' },
          codes: {
            type: 'object',
            description: 'Entries of the category on each platform.',
            additionalProperties: false,
            properties: Object.fromEntries(
              platformIds.map((id) => [id, { type: 'integer', minimum: 0 }]),
            ),
          },
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
          locale: localeEnum,
          name: { type: 'string', description: 'The name in its own language.' },
          direction: { type: 'string', enum: ['ltr', 'rtl'] },
          pseudo: { type: 'boolean', description: 'A generated locale for testing UIs.' },
        },
      },
    },
  },
} as const;

export const catalogSchemas = [
  entrySchema,
  listSchema,
  explanationSchema,
  platformListSchema,
  categoryListSchema,
  localeListSchema,
];

export const localeQuery = {
  type: 'string',
  maxLength: LOCALE_MAX_LENGTH,
  pattern: LOCALE_PATTERN,
  description:
    'A BCP 47 tag (`de`, `de-AT`, `pt`, `zh-Hans-CN`). Takes precedence over `Accept-Language`; the nearest served locale is used, else `en`.',
  examples: ['de'],
} as const;

export const localizedHeaders = {
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

export const platformParam = {
  type: 'string',
  enum: [...platformIds],
  description: 'The SDK platform: one number can mean different things on each.',
} as const;

export const codeParam = {
  type: 'string',
  pattern: CODE_PATTERN,
  description: 'A decimal code (`4001`), a wire name or an alias, in any case (`invalid_api_key`).',
  examples: ['4001'],
} as const;

export const explainParam = {
  type: 'string',
  pattern: EXPLAIN_PATTERN,
  description:
    'A decimal code (`3017`), a wire name or alias in any case, or a meaning id (`camera-in-use`).',
  examples: ['3017'],
} as const;

/** The list's querystring: the query seam's filters and bounds, then paging. */
export const listQuerystring = {
  type: 'object',
  properties: {
    ...Object.fromEntries(
      Object.entries(queryFilters)
        .filter(([name]) => name !== 'platform')
        .map(([name, values]) => [
          name,
          name === 'retryable'
            ? { type: 'boolean' }
            : { type: 'string', enum: [...(values as readonly string[])] },
        ]),
    ),
    q: {
      type: 'string',
      maxLength: limits.maxQueryLength,
      description:
        'Words to find in the code, the wire name and aliases, the meaning id, the SDK message and the localized texts and causes: every word must appear; case-, accent- and width-insensitive.',
      examples: ['token'],
    },
    locale: localeQuery,
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: limits.maxPageSize,
      default: limits.defaultPageSize,
      description: 'Page size, in decimal digits (`20`; not `2e1`, `+20` or `20.0`).',
    },
    offset: {
      type: 'integer',
      minimum: 0,
      maximum: limits.maxOffset,
      default: 0,
      description: 'Entries to skip, in decimal digits.',
    },
  },
} as const;
