/**
 * Every line through the provider, on the React major of the vitest project running
 * this file (19, or 18 through the react-18 aliases): each line's module with that
 * line's texts, the line's own meaning of a number, the `app` surface's end-user
 * words on app lines, and the docs link of the line.
 */
import { type ErrorEntryShape, platformIds } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import type { FixStep, MessageSource, PlatformMessages } from '@org/error-codes-i18n';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { texts as flutter3Texts } from '@org/error-codes-i18n/flutter-3';
import { texts as iosTexts } from '@org/error-codes-i18n/ios';
import { texts as iosUserTexts } from '@org/error-codes-i18n/ios/user';
import { texts as reactNativeTexts } from '@org/error-codes-i18n/react-native';
import { texts as reactNativeUserTexts } from '@org/error-codes-i18n/react-native/user';
import { texts as webTexts } from '@org/error-codes-i18n/web';
import { render, renderHook, screen } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider, type ErrorCodesProviderProps } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';
import { useErrorMessage } from './useErrorMessage.js';

interface Line {
  readonly module: ErrorCodesProviderProps['platform'] & {
    readonly catalog: readonly ErrorEntryShape[];
  };
  readonly texts: MessageSource;
}

const lines: readonly Line[] = [
  { module: web, texts: webTexts },
  { module: reactNative, texts: reactNativeTexts },
  { module: ios, texts: iosTexts },
  { module: flutter1, texts: flutter1Texts },
  { module: flutter3, texts: flutter3Texts },
];
const byId = (id: string) => lines.find((l) => l.module.platform.id === id) as Line;

/** A line's messages in a locale, loaded through its own texts. */
const load = (line: Line, locale: string) => line.texts.load(locale) as Promise<PlatformMessages>;

const inProvider =
  (line: Line, messages: PlatformMessages, docsBaseUrl?: unknown) =>
  ({ children }: { children: ReactNode }) => (
    <ErrorCodesProvider
      platform={line.module}
      messages={messages}
      docsBaseUrl={docsBaseUrl as string}
    >
      {children}
    </ErrorCodesProvider>
  );

function shown(line: Line, messages: PlatformMessages, error: unknown) {
  return renderHook(() => useErrorMessage(error), { wrapper: inProvider(line, messages) }).result
    .current;
}

describe('every line', () => {
  it('is tested here: the lines are the core’s platformIds, each texts of its own line', () => {
    expect(lines.map((l) => l.module.platform.id)).toEqual([...platformIds]);
    for (const line of lines) expect(line.texts.platform).toBe(line.module.platform.id);
  });

  it.each(lines.map((l) => [l.module.platform.id, l] as const))(
    '%s: the provider loads German through the line’s texts and shows the line’s meaning',
    async (id, line) => {
      const entry = line.module.catalog[line.module.catalog.length >> 1] as ErrorEntryShape;
      render(
        <Suspense fallback={<p>loading</p>}>
          <ErrorCodesProvider platform={line.module} texts={line.texts} locale="de-AT">
            <ErrorMessage error={{ code: entry.code, message: 'received' }} />
          </ErrorCodesProvider>
        </Suspense>,
      );
      const alert = await screen.findByRole(entry.severity === 'warning' ? 'status' : 'alert');
      expect(alert.getAttribute('data-severity')).toBe(entry.severity);
      const de = await load(line, 'de');
      const expected = shown(line, de, entry.code);
      expect(expected).toMatchObject({ known: true, platform: id, name: entry.name, locale: 'de' });
      expect(alert.getAttribute('lang')).toBe('de');
      expect(alert.querySelector('strong')?.textContent).toBe(expected.userTitle);
      expect(alert.querySelector('p')?.textContent).toBe(expected.userMessage);
      // The German texts of that meaning, not English ones.
      const en = await load(line, 'en');
      expect(alert.textContent).not.toContain(shown(line, en, entry.code).userTitle);
    },
  );

  it('reads iOS 3008 with the iOS table: the codec, not Flutter 1.2.x’s denied microphone', async () => {
    const [iosEn, flutterEn, webEn] = await Promise.all([
      load(byId('ios'), 'en'),
      load(byId('flutter-1'), 'en'),
      load(byId('web'), 'en'),
    ]);
    const onIos = shown(byId('ios'), iosEn, 3008);
    const onFlutter = shown(byId('flutter-1'), flutterEn, 3008);
    expect(onIos).toMatchObject({ known: true, name: 'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED' });
    expect(onFlutter).toMatchObject({ known: true, name: flutter1.getError(3008).name });
    expect(onIos.title).not.toBe(onFlutter.title);
    // Web has no 3008; the same meaning is web 3045 there, with the same title.
    expect(shown(byId('web'), webEn, 3008).known).toBe(false);
    expect(shown(byId('web'), webEn, 3045)).toMatchObject({ meaning: onIos.meaning });
    expect(shown(byId('web'), webEn, 3045).title).toBe(onIos.title);
  });

  it('shows a code the line lacks as unknown on that line, never through another line', async () => {
    const fl3En = await load(byId('flutter-3'), 'en');
    // 3001 is a Flutter 1.2.x code; Flutter 3.x's table is its own.
    const onFlutter3 = shown(byId('flutter-3'), fl3En, 3001);
    expect(onFlutter3.platform).toBe('flutter-3');
    expect(onFlutter3.name).toBe(flutter3.findError(3001)?.name ?? 'UNKNOWN_ERROR');
    expect(onFlutter3.known).toBe(flutter3.findError(3001) !== undefined);
    // iOS 4000 is a real code named UNKNOWN_ERROR; a code iOS lacks is not known.
    const iosEn = await load(byId('ios'), 'en');
    expect(shown(byId('ios'), iosEn, 4000)).toMatchObject({ known: true, name: 'UNKNOWN_ERROR' });
    expect(shown(byId('ios'), iosEn, 987_654)).toMatchObject({ known: false });
  });

  it('gives app lines the `app` surface’s end-user words, and web the `browser` ones', async () => {
    const webEn = await load(byId('web'), 'en');
    const endUser = (m: { userTitle: string; userMessage: string; fixes: readonly FixStep[] }) =>
      [
        m.userTitle,
        m.userMessage,
        ...m.fixes.filter((f) => f.by === 'user').map((f) => f.text),
      ].join(' ');
    let differ = 0;
    for (const id of ['react-native', 'ios', 'flutter-1', 'flutter-3'] as const) {
      const line = byId(id);
      expect(line.module.platform.surface).toBe('app');
      const en = await load(line, 'en');
      for (const entry of line.module.catalog) {
        const words = endUser(shown(line, en, entry.code));
        // An app has no browser, no page to reload and no site settings.
        expect(words, `${id} ${entry.code}`).not.toMatch(/\bbrowser/i);
        // The same meaning on web, in a browser, may speak of one: where it does, the
        // app line's words are its own, not web's.
        const twin = web.catalog.find((e) => e.meaning === entry.meaning);
        if (twin && /\bbrowser/i.test(endUser(shown(byId('web'), webEn, twin.code)))) differ += 1;
      }
    }
    // Some shared meanings do speak of a browser on web, so the loop compared something.
    expect(differ).toBeGreaterThan(0);
  });

  it('uses the end-user slice of an app line like the full texts', async () => {
    render(
      <Suspense fallback={null}>
        <ErrorCodesProvider platform={reactNative} texts={reactNativeUserTexts} locale="ja">
          <ErrorMessage error={4001} id="rn" />
        </ErrorCodesProvider>
        <ErrorCodesProvider platform={ios} texts={iosUserTexts} locale="ar">
          <ErrorMessage error={4001} id="ios" />
        </ErrorCodesProvider>
      </Suspense>,
    );
    await screen.findAllByRole('alert');
    const ja = await load(byId('react-native'), 'ja');
    const ar = await load(byId('ios'), 'ar');
    expect(document.getElementById('rn')?.querySelector('strong')?.textContent).toBe(
      shown(byId('react-native'), ja, 4001).userTitle,
    );
    expect(document.getElementById('ios')?.getAttribute('dir')).toBe('rtl');
    expect(document.getElementById('ios')?.querySelector('strong')?.textContent).toBe(
      shown(byId('ios'), ar, 4001).userTitle,
    );
  });

  it('refuses another line’s texts, naming both lines', async () => {
    const spy = console.error;
    console.error = () => {};
    try {
      expect(() =>
        render(
          <ErrorCodesProvider platform={ios} texts={reactNativeTexts}>
            <ErrorMessage error={4001} />
          </ErrorCodesProvider>,
        ),
      ).toThrow(/`texts` hold the react-native texts but `platform` is ios/);
      // Flutter 3.x is never read with Flutter 1.2.x's texts.
      expect(() =>
        render(
          <ErrorCodesProvider platform={flutter3} texts={flutter1Texts}>
            <ErrorMessage error={3023} />
          </ErrorCodesProvider>,
        ),
      ).toThrow(/hold the flutter-1 texts but `platform` is flutter-3/);
    } finally {
      console.error = spy;
    }
  });
});

describe('the docs link', () => {
  it('is the code’s page on its own line, in the shown locale, and a URL with docsBaseUrl', async () => {
    const [de, en] = await Promise.all([load(byId('ios'), 'de'), load(byId('ios'), 'en')]);
    const base = 'https://errors.example.com/';
    const inDe = renderHook(() => useErrorMessage({ code: 3008 }), {
      wrapper: inProvider(byId('ios'), de, base),
    }).result.current;
    expect(inDe).toMatchObject({
      docPath: '/de/ios/errors/3008/',
      docUrl: 'https://errors.example.com/de/ios/errors/3008/',
    });
    expect(shown(byId('ios'), en, 3008)).toMatchObject({
      docPath: '/ios/errors/3008/',
      docUrl: undefined,
    });
    // The pseudo-locale has no pages: its readers get the English one.
    const { messages: pseudo } = await import('@org/error-codes-i18n/locales/ios/en-XA');
    expect(pseudo.locale).toBe('en-XA');
    expect(shown(byId('ios'), pseudo, 3008).docPath).toBe('/ios/errors/3008/');
    // An unknown code has no page.
    expect(shown(byId('ios'), en, 9999)).toMatchObject({ docPath: undefined, docUrl: undefined });
  });

  it('reaches the render prop, and a nested provider inherits the docs address', async () => {
    const rnEn = await load(byId('react-native'), 'en');
    const rnDe = await load(byId('react-native'), 'de');
    render(
      <ErrorCodesProvider platform={reactNative} messages={rnEn} docsBaseUrl="https://e.test">
        <ErrorMessage error={4001} id="outer">
          {(m) => <a href={m.docUrl}>{m.userTitle}</a>}
        </ErrorMessage>
        <ErrorCodesProvider platform={reactNative} messages={rnDe}>
          <ErrorMessage error={4001} id="inner">
            {(m) => <a href={m.docUrl}>{m.userTitle}</a>}
          </ErrorMessage>
        </ErrorCodesProvider>
      </ErrorCodesProvider>,
    );
    expect(document.querySelector('#outer a')?.getAttribute('href')).toBe(
      'https://e.test/react-native/errors/4001/',
    );
    expect(document.querySelector('#inner a')?.getAttribute('href')).toBe(
      'https://e.test/de/react-native/errors/4001/',
    );
  });

  it('takes a junk docs address without throwing: no URL, the path stays', async () => {
    const en = await load(byId('flutter-3'), 'en');
    const code = flutter3.catalog[0]?.code as number;
    for (const junk of ['', 'errors.example.com', 'javascript:alert(1)', 42, {}, 'x'.repeat(1e6)]) {
      const result = renderHook(() => useErrorMessage(code), {
        wrapper: inProvider(byId('flutter-3'), en, junk),
      }).result.current;
      expect(result).toMatchObject({ known: true, docUrl: undefined });
      expect(result.docPath).toBe(`/flutter-3/errors/${code}/`);
    }
  });
});
