import { describeError } from './ecsError.js';
import type { LogLevel } from './levels.js';
import { type LoggerOptions, resolveOptions } from './options.js';

/**
 * The log level for anything `errorFields` accepts, read with the error's own platform
 * or `options.platform`. Unknown codes, codes of no known platform, other Errors and
 * junk log as `error`. Never throws.
 */
export function levelFor(input: unknown, options?: LoggerOptions): LogLevel {
  return describeError(input, resolveOptions(options)).level;
}
