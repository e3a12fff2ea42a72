import { createRequire } from 'node:module';
import { platformIds } from '@org/error-codes';
import { downloads, siteLocales } from './site.js';

const require = createRequire(import.meta.url);

/** Files the site serves as they are, copied from the packages (never from a copy in the app). */
export function downloadFiles(): { path: string; source: string }[] {
  return [
    { path: downloads.catalog, source: require.resolve('@org/error-codes/catalog.json') },
    {
      path: downloads.catalogSchema,
      source: require.resolve('@org/error-codes/catalog.schema.json'),
    },
    ...platformIds.flatMap((platform) =>
      siteLocales.map((locale) => ({
        path: downloads.messages(platform, locale),
        source: require.resolve(`@org/error-codes-i18n/locales/${platform}/${locale}.json`),
      })),
    ),
  ];
}
