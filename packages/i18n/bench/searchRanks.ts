/**
 * The rank of the right code for each support question (src/search/supportQueries.ts)
 * in English and German on the web line, as `queryCatalog` orders them: what the API,
 * the docs and the CLI show first. `-` means the code is not found at all.
 */
import { catalog } from '@org/error-codes/web';
import { loadMessages } from '../src/loadMessages.js';
import { localizeEntry } from '../src/localizeEntry.js';
import { queryCatalog, searchableRows } from '../src/query.js';
import { supportQueries } from '../src/search/supportQueries.js';

const rowsOf = async (locale: 'en' | 'de') => {
  const messages = await loadMessages('web', locale);
  return searchableRows(catalog.map((e) => localizeEntry(e, messages)));
};
const rows = { en: await rowsOf('en'), de: await rowsOf('de') };

const rank = (locale: 'en' | 'de', q: string, codes: readonly number[]) => {
  const found = queryCatalog(rows[locale], { q }).map((r) => r.entry.code);
  const at = found.findIndex((c) => codes.includes(Number(c)));
  return { rank: at < 0 ? '-' : String(at + 1), of: found.length };
};

const table = supportQueries.map(({ en, de, codes }) => {
  const e = rank('en', en, codes);
  const d = rank('de', de, codes);
  return {
    codes: codes.join('/'),
    en,
    'en rank': `${e.rank} of ${e.of}`,
    de,
    'de rank': `${d.rank} of ${d.of}`,
  };
});
console.table(table);
