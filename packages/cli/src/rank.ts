import { type LocalizedEntry, searchTerms, searchText } from '@org/error-codes-i18n';

/*
 * The catalog query (`queryCatalog`) finds the entries holding every word, in code
 * order; it does not rank. A person wants the best match first, so the CLI orders
 * them here, most telling first:
 *   1. the title holds the words as one phrase ("camera in use"),
 *   2. the title holds every word,
 *   3. the wire name or an alias holds every word,
 *   4. the words are elsewhere (description, causes, SDK message);
 * then more words in the title, more words in the name, a shorter title (less that
 * was not asked for), and the catalog's order. Titles and names are folded by the
 * search's own `searchText`, so ranking and matching agree on case and accents.
 */
interface Scored<E> {
  readonly entry: E;
  readonly index: number;
  readonly tier: number;
  readonly inTitle: number;
  readonly inName: number;
  readonly titleLength: number;
}

/** The entries, best match for the words first. Never throws; no words keeps the order. */
export function rankByRelevance<E extends LocalizedEntry>(
  entries: readonly E[],
  words: string,
): E[] {
  const terms = searchTerms(words);
  if (terms.length === 0) return [...entries];
  const phrase = terms.join(' ');
  const scored = entries.map((entry, index): Scored<E> => {
    const title = searchText({ title: entry.title }).trim();
    const names = searchText({ name: entry.name, aliases: entry.aliases });
    const inTitle = terms.filter((t) => title.includes(t)).length;
    const inName = terms.filter((t) => names.includes(t)).length;
    const tier = title.includes(phrase)
      ? 3
      : inTitle === terms.length
        ? 2
        : inName === terms.length
          ? 1
          : 0;
    return { entry, index, tier, inTitle, inName, titleLength: title.length };
  });
  scored.sort(
    (a, b) =>
      b.tier - a.tier ||
      b.inTitle - a.inTitle ||
      b.inName - a.inName ||
      a.titleLength - b.titleLength ||
      a.index - b.index,
  );
  return scored.map((s) => s.entry);
}
