const assert = require('node:assert/strict');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const web = require('@org/error-codes/web');
const { ErrorCodesProvider, ErrorMessage } = require('@org/error-codes-react');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-react');
const { messages: en } = require(
  require.resolve('@org/error-codes-i18n/locales/web/en', {
    paths: [require.resolve('@org/error-codes-react')],
  }),
);
const html = renderToString(
  createElement(
    ErrorCodesProvider,
    { platform: web, messages: en },
    createElement(ErrorMessage, { error: 3017 }),
  ),
);
assert.match(html, /role="(alert|status)"/);
assert.ok(html.includes('lang="en"'), html);
console.log('CJS: rendered');
