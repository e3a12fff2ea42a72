export type { EcsError, ErrorFields } from './errorFields.js';
export { errorFields } from './errorFields.js';
export type { LogLevel } from './levelFor.js';
export { LEVEL_BY_SEVERITY, levelFor } from './levelFor.js';
export type { LoggerOptions } from './options.js';
export { DEFAULT_REDACT_KEYS, REDACTED } from './options.js';
export { redact } from './redact.js';
