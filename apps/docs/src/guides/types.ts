/**
 * The words of the guide pages ("How errors reach your app" per line, "API key vs
 * token") and of what code pages say about delivery, retrying and vague codes, in one
 * locale. Text between backticks is shown as code; `{name}` takes a value.
 */
export interface GuideStrings {
  /** Code page: the section's heading. */
  readonly reachHeading: string;
  /** web, from the installed SDK: `{version}`, `{event}`, `{hook}`. */
  readonly deliveryEmitted: string;
  readonly deliveryThrown: string;
  readonly deliveryBoth: string;
  /** A server code the web SDK never names: it relays what the server sends. */
  readonly deliveryServer: string;
  /** A client code the web SDK names only in its tables. */
  readonly deliveryTableOnly: string;
  /** Takes `{calls}`, a list of SDK methods. */
  readonly thrownBy: string;
  /** Other lines: takes `{platform}`. */
  readonly deliveryOther: string;
  /** Link text to the line's how-errors page: takes `{platform}`. */
  readonly howErrorsLink: string;
  /** One sentence: what `retryable` means. */
  readonly retryableMeans: string;
  /** Link text to the retry section. */
  readonly howToRetry: string;
  /** Takes `{waits}` (e.g. "1 s, 2 s, 4 s") and `{attempts}`. */
  readonly retryPolicy: string;
  readonly notRetryable: string;
  readonly explainedByHeading: string;
  readonly explainedByLead: string;
  /** 4001/4002 and other token meanings: a pointer to the API key page. */
  readonly apiKeyPointer: string;

  /** The index's search: the heading of the guide pages it found. */
  readonly pagesLabel: string;

  /** How-errors page: takes `{platform}`. */
  readonly howErrorsTitle: string;
  readonly howErrorsLead: string;
  /** Said above the per-line facts, which name the SDK's own methods in English. */
  readonly englishNote: string;
  readonly retryHeading: string;
  readonly retryBody: readonly string[];
  /** Takes `{name}`, `{waits}`, `{attempts}`. */
  readonly policyDefault: string;
  readonly policyFewSeconds: string;

  readonly apiKey: {
    readonly title: string;
    readonly lead: string;
    readonly keyHeading: string;
    readonly keyBody: readonly string[];
    readonly tokenHeading: string;
    readonly tokenBody: readonly string[];
    readonly claimsHeading: string;
    /** What each claim of the token holds. */
    readonly claims: Readonly<Record<(typeof tokenClaims)[number], string>>;
    readonly wrongHeading: string;
    /** Takes `{codes}`. */
    readonly wrongBody: string;
    readonly debugHeading: string;
    readonly debugSteps: readonly string[];
    /** Search words beyond the page's own text (JWT, its spellings in the locale). */
    readonly keywords: string;
  };
}

/** The claims of a VideoSDK token, per VideoSDK's guide. */
export const tokenClaims = [
  'apikey',
  'permissions',
  'version',
  'roomId',
  'participantId',
  'roles',
  'exp',
] as const;
