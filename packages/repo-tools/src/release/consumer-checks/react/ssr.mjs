// Server rendering with the react and react-dom the app installed beside the package.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

// The locale data comes from the package's own dependency, not from this project.
const fromPackage = createRequire(import.meta.resolve('@org/error-codes-react'));
const { messages: de } = fromPackage('@org/error-codes-i18n/locales/de');
const { messages: ar } = fromPackage('@org/error-codes-i18n/locales/ar');

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

const [code] = Object.keys(de.codes);
const html = renderToString(
  h(
    ErrorCodesProvider,
    { locale: 'de', messages: de },
    h(ErrorMessage, { error: { code: Number(code), message: 'from the SDK' }, className: 'e' }),
  ),
);
assert.match(html, /role="(alert|status)"/);
assert.ok(html.includes('lang="de"'), html);
assert.ok(html.includes('dir="ltr"'), html);
assert.ok(html.includes('class="e"'), html);
assert.ok(html.includes(escapeHtml(de.codes[code].title)), html);

const rtl = renderToString(h(ErrorCodesProvider, { messages: ar }, h(ErrorMessage, { error: -1 })));
assert.ok(rtl.includes('dir="rtl"'), rtl);
console.log(`renderToString: ${html.length} + ${rtl.length} characters`);
