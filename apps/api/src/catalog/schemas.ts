/**
 * The catalog's schemas, each declared once with TypeBox: Fastify validates requests
 * with them (Ajv), the handlers take their types from them (the TypeBox type
 * provider), and @fastify/swagger writes them into the OpenAPI document. The entry
 * fields are the core's own JSON Schema (`catalog.schema.json`), composed rather than
 * restated; vocabularies, bounds and locales come from the packages that own them, so
 * a new category or locale shows up here by itself.
 */
import { createRequire } from 'node:module';
import { lineIds, platformIds, unknownReasons } from '@org/error-codes';
import { actors, audiences, queryFilters } from '@org/error-codes-i18n';
import { type TSchema, Type } from 'typebox';
import { limits } from '../http/limits.js';
import { servedLocales } from './data.js';

// Loaded with require: bundled builds keep it external, and an ESM import of JSON
// would need an import attribute that the bundler does not carry over.
const catalogSchema = createRequire(import.meta.url)(
  '@org/error-codes/catalog.schema.json',
) as typeof import('@org/error-codes/catalog.schema.json');
const catalogEntry = catalogSchema.$defs.entry;
const catalogPlatform = catalogSchema.$defs.platform.properties;

/** A schema of the core's JSON Schema, as it is written there. */
const core = (schema: object, extra: object = {}) => Type.Unsafe({ ...schema, ...extra });
const ref = (id: string) => Type.Unsafe({ $ref: `${id}#` });
const text = (description: string) => Type.String({ description });
const labelIn = Type.String({ description: 'The name in the locale.' });
const servedLocale = Type.Enum([...servedLocales], { type: 'string' });
const platformId = Type.Enum([...platformIds], { type: 'string' });
const lineId = Type.Enum([...lineIds], { type: 'string' });
const direction = Type.Enum(['ltr', 'rtl'], { type: 'string' });

/** The core's entry fields, required where the core requires them. */
const entryFields = Object.fromEntries(
  Object.entries(catalogEntry.properties).map(([name, schema]): [string, TSchema] => {
    const field = core(schema, name === 'code' ? { examples: [4001] } : {});
    return [
      name,
      (catalogEntry.required as string[]).includes(name) ? field : Type.Optional(field),
    ];
  }),
);

/** `LocalizedEntry` of @org/error-codes-i18n: the core's fields, the texts, and `docsUrl`. */
const entrySchema = Type.Object(
  {
    known: Type.Boolean({ description: 'Always true here: the entry is in the catalog.' }),
    ...entryFields,
    locale: Type.Enum([...servedLocales], {
      type: 'string',
      description: 'The locale of the texts.',
    }),
    dir: Type.Enum(['ltr', 'rtl'], { type: 'string', description: 'Direction of the texts.' }),
    title: text('A short heading for developers and support.'),
    userTitle: text('A short heading safe to show an end user.'),
    description: text('What the SDK says, for developers and support.'),
    userMessage: text(
      'Plain words safe to show an end user. Where it asks them to contact support, it names SUPPORT_CONTACT, or without it the app’s own support team in the locale’s words, never VideoSDK.',
    ),
    causes: Type.Array(Type.String(), { description: 'Why this happens.' }),
    fixes: Type.Array(
      Type.Object(
        { by: Type.Enum([...actors], { type: 'string' }), text: Type.String() },
        { additionalProperties: false },
      ),
      { description: 'What to do, in order, each step naming who acts.' },
    ),
    labels: Type.Object(
      {
        platform: Type.String(),
        category: Type.String(),
        severity: Type.String(),
        source: Type.String(),
        feature: Type.Optional(
          Type.String({ description: 'Absent when the entry concerns no feature.' }),
        ),
      },
      {
        additionalProperties: false,
        description:
          'The names of the platform, category, severity, source and feature in the locale.',
      },
    ),
    audience: Type.Enum([...audiences], {
      type: 'string',
      description:
        "Whose end-user words these are: always 'host' here (the meaning's own words; the i18n package gives a participant's or a viewer's).",
    }),
    oftenExplainedBy: Type.Array(Type.Integer(), {
      description:
        "This line's codes that often lie behind this one (a vague code's usual specific causes), in order; [] for a specific code.",
      examples: [[4018, 4021, 4028, 3035, 5004]],
    }),
    docsUrl: Type.Unsafe<string | null>({
      type: ['string', 'null'],
      format: 'uri',
      description:
        "The entry's page on the docs site; null when the server has no DOCS_BASE_URL (no docs site to link to).",
    }),
  },
  {
    $id: 'ErrorEntry',
    additionalProperties: false,
    description:
      "One catalog entry of one platform, localized (the i18n package's `LocalizedEntry`), with its docs page.",
  },
);

const listSchema = Type.Object(
  {
    platform: platformId,
    locale: servedLocale,
    total: Type.Integer({ description: 'Entries matching the filters, on every page.' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
    suggestion: Type.Optional(
      Type.String({
        description:
          'When a word of `q` is found in no entry: the query with such words replaced by the nearest words of the titles and names ("Did you mean …?").',
      }),
    ),
    items: Type.Array(ref('ErrorEntry'), {
      description:
        'With `q`, best match first (code, wire name, title, then the other texts); else in catalog order.',
    }),
  },
  { $id: 'ErrorList', additionalProperties: false },
);

const explanationSchema = Type.Object(
  {
    query: text('The input as read.'),
    clash: Type.Boolean({
      description:
        'True when the input is a number that means different things on different platforms.',
    }),
    locale: servedLocale,
    matches: Type.Array(
      Type.Object(
        {
          platform: platformId,
          matchedBy: Type.Enum(['code', 'name', 'alias', 'meaning'], { type: 'string' }),
          sameMeaning: Type.Array(
            Type.Object(
              { platform: platformId, code: Type.Integer(), name: Type.String() },
              { additionalProperties: false },
            ),
            { description: 'The entries of the other platforms that mean the same thing.' },
          ),
          entry: ref('ErrorEntry'),
        },
        { additionalProperties: false },
      ),
      { description: 'Every meaning of the input on every line, in registry order (web first).' },
    ),
    unknownOn: Type.Array(
      Type.Object(
        {
          line: lineId,
          reason: Type.Enum([...unknownReasons], {
            type: 'string',
            description:
              "`not-in-table`: the line's table is complete and has no such code, name or meaning (its SDK never sends it). `table-incomplete`: the line's table holds only confirmed codes and lacks this one, so it is unknown on the line; it is never read with another line's table. `no-table`: the catalog has no table for the line.",
          }),
        },
        { additionalProperties: false },
      ),
      { description: 'Every line with no match, in registry order, and why.' },
    ),
  },
  { $id: 'Explanation', additionalProperties: false },
);

const listOf = (id: string, item: Record<string, TSchema>, head: Record<string, TSchema>) =>
  Type.Object(
    { ...head, items: Type.Array(Type.Object(item, { additionalProperties: false })) },
    { $id: id, additionalProperties: false },
  );

const nullable = (description: string) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], description });

/** The core's line record (`lines`), which the JSON Schema describes for the lines with a table. */
const platformListSchema = listOf(
  'PlatformList',
  {
    id: Type.Enum([...lineIds], {
      type: 'string',
      description: 'The line id, as the paths take it where the line has a table.',
    }),
    label: core(catalogPlatform.label, { description: "The core's name of the line." }),
    localizedLabel: Type.String({
      description: "The line's name in the locale (the core's name for a line without a table).",
    }),
    surface: core(catalogPlatform.surface),
    sdk: core(catalogPlatform.sdk),
    alsoIn: core(catalogPlatform.alsoIn),
    hasTable: Type.Boolean({
      description: 'False where the catalog holds no table for the line: its paths are a 404.',
    }),
    complete: core(catalogPlatform.complete),
    codes: Type.Integer({
      minimum: 0,
      description: "Entries in the line's table (0 without one).",
    }),
    source: nullable('Where the table was read from; null without a table.'),
    entryPoint: nullable(
      "The core's module that exports the line's lookups; null without a table.",
    ),
    note: core(catalogPlatform.note, { description: "What to know about the line's coverage." }),
    errors: nullable("The path of the line's catalog in this API; null without a table."),
  },
  { locale: servedLocale },
);

const categoryListSchema = listOf(
  'CategoryList',
  {
    category: core(catalogEntry.properties.category),
    label: labelIn,
    codes: Type.Object(
      Object.fromEntries(platformIds.map((id) => [id, Type.Integer({ minimum: 0 })])),
      { additionalProperties: false, description: 'Entries of the category on each platform.' },
    ),
  },
  { locale: servedLocale },
);

const localeListSchema = listOf(
  'LocaleList',
  {
    locale: servedLocale,
    name: text('The name in its own language.'),
    direction,
    pseudo: Type.Boolean({ description: 'A generated locale for testing UIs.' }),
  },
  { default: Type.String() },
);

/** The answers' schemas, added to the app once and referred to by `$id`. */
export const catalogSchemas = [
  entrySchema,
  listSchema,
  explanationSchema,
  platformListSchema,
  categoryListSchema,
  localeListSchema,
];

/**
 * Decimal digits only, from `min` (0 or 1) to `max` (a power of ten): a number
 * coercion would take `1e2`, `0x10`, `+5`, ` 5` or `5.0`, which are not integers here.
 */
function digits(min: 0 | 1, max: number): string {
  const places = String(max).length - 1;
  if (String(max) !== `1${'0'.repeat(places)}`) throw new Error(`${max} is not a power of ten`);
  return `^${min === 1 ? '(?=0*[1-9])' : ''}0*(?:[0-9]{1,${places}}|${max})$`;
}

/** What a parameter that fails its pattern must be, in the words of a 400's `errors`. */
export const parameterMessages: Readonly<Record<string, string>> = {
  code: 'must be a decimal code (4001) or a wire name or alias (INVALID_API_KEY, any case)',
  input:
    'must be a decimal code (3017), a wire name or alias (any case) or a meaning id (camera-in-use)',
  locale: 'must be a language tag such as de, pt-BR or zh-Hans-CN',
  limit: `must be an integer from 1 to ${limits.maxPageSize}, in decimal digits only (such as ${limits.defaultPageSize})`,
  offset: `must be an integer from 0 to ${limits.maxOffset}, in decimal digits only (such as 0)`,
};

const locale = Type.String({
  maxLength: 35,
  pattern: '^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,7}$',
  description:
    'A BCP 47 tag (`de`, `de-AT`, `pt`, `zh-Hans-CN`). Takes precedence over `Accept-Language`; the nearest served locale is used, else `en`.',
  examples: ['de'],
});

/** `?locale=`, the only parameter of a lookup. */
export const localeQuerystring = Type.Object({ locale: Type.Optional(locale) });

const platformParam = Type.Enum([...platformIds], {
  type: 'string',
  description:
    'The SDK version line, one of those `GET /v1/platforms` lists with a table: one number can mean different things on each.',
});

export const platformParams = Type.Object({ platform: platformParam });

export const entryParams = Type.Object({
  platform: platformParam,
  code: Type.String({
    pattern: `^(?:[0-9]{1,10}|[A-Za-z][A-Za-z0-9_]{0,${limits.maxCodeLength - 1}})$`,
    description:
      'A decimal code (`4001`), a wire name or an alias, in any case (`invalid_api_key`).',
    examples: ['4001'],
  }),
});

export const explainParams = Type.Object({
  input: Type.String({
    pattern: `^(?:[0-9]{1,10}|[A-Za-z][A-Za-z0-9_-]{0,${limits.maxCodeLength - 1}})$`,
    description:
      'A decimal code (`3017`), a wire name or alias in any case, or a meaning id (`camera-in-use`).',
    examples: ['3017'],
  }),
});

const filter = (name: keyof typeof queryFilters) =>
  Type.Optional(
    Type.Enum([...(queryFilters[name] as readonly string[])], {
      type: 'string',
      ...(name === 'platform'
        ? { description: "The path's platform, or absent (the filter of the docs index's URLs)." }
        : {}),
    }),
  );

/** The list's querystring: the query seam's filters and bounds, then the locale and paging. */
export const listQuerystring = Type.Object({
  platform: filter('platform'),
  category: filter('category'),
  source: filter('source'),
  severity: filter('severity'),
  feature: filter('feature'),
  retryable: filter('retryable'),
  q: Type.Optional(
    Type.String({
      maxLength: limits.maxQueryLength,
      description:
        "Words to find in the code, the wire name and aliases, the meaning id, the SDK message and the localized texts and causes, also as the start or part of a word, in another form or by the locale's synonyms; case-, accent- and width-insensitive. Results come best match first.",
      examples: ['token'],
    }),
  ),
  locale: Type.Optional(locale),
  limit: Type.Optional(
    Type.String({
      pattern: digits(1, limits.maxPageSize),
      description: `Page size, 1 to ${limits.maxPageSize} in decimal digits (default ${limits.defaultPageSize}; not \`2e1\`, \`+20\` or \`20.0\`).`,
      examples: [String(limits.defaultPageSize)],
    }),
  ),
  offset: Type.Optional(
    Type.String({
      pattern: digits(0, limits.maxOffset),
      description: `Entries to skip, 0 to ${limits.maxOffset} in decimal digits (default 0).`,
      examples: ['0'],
    }),
  ),
});
