import { platformIds } from '@org/error-codes';
import type { SiteData } from './data.js';
import { guides } from './guides/index.js';
import { lineFacts } from './guides/lineFacts.js';
import { foldForSearch, type PageIndex, type PageIndexRow } from './pageSearch.js';
import { apiKeyPath, howErrorsPath, type SiteLocale } from './site.js';

/**
 * The guide pages of one locale, for the index's search: the API key page (so "JWT"
 * finds it in every locale) and each line's "How errors reach your app".
 */
export function pageIndex(data: SiteData, locale: SiteLocale): PageIndex {
  const g = guides[locale];
  const a = g.apiKey;
  const labels = data.messages[platformIds[0]][locale].labels.platforms;
  const apiKey: PageIndexRow = [
    apiKeyPath(locale),
    a.title,
    foldForSearch(
      [
        a.title,
        a.lead,
        a.keywords,
        ...a.keyBody,
        ...a.tokenBody,
        a.wrongBody,
        ...Object.keys(a.claims),
        '4001 4002',
      ].join(' '),
    ),
  ];
  const lines = platformIds.map((platform): PageIndexRow => {
    const title = g.howErrorsTitle.replace('{platform}', labels[platform]);
    const facts = lineFacts[platform];
    return [
      howErrorsPath(platform, locale),
      title,
      foldForSearch(
        [title, g.howErrorsLead, g.retryHeading, ...facts.emit, ...facts.silent].join(' '),
      ),
    ];
  });
  return { label: g.pagesLabel, rows: [apiKey, ...lines] };
}
