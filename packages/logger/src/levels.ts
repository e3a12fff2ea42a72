import type { ErrorSeverity } from '@org/error-codes';

/** The log levels an error is logged at: names pino and winston's npm levels share. */
export type LogLevel = 'error' | 'warn';

/**
 * Catalog severity → log level. `fatal` means the *participant* is out of the
 * meeting, not that the service logging it is going down, which is what a logger's
 * `fatal` says (and what on-call alerts page for): it logs as `error`. `warning`
 * (the SDK recovered, a planned limit ended a service) logs as `warn`. The catalog's
 * own severity stays in `error.severity` for finer filtering.
 */
export const LEVEL_BY_SEVERITY = {
  fatal: 'error',
  error: 'error',
  warning: 'warn',
} as const satisfies Record<ErrorSeverity, LogLevel>;
