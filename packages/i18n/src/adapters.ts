import type { PlatformId } from '@org/error-codes';
import { causesOn, endUserTexts, surfaceOf } from './surface.js';
import type { MeaningTexts, PlatformMessages } from './types.js';

function flatTexts(texts: MeaningTexts | PlatformMessages['unknown'], platform: PlatformId) {
  const words = endUserTexts(texts, surfaceOf(platform));
  const out: Record<string, string> = {
    title: texts.title,
    userTitle: words.userTitle,
    description: texts.description,
    userMessage: words.userMessage,
  };
  words.fixes.forEach((step, i) => {
    out[`fixes.${i}.${step.by}`] = step.text;
  });
  causesOn(texts, surfaceOf(platform)).forEach((cause, i) => {
    out[`causes.${i}`] = cause;
  });
  return out;
}

/**
 * An i18next resource object: `{ [locale]: { errors: { 'camera-in-use': { title, … }, unknown: {…} } } }`,
 * keyed by meaning id, with the line's surface words applied (`app` or `browser`). i18next interpolates
 * `{{name}}` by default, so single-brace ICU arguments are rewritten to double
 * braces (pass `icu: true` to keep them for i18next-icu).
 */
export function toI18nextResources(
  bundles: readonly PlatformMessages[],
  options: { namespace?: string; icu?: boolean } = {},
): Record<string, Record<string, Record<string, Record<string, string>>>> {
  const namespace = options.namespace ?? 'errors';
  const convert = options.icu ? (s: string) => s : (s: string) => s.replace(/\{(\w+)\}/g, '{{$1}}');
  const resources: Record<string, Record<string, Record<string, Record<string, string>>>> = {};
  for (const bundle of bundles) {
    const ns: Record<string, Record<string, string>> = {};
    const add = (key: string, texts: MeaningTexts | PlatformMessages['unknown']) => {
      ns[key] = Object.fromEntries(
        Object.entries(flatTexts(texts, bundle.platform)).map(([k, v]) => [k, convert(v)]),
      );
    };
    for (const [meaning, texts] of Object.entries<MeaningTexts>(bundle.meanings))
      add(meaning, texts);
    add('unknown', bundle.unknown);
    resources[bundle.locale] = { [namespace]: ns };
  }
  return resources;
}

/**
 * A react-intl / FormatJS messages object with flat keys: `errors.camera-in-use.title`,
 * `errors.unknown.userMessage`, `errors.camera-in-use.fixes.0.user`. The strings are ICU already.
 */
export function toReactIntlMessages(
  bundle: PlatformMessages,
  options: { prefix?: string } = {},
): Record<string, string> {
  const prefix = options.prefix ?? 'errors';
  const out: Record<string, string> = {};
  const add = (key: string, texts: MeaningTexts | PlatformMessages['unknown']) => {
    for (const [k, v] of Object.entries(flatTexts(texts, bundle.platform)))
      out[`${prefix}.${key}.${k}`] = v;
  };
  for (const [meaning, texts] of Object.entries<MeaningTexts>(bundle.meanings)) add(meaning, texts);
  add('unknown', bundle.unknown);
  return out;
}
