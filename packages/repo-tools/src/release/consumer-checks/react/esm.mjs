import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as web from '@org/error-codes/web';
import {
  ErrorCodesProvider,
  ErrorMessage,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
} from '@org/error-codes-react';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
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
const { messages: en } = createRequire(import.meta.resolve('@org/error-codes-react'))(
  '@org/error-codes-i18n/locales/web/en',
);
// A component of the app's own, reading the hooks under the provider.
function Name({ error }) {
  const { platform } = useErrorCodes();
  const message = useErrorMessage(error);
  return h('b', null, `${platform.platform.id} ${message.code} ${message.name}`);
}
const html = renderToString(
  h(ErrorCodesProvider, { platform: web, messages: en }, h(Name, { error: '3017' })),
);
assert.ok(html.includes('web 3017 ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED'), html);
assert.throws(() => renderToString(h(Name, { error: 3017 })), /ErrorCodesProvider/);
console.log('ESM: components and hooks');
