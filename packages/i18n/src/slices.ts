import type { LineSurface, PlatformId } from '@org/error-codes';
import { causesOn, endUserTexts, surfaceOf } from './surface.js';
import type { CommonTexts, MeaningTexts, PlatformMessages, TextsOf } from './types.js';

/**
 * One line's meanings, picked by the generated locale modules from the category
 * texts, with the line's surface words applied (`endUserTexts`) and the variants
 * dropped: a line has one surface, so its module carries only the words it shows
 * (an app's no browser words, and the other way round), each once. The audience
 * variants stay: who reads is known only when an error is shown.
 */
export function onSurface<M extends string>(
  surface: LineSurface,
  meanings: TextsOf<M>,
): TextsOf<M> {
  const out: Record<string, MeaningTexts> = {};
  for (const [id, t] of Object.entries<MeaningTexts>(meanings)) {
    const { variants: _variants, ...rest } = t;
    out[id] = { ...rest, causes: causesOn(t, surface), ...endUserTexts(t, surface) };
  }
  return out as TextsOf<M>;
}

const userSteps = (steps: MeaningTexts['fixes']) => steps.filter((s) => s.by === 'user');

/**
 * What an end user sees of one meaning on one surface: the end-user title and
 * message and the end user's own steps, with the surface's words applied. Developer
 * texts (title, description, causes, other actors' steps) are left empty, so the
 * slice keeps the shape every reader takes.
 */
function userTexts(
  t: Omit<MeaningTexts, 'variants' | 'audiences'> & Pick<MeaningTexts, 'variants' | 'audiences'>,
  surface: LineSurface,
): MeaningTexts {
  const words = endUserTexts(t, surface);
  return {
    title: '',
    userTitle: words.userTitle,
    description: '',
    userMessage: words.userMessage,
    causes: [],
    fixes: userSteps(words.fixes),
    // A participant's and a viewer's words are end-user words too: the slice keeps them.
    ...(t.audiences ? { audiences: t.audiences } : {}),
  };
}

/** The end-user slice of a line's messages (`@org/error-codes-i18n/<line>/user`). */
export function userSlice<P extends PlatformId>(
  messages: PlatformMessages<P>,
): PlatformMessages<P> {
  const surface = surfaceOf(messages.platform);
  const meanings: Record<string, MeaningTexts> = {};
  for (const [id, t] of Object.entries<MeaningTexts>(messages.meanings))
    meanings[id] = userTexts(t, surface);
  const unknown: CommonTexts['unknown'] = userTexts(messages.unknown, surface);
  return {
    locale: messages.locale,
    unknown,
    labels: messages.labels,
    platform: messages.platform,
    meanings: meanings as PlatformMessages<P>['meanings'],
  };
}
