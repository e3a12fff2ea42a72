import {
  type ErrorEntryShape,
  type NormalizedError,
  type PlatformId,
  platformTables,
} from '@org/error-codes';
import { type LocalizedEntry, localizeEntry } from './localizeEntry.js';
import { type SearchableRow, searchableRows } from './query.js';
import { isLocale } from './resolveLocale.js';
import type { Locale, PlatformMessages } from './types.js';

/**
 * One line's whole table in one locale, localized once: what the API, the docs and the
 * CLI list, search and look codes up in. Every entry is a known one (the table's own);
 * a code outside the table is `localizeEntry`'s business (`unknown` here does it).
 */
export interface LocalizedCatalog {
  readonly platform: PlatformId;
  readonly locale: Locale;
  /** Every entry of the line's table, localized, in table order. */
  readonly entries: readonly LocalizedEntry[];
  /** The same entries with their search haystacks, in the same order, for `queryCatalog`/`searchCatalog`. */
  readonly rows: readonly SearchableRow[];
  readonly byCode: ReadonlyMap<number, LocalizedEntry>;
  /** The line's codes of each meaning (one, or more where the SDK has several), in table order. */
  readonly byMeaning: ReadonlyMap<string, readonly LocalizedEntry[]>;
  /** The entry of `code`, else the locale's texts for an unknown code naming it; never throws. */
  lookup(code: unknown): LocalizedEntry;
}

export interface CatalogOptions {
  /** The app's own support, named by end-user texts instead of the locale's support team. */
  readonly supportContact?: string | undefined;
}

// Per messages object (so a cache goes with the messages it was built from), per
// support contact: a deployment has one, so a few are kept and the oldest is dropped.
const MAX_CONTACTS = 4;
const built = new WeakMap<object, Map<string, LocalizedCatalog>>();

function isPlatformMessages(messages: unknown): messages is PlatformMessages {
  if (typeof messages !== 'object' || messages === null) return false;
  const { platform, locale } = messages as { platform?: unknown; locale?: unknown };
  return (
    typeof platform === 'string' &&
    Object.hasOwn(platformTables, platform) &&
    isLocale(locale as string)
  );
}

function build(messages: PlatformMessages, supportContact: string): LocalizedCatalog {
  const table = platformTables[messages.platform] as readonly ErrorEntryShape[];
  const options = supportContact ? { values: { supportContact } } : {};
  const entries = Object.freeze(
    table.map((e) => Object.freeze(localizeEntry(e, messages, options))),
  );
  const byCode = new Map<number, LocalizedEntry>();
  const byMeaning = new Map<string, LocalizedEntry[]>();
  for (const entry of entries) {
    byCode.set(entry.code as number, entry);
    const meaning = entry.meaning as string;
    const same = byMeaning.get(meaning);
    if (same) same.push(entry);
    else byMeaning.set(meaning, [entry]);
  }
  for (const same of byMeaning.values()) Object.freeze(same);
  return Object.freeze({
    platform: messages.platform,
    locale: messages.locale,
    entries,
    rows: Object.freeze(searchableRows(entries).map((row) => Object.freeze(row))),
    byCode,
    byMeaning,
    lookup: (code: unknown) =>
      (typeof code === 'number' ? byCode.get(code) : undefined) ??
      localizeEntry(
        typeof code === 'number' || typeof code === 'string'
          ? ({ known: false, code, platform: messages.platform } as unknown as NormalizedError)
          : undefined,
        messages,
        options,
      ),
  });
}

/**
 * The localized catalog of the line and locale of `messages` (what `loadMessages`
 * returns), built on the first call and the same object on every later call with
 * these messages and this support contact. Throws a `TypeError` when `messages` is not
 * one line's messages (as `loadMessages` does for a junk line or locale); a junk
 * support contact (not a string, or empty) counts as none.
 */
export function localizedCatalog(
  messages: PlatformMessages,
  options: CatalogOptions = {},
): LocalizedCatalog {
  if (!isPlatformMessages(messages))
    throw new TypeError(
      'localizedCatalog takes the messages of one line in one locale (from loadMessages)',
    );
  const contact = options?.supportContact;
  const key = typeof contact === 'string' ? contact : '';
  let byContact = built.get(messages);
  if (byContact === undefined) {
    byContact = new Map();
    built.set(messages, byContact);
  }
  let catalog = byContact.get(key);
  if (catalog === undefined) {
    catalog = build(messages, key);
    if (byContact.size >= MAX_CONTACTS) byContact.delete(byContact.keys().next().value as string);
    byContact.set(key, catalog);
  }
  return catalog;
}
