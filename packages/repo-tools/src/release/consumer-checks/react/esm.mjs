import assert from 'node:assert/strict';
import {
  ErrorCodesProvider,
  ErrorMessage,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
} from '@org/error-codes-react';
import { importEverySubpath } from './subpaths.mjs';

await importEverySubpath('@org/error-codes-react');
for (const fn of [
  ErrorCodesProvider,
  ErrorMessage,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
]) {
  assert.equal(typeof fn, 'function');
}
console.log('ESM: components and hooks');
