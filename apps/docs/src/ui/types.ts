import type { ErrorCategory, ErrorFeature, ErrorSeverity, ErrorSource } from '@org/error-codes';

/**
 * The site's own words (headings, labels, buttons), one dictionary per locale. Catalog
 * data (codes, names, messages, localized error texts) never appears here: it comes from
 * the packages. Strings are ICU messages formatted with `formatMessage` of
 * `@org/error-codes-i18n`, like the packages' own texts: `{name}` is a placeholder, and
 * an ASCII apostrophe next to a brace or another apostrophe quotes, so write ’.
 */
export interface UiStrings {
  readonly siteName: string;
  readonly tagline: string;
  /** Takes {sdk} and {version}. */
  readonly platformNote: string;
  /** Takes {sdk} and {version}: shown on client (3xxx) code pages. */
  readonly clientCodeNote: string;
  readonly skipToContent: string;
  readonly language: string;
  readonly themeToDark: string;
  readonly themeToLight: string;
  readonly mainNav: string;
  readonly allCodes: string;
  readonly categoriesHeading: string;
  readonly gettingStarted: string;
  readonly search: string;
  readonly searchHint: string;
  readonly filters: string;
  readonly category: string;
  readonly source: string;
  readonly severity: string;
  readonly retryable: string;
  readonly feature: string;
  readonly any: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly clearFilters: string;
  /** Takes {shown} and {total}. */
  readonly showing: string;
  readonly noResults: string;
  readonly code: string;
  readonly name: string;
  readonly title: string;
  readonly wireName: string;
  readonly sdkMessage: string;
  readonly description: string;
  readonly userSees: string;
  readonly details: string;
  readonly handleIt: string;
  readonly copy: string;
  readonly copied: string;
  readonly related: string;
  readonly previous: string;
  readonly next: string;
  readonly breadcrumb: string;
  /** Takes {count}. */
  readonly codesInCategory: string;
  readonly downloads: string;
  readonly downloadCatalog: string;
  readonly downloadSchema: string;
  readonly downloadMessages: string;
  readonly readmeNote: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  /** Takes {code}. */
  readonly redirecting: string;
  readonly categories: Readonly<Record<ErrorCategory, string>>;
  readonly severities: Readonly<Record<ErrorSeverity, string>>;
  readonly sources: Readonly<Record<ErrorSource, string>>;
  readonly features: Readonly<Record<ErrorFeature, string>>;
}
