// Server rendering with the react and react-dom the app installed beside the package,
// and the platform module it imports itself, as the README sets it up.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import * as flutter from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { createElement as h, Suspense } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';

// The locale data comes from the package's own dependency, not from this project.
const fromPackage = createRequire(import.meta.resolve('@org/error-codes-react'));
const { localizeEntry } = fromPackage('@org/error-codes-i18n');
const { messages: de } = fromPackage('@org/error-codes-i18n/locales/web/de');
const { messages: flutterDe } = fromPackage('@org/error-codes-i18n/locales/flutter-1/de');
const { messages: ar } = fromPackage('@org/error-codes-i18n/locales/web/ar');
const { texts: webTexts } = fromPackage('@org/error-codes-i18n/web');

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

const event = { code: 3017, message: 'from the SDK' };
const expected = localizeEntry(web.normalizeError(event), de);
const html = renderToString(
  h(
    ErrorCodesProvider,
    { platform: web, locale: 'de', messages: de },
    h(ErrorMessage, { error: event, className: 'e' }),
  ),
);
assert.match(html, /role="alert"/);
assert.ok(html.includes('lang="de"'), html);
assert.ok(html.includes('dir="ltr"'), html);
assert.ok(html.includes('class="e"'), html);
assert.ok(html.includes(escapeHtml(expected.userTitle)), html);
assert.ok(html.includes(escapeHtml(expected.userMessage)), html);
// End-user text only by default: the developer description stays out.
assert.ok(!html.includes(escapeHtml(expected.description)), html);

const userSteps = expected.fixes.filter((s) => s.by === 'user');
const withSteps = renderToString(
  h(
    ErrorCodesProvider,
    { platform: web, messages: de },
    h(ErrorMessage, { error: event, showUserSteps: true }),
  ),
);
assert.equal(withSteps.split('<li>').length - 1, userSteps.length);
for (const step of userSteps) assert.ok(withSteps.includes(escapeHtml(step.text)), withSteps);

// The same number on Flutter is another error, with its own words.
const onFlutter = renderToString(
  h(
    ErrorCodesProvider,
    { platform: flutter, messages: flutterDe },
    h(ErrorMessage, { error: event }),
  ),
);
const flutterTitle = localizeEntry(flutter.normalizeError(event), flutterDe).userTitle;
assert.notEqual(flutterTitle, expected.userTitle);
assert.ok(onFlutter.includes(escapeHtml(flutterTitle)), onFlutter);

// The platform is required: no provider picks one silently.
assert.throws(
  () => renderToString(h(ErrorCodesProvider, { messages: de }, h(ErrorMessage, { error: event }))),
  TypeError,
);

const rtl = renderToString(
  h(ErrorCodesProvider, { platform: web, messages: ar }, h(ErrorMessage, { error: -1 })),
);
assert.ok(rtl.includes('dir="rtl"'), rtl);

// With texts instead of messages the provider loads the locale from the installed package and suspends.
const streamed = await new Promise((resolve, reject) => {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  sink.on('finish', () => resolve(text));
  const { pipe } = renderToPipeableStream(
    h(
      Suspense,
      { fallback: 'loading' },
      h(
        ErrorCodesProvider,
        { platform: web, texts: webTexts, locale: 'fr-CA' },
        h(ErrorMessage, { error: 4001 }),
      ),
    ),
    { onAllReady: () => pipe(sink), onShellError: reject, onError: reject },
  );
});
assert.ok(streamed.includes('lang="fr"'), streamed);
console.log(
  `renderToString: ${html.length} + ${rtl.length} characters; streamed fr: ${streamed.length}`,
);
