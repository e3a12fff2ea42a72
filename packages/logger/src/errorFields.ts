import { describeError, type EcsError } from './ecsError.js';
import { type LoggerOptions, resolveOptions } from './options.js';

/**
 * The fields of `EcsError` with dotted names (`error.code`), the flat form
 * OpenTelemetry attributes take (`span.setAttributes(errorFields(err))`).
 */
export type ErrorFields = { readonly [K in keyof EcsError as `error.${K}`]: EcsError[K] };

/**
 * ECS / OpenTelemetry fields of anything that can go wrong: a code (`4001`, `'4001'`,
 * `'INVALID_API_KEY'`), an SDK error event `{ code, message }`, a `MeetingError`, a
 * normalized error, any other Error or thrown value. Codes are read with the error's
 * own platform or `options.platform`; unknown codes are kept as they came; strings are
 * cut and cleared of tokens as `redact` does. Never throws.
 */
export function errorFields(input: unknown, options?: LoggerOptions): ErrorFields {
  const error = describeError(input, resolveOptions(options)).fields;
  const fields: Record<string, unknown> = {};
  for (const key in error) fields[`error.${key}`] = error[key as keyof EcsError];
  return fields as unknown as ErrorFields;
}
