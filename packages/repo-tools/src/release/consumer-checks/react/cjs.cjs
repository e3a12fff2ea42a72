const assert = require('node:assert/strict');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const { ErrorMessage } = require('@org/error-codes-react');
const { requireEverySubpath } = require('./subpaths.cjs');

requireEverySubpath('@org/error-codes-react');
const { messages: en } = require(
  require.resolve('@org/error-codes-i18n/locales/en', {
    paths: [require.resolve('@org/error-codes-react')],
  }),
);
const { ErrorCodesProvider } = require('@org/error-codes-react');
const [code] = Object.keys(en.codes);
const html = renderToString(
  createElement(
    ErrorCodesProvider,
    { messages: en },
    createElement(ErrorMessage, { error: Number(code) }),
  ),
);
assert.match(html, /role="(alert|status)"/);
console.log('CJS: rendered');
