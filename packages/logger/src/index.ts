export type { EcsError } from './ecsError.js';
export type { ErrorFields } from './errorFields.js';
export { errorFields } from './errorFields.js';
export { levelFor } from './levelFor.js';
export type { LogLevel } from './levels.js';
export { LEVEL_BY_SEVERITY } from './levels.js';
export type { LoggerOptions } from './options.js';
export { DEFAULT_REDACT_KEYS, REDACTED } from './redactionPolicy.js';
export { redact } from './walker.js';
