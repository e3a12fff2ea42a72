export const help = `Explain a VideoSDK meeting error code, on every platform, in your language.

Usage:
  error-codes <code|name|alias|words> [--platform web|flutter] [--locale de] [--json]
  error-codes list [--platform web|flutter] [--category c] [--severity s]
                   [--source s] [--feature f] [--retryable] [--locale de] [--json]

Examples:
  error-codes 3017                 every meaning of 3017 (web and Flutter differ)
  error-codes INVALID_TOKEN --locale de
  error-codes camera denied --platform web
  error-codes list --category auth --json

The locale comes from --locale, else LC_ALL, LC_MESSAGES or LANG. Colours only on a
terminal, never with NO_COLOR. Docs links use ERROR_CODES_DOCS_URL when set.
Exit status: 0 found, 1 nothing matches, 2 bad usage.
`;
