import { createRequire } from 'node:module';
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
    ...siteLocales.map((locale) => ({
      path: downloads.messages(locale),
      source: require.resolve(`@org/error-codes-i18n/locales/${locale}.json`),
    })),
  ];
}
