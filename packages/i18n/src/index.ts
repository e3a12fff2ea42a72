export { actors } from './actors.js';
export { toI18nextResources, toReactIntlMessages } from './adapters.js';
export { audiences, isAudience } from './audiences.js';
export type { CatalogOptions, LocalizedCatalog } from './catalog.js';
export { localizedCatalog } from './catalog.js';
export type { FormatOptions } from './formatMessage.js';
export { formatMessage } from './formatMessage.js';
export { clearLoadFailures, getLoadedMessages, loadMessages } from './loadMessages.js';
export type { Locale } from './localeList.js';
export {
  defaultLocale,
  localeNames,
  locales,
  pseudoLocale,
} from './localeList.js';
export type { LocalizedEntry, LocalizeOptions } from './localizeEntry.js';
export { localizeEntry } from './localizeEntry.js';
export type { LoadState, MessageSource, TextsSlice } from './messageSource.js';
export { loadRetryDelays, MessagesLoadError } from './messageSource.js';
export type {
  CatalogQuery,
  CatalogResult,
  ParsedQuery,
  SearchableRow,
  SearchOptions,
} from './query.js';
export {
  matchesQuery,
  parseQuery,
  queryCatalog,
  queryFilters,
  queryLimits,
  searchableRows,
  searchCatalog,
  serializeQuery,
} from './query.js';
export { direction, isLocale, resolveLocale } from './resolveLocale.js';
export type { SearchableEntry } from './search.js';
export { matchesSearch, searchTerms, searchText } from './search.js';
export type { EndUserTexts } from './surface.js';
export { endUserTexts, surfaceOf } from './surface.js';
export type {
  Actor,
  Audience,
  AudienceVariant,
  CategoryOf,
  CategoryTexts,
  CommonTexts,
  FixStep,
  Labels,
  LineTexts,
  MeaningIdIn,
  MeaningTexts,
  MessageValues,
  PlatformMessages,
  SurfaceVariant,
  TextsOf,
} from './types.js';
