export type { LocalizedEntry } from '@org/error-codes-i18n';
export type {
  ErrorCodesPlatform,
  ErrorCodesProviderProps,
  ErrorCodesState,
} from './ErrorCodesProvider.js';
export { ErrorCodesProvider, useErrorCodes } from './ErrorCodesProvider.js';
export type { ErrorMessageProps } from './ErrorMessage.js';
export { ErrorMessage } from './ErrorMessage.js';
export type { ErrorQueueOptions, QueuedError } from './errorQueue.js';
export type { ErrorMessageOptions, LocalizedError } from './useErrorMessage.js';
export { useErrorMessage } from './useErrorMessage.js';
export type { ErrorQueue } from './useErrorQueue.js';
export { useErrorQueue } from './useErrorQueue.js';
