/** catalog.json's JSON Schema, for consumers in other languages. */
import { platformIds } from '../../src/lines/registry.generated.js';
import { categories, features, severities, sources } from '../../src/vocabulary.js';
import { HEADER } from './header.js';

export function catalogSchema(): string {
  const platformCode = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(platformIds.map((id) => [id, { type: 'integer' }])),
  };
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/@org/error-codes/catalog.schema.json',
    $comment: HEADER,
    title: 'Meeting error code catalog, every platform',
    type: 'object',
    required: ['platforms', 'meanings', 'numbers', 'aliases'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      $comment: { type: 'string' },
      platforms: {
        type: 'array',
        description:
          "One table per SDK version line, each with its SDK's package and the versions it covers.",
        items: { $ref: '#/$defs/platform' },
      },
      meanings: {
        type: 'object',
        description: 'For each meaning id, its code on each platform that has it.',
        additionalProperties: platformCode,
      },
      numbers: {
        type: 'object',
        description:
          'For each code number, its meaning on each platform; `clash` where they differ.',
        propertyNames: { pattern: '^[0-9]{4}$' },
        additionalProperties: {
          type: 'object',
          required: ['clash'],
          additionalProperties: false,
          properties: {
            clash: { type: 'boolean' },
            ...Object.fromEntries(platformIds.map((id) => [id, { type: 'string' }])),
          },
        },
      },
      aliases: {
        type: 'array',
        description: 'Pairs of spellings of one wire name: [as some SDK sends it, corrected].',
        items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
      },
    },
    $defs: {
      platform: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'label',
          'surface',
          'sdk',
          'alsoIn',
          'hasTable',
          'complete',
          'codes',
          'source',
          'entryPoint',
          'note',
          'entries',
        ],
        properties: {
          id: { type: 'string', enum: [...platformIds] },
          label: { type: 'string' },
          surface: {
            type: 'string',
            enum: ['browser', 'app'],
            description: 'Where apps on this line run: a browser page or an installed app.',
          },
          sdk: {
            type: 'object',
            additionalProperties: false,
            required: ['package', 'registry', 'versions'],
            properties: {
              package: { type: 'string' },
              registry: { type: 'string', enum: ['npm', 'pub', 'swift-package', 'maven'] },
              versions: {
                type: 'string',
                description: 'The SDK versions this line covers (an npm-style range).',
              },
            },
          },
          alsoIn: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['package', 'versions'],
              properties: { package: { type: 'string' }, versions: { type: 'string' } },
            },
          },
          hasTable: { const: true },
          complete: {
            type: 'boolean',
            description:
              'False where the table holds only confirmed codes: a code it lacks is unknown on the line.',
          },
          codes: { type: 'integer', minimum: 1 },
          source: { type: 'string', description: 'Where the table was read from.' },
          entryPoint: { type: 'string' },
          note: { type: ['string', 'null'] },
          sdkGaps: {
            type: 'object',
            description:
              'Codes the SDK defines at run time but not in its typings, and the reverse.',
            additionalProperties: false,
            properties: {
              runtimeOnly: { type: 'array', items: { type: 'string' } },
              typingsOnly: { type: 'array', items: { type: 'string' } },
            },
          },
          entries: {
            type: 'array',
            description: 'One entry per code, sorted by code.',
            items: { $ref: '#/$defs/entry' },
          },
        },
      },
      entry: {
        type: 'object',
        additionalProperties: false,
        required: [
          'code',
          'name',
          'message',
          'platform',
          'meaning',
          'aliases',
          'category',
          'source',
          'severity',
          'retryable',
          'retry',
          'feature',
          'sdkDescription',
        ],
        properties: {
          code: {
            type: 'integer',
            minimum: 1000,
            maximum: 9999,
            description: 'The code the SDK reports.',
          },
          name: {
            type: 'string',
            pattern: '^[A-Z][A-Z0-9_]*$',
            description: 'The wire name, verbatim (typos included).',
          },
          message: {
            type: ['string', 'null'],
            minLength: 1,
            description:
              'The English text that arrives with the error, verbatim; null where none is known.',
          },
          platform: { type: 'string', enum: [...platformIds] },
          meaning: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            description: 'Shared by the entries of every platform that mean the same thing.',
          },
          aliases: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
            description: 'Other spellings of the name that lookups accept.',
          },
          category: { type: 'string', enum: [...categories], description: 'What kind of problem.' },
          source: {
            type: 'string',
            enum: [...sources],
            description:
              '`client`: raised on the device (3xxx). `server`: sent by the meeting server.',
          },
          severity: {
            type: 'string',
            enum: [...severities],
            description:
              '`fatal`: the participant is out of the meeting. `error`: an action or a service failed. `warning`: the SDK recovered or a planned limit ended a service.',
          },
          retryable: {
            type: 'boolean',
            description:
              'true: the same call can succeed if the app repeats it unchanged after a short wait (nothing needs fixing first). false: it fails again until someone changes something.',
          },
          retry: {
            description:
              'How an app may repeat a retryable call by itself; null exactly when retryable is false.',
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['afterMs', 'backoff', 'maxAttempts'],
                properties: {
                  afterMs: {
                    type: 'integer',
                    minimum: 0,
                    description: 'The wait before the first repeat, in milliseconds.',
                  },
                  backoff: {
                    type: 'string',
                    enum: ['exponential', 'none'],
                    description:
                      'exponential: each later wait doubles. none: every wait is afterMs.',
                  },
                  maxAttempts: {
                    type: 'integer',
                    minimum: 1,
                    description: 'The most repeats, the first call not counted.',
                  },
                },
              },
            ],
          },
          feature: {
            type: ['string', 'null'],
            enum: [...features, null],
            description: 'The meeting service concerned, if any.',
          },
          sdkDescription: {
            type: ['string', 'null'],
            description: "The SDK's own doc comment for the code, where it has one.",
          },
          since: {
            type: 'string',
            pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$',
            description:
              'Web only: the first SDK version read whose table holds the code (an app on an older SDK never sees it).',
          },
        },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
