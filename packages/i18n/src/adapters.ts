import { catalog } from '@org/error-codes';
import type { ErrorTexts, LocaleMessages } from './types.js';

const fields = [
  'title',
  'description',
  'userMessage',
] as const satisfies readonly (keyof ErrorTexts)[];

/**
 * An i18next resource object: `{ [locale]: { errors: { 4001: { title, … }, unknown: {…} } } }`.
 * i18next interpolates `{{name}}` by default, so single-brace ICU arguments are
 * rewritten to double braces (leave `icu: true` to keep them for i18next-icu).
 */
export function toI18nextResources(
  bundles: readonly LocaleMessages[],
  options: { namespace?: string; icu?: boolean } = {},
): Record<string, Record<string, Record<string, Record<string, string>>>> {
  const namespace = options.namespace ?? 'errors';
  const convert = options.icu ? (s: string) => s : (s: string) => s.replace(/\{(\w+)\}/g, '{{$1}}');
  const resources: Record<string, Record<string, Record<string, Record<string, string>>>> = {};
  for (const bundle of bundles) {
    const ns: Record<string, Record<string, string>> = {};
    for (const { code } of catalog) ns[code] = mapTexts(bundle.codes[code], convert);
    ns.unknown = mapTexts(bundle.unknown, convert);
    resources[bundle.locale] = { [namespace]: ns };
  }
  return resources;
}

/**
 * A react-intl / FormatJS messages object with flat keys: `errors.4001.title`,
 * `errors.unknown.userMessage`. The strings are ICU already.
 */
export function toReactIntlMessages(
  bundle: LocaleMessages,
  options: { prefix?: string } = {},
): Record<string, string> {
  const prefix = options.prefix ?? 'errors';
  const out: Record<string, string> = {};
  const add = (key: string, texts: ErrorTexts) => {
    for (const f of fields) out[`${prefix}.${key}.${f}`] = texts[f];
  };
  for (const { code } of catalog) add(String(code), bundle.codes[code]);
  add('unknown', bundle.unknown);
  return out;
}

function mapTexts(texts: ErrorTexts, convert: (s: string) => string): Record<string, string> {
  return {
    title: convert(texts.title),
    description: convert(texts.description),
    userMessage: convert(texts.userMessage),
  };
}
