/**
 * The site's own words (headings, labels, buttons), one dictionary per locale. Catalog
 * data never appears here: codes, names, messages, the localized error texts and the
 * names of categories, severities, sources, features, platforms and actors all come
 * from the packages (`localizeEntry` and the locale bundles' `labels`). Strings are
 * ICU messages formatted with `formatMessage` of `@org/error-codes-i18n`, like the
 * packages' own texts: `{name}` is a placeholder, and an ASCII apostrophe next to a
 * brace or another apostrophe quotes, so write ’.
 */
export interface UiStrings {
  readonly siteName: string;
  readonly tagline: string;
  readonly skipToContent: string;
  readonly language: string;
  readonly themeToDark: string;
  readonly themeToLight: string;
  readonly mainNav: string;
  readonly allCodes: string;
  readonly categoriesHeading: string;
  readonly gettingStarted: string;
  readonly crossPlatform: string;

  readonly search: string;
  readonly searchHint: string;
  readonly filters: string;
  readonly platform: string;
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
  /** Offered when a search word is found nowhere; `{suggestion}` becomes a button that searches it. */
  readonly didYouMean: string;
  readonly code: string;
  readonly name: string;
  readonly title: string;

  /** Takes {code}, {platform} and {sdk} (the SDK package and its version, one value so it stays whole in a right-to-left line). */
  readonly platformPageNote: string;
  readonly wireName: string;
  readonly aliases: string;
  readonly sdkMessage: string;
  readonly noSdkMessage: string;
  readonly sdkDescription: string;
  readonly description: string;
  readonly causes: string;
  readonly fixes: string;
  readonly userSees: string;
  /** Takes {component} and {pkg}. */
  readonly previewNote: string;
  readonly details: string;
  readonly otherPlatforms: string;
  /** Takes {platform} and {code}. */
  readonly sameNumberSame: string;
  /** Takes {platform} and {code}. */
  readonly sameNumberOther: string;
  /** Takes {platform} and {code}. */
  readonly numberMissing: string;
  /** Takes {platform} and {code}. */
  readonly meaningElsewhere: string;
  /** Takes {platform}. */
  readonly meaningMissing: string;
  /** Takes {platform} and {code}: the platform switch's note where the code does not exist. */
  readonly switchMissing: string;
  readonly handleIt: string;
  readonly inTheApp: string;
  readonly onTheServer: string;
  /** Takes {packages}: the packages the page's TypeScript examples import. */
  readonly snippetsChecked: string;
  readonly copy: string;
  readonly copied: string;
  readonly related: string;
  readonly previous: string;
  readonly next: string;
  readonly breadcrumb: string;

  /** Takes {count}. */
  readonly codesInCategory: string;

  readonly crossPlatformLead: string;
  readonly codesPerPlatform: string;
  readonly sdk: string;
  readonly codes: string;
  readonly onlyHere: string;
  /** Takes {count}. */
  readonly sharedMeanings: string;
  readonly aliasesHeading: string;
  readonly aliasesLead: string;

  readonly downloads: string;
  readonly downloadCatalog: string;
  readonly downloadSchema: string;
  /** Takes {platform}. */
  readonly downloadMessages: string;
  readonly readmeNote: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  /** Takes {name}, {platform} and {code}. */
  readonly redirecting: string;

  /** One line under the site's name: each SDK line has its own table. */
  readonly linesNote: string;
  /** The heading of the list of SDK lines (footer, index). */
  readonly lines: string;
  /** Takes {platform} and {code}: the other line's table is incomplete and lacks the code. */
  readonly numberUnknown: string;
  /** Takes {platform}: the other line's table is incomplete and has no twin of this error. */
  readonly meaningUnconfirmed: string;
  /** Takes {platform} and {code}: the platform switch's note where an incomplete line lacks the code. */
  readonly switchUnknown: string;
  /** The mark on a number that means another error on that line (switch, matrix). */
  readonly clashMark: string;
  /** Above the snippets of a line whose apps cannot import the npm packages (iOS, Flutter). */
  readonly nativeNote: string;
  readonly numbersHeading: string;
  /** Takes {count} and {clashes}. */
  readonly numbersLead: string;
  readonly meaningsHeading: string;
  /** Takes {count} and {moved}. */
  readonly meaningsLead: string;
  /** The mark on an error whose number differs between lines. */
  readonly movedMark: string;
  readonly sdkPackage: string;
  readonly registry: string;
  readonly versions: string;
  readonly alsoIn: string;
  readonly complete: string;
  readonly incompleteNote: string;
  readonly entryPoint: string;
  readonly tableSource: string;
  readonly lineNote: string;
  readonly noTable: string;
  /** Takes {count}. */
  readonly codesOfLine: string;
  /** A matrix cell where a line with a partial table lacks the entry. */
  readonly unknown: string;
}
