/**
 * Guard 8, link lint: no plain-http link anywhere, no link a translation adds that
 * English lacks, and in developer text a link to a third-party site says so (in
 * English, and by a parenthesis right after the link in every translation).
 */
import { type Row, where } from './corpus.js';

// ASCII only: a scheme written before Japanese text (`https://で提供`) is no link.
const URL_RE = /\bhttps?:\/\/[\w\-.~:/?#@!$&*+=%]*[\w/#=-]|\bhttps?:\/\//g;
/** Sites that are VideoSDK's own. */
export const firstParty = ['videosdk.live'];
const hostOf = (url: string) => /^https?:\/\/([^/?#]+)/.exec(url)?.[1]?.toLowerCase() ?? '';
const ownSite = (host: string) => firstParty.some((d) => host === d || host.endsWith(`.${d}`));

export function linkLint(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (const [url] of r.text.matchAll(URL_RE)) {
      const host = hostOf(url);
      if (!host) continue; // "https://" as a scheme, not a link
      if (url.startsWith('http://')) out.push(`${where(r)}: plain-http link ${url}`);
      if (r.locale !== 'en' && !r.english.includes(url.replace(/^https?:\/\//, '')))
        out.push(`${where(r)}: link English does not have: ${url}`);
      if (r.audience !== 'developer' || ownSite(host)) continue;
      if (r.locale === 'en' && !/third-party/i.test(r.text))
        out.push(`${where(r)}: third-party link not marked as one: ${url}`);
      // A translation keeps English's marker: a parenthesis right after the link.
      const after = r.text.slice(r.text.indexOf(url) + url.length);
      if (r.locale !== 'en' && /third-party/i.test(r.english) && !/^\u200e?\s?[(（]/.test(after))
        out.push(`${where(r)}: third-party link without English’s marker: ${url}`);
    }
  }
  return out;
}
