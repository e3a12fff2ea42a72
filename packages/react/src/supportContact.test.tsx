/**
 * A provider without a configured contact sends end users to the app's own support,
 * on the React major of the vitest project running this file: every code of every
 * line, rendered by <ErrorMessage> in every locale (the full texts and the end-user
 * slice), names neither VideoSDK nor its address; an app's `supportContact` is used.
 */
import { type ErrorEntryShape, type PlatformId, platformIds } from '@org/error-codes';
import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import { locales, type MessageSource, type PlatformMessages } from '@org/error-codes-i18n';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { texts as flutter1UserTexts } from '@org/error-codes-i18n/flutter-1/user';
import { texts as flutter3Texts } from '@org/error-codes-i18n/flutter-3';
import { texts as flutter3UserTexts } from '@org/error-codes-i18n/flutter-3/user';
import { texts as iosTexts } from '@org/error-codes-i18n/ios';
import { texts as iosUserTexts } from '@org/error-codes-i18n/ios/user';
import { texts as reactNativeTexts } from '@org/error-codes-i18n/react-native';
import { texts as reactNativeUserTexts } from '@org/error-codes-i18n/react-native/user';
import { texts as webTexts } from '@org/error-codes-i18n/web';
import { texts as webUserTexts } from '@org/error-codes-i18n/web/user';
import { cleanup, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorCodesProvider, type ErrorCodesProviderProps } from './ErrorCodesProvider.js';
import { ErrorMessage } from './ErrorMessage.js';

interface Line {
  readonly module: ErrorCodesProviderProps['platform'] & {
    readonly catalog: readonly ErrorEntryShape[];
  };
  readonly texts: MessageSource;
  readonly userTexts: MessageSource;
}

const lines: Record<PlatformId, Line> = {
  web: { module: web, texts: webTexts, userTexts: webUserTexts },
  'react-native': {
    module: reactNative,
    texts: reactNativeTexts,
    userTexts: reactNativeUserTexts,
  },
  ios: { module: ios, texts: iosTexts, userTexts: iosUserTexts },
  'flutter-1': { module: flutter1, texts: flutter1Texts, userTexts: flutter1UserTexts },
  'flutter-3': { module: flutter3, texts: flutter3Texts, userTexts: flutter3UserTexts },
};

/** What every code of the line (and an unknown one) shows an end user, one text per code. */
function shownTexts(line: Line, messages: PlatformMessages, values?: Record<string, string>) {
  const codes = [...line.module.catalog.map((e) => e.code), 987654];
  render(
    <ErrorCodesProvider platform={line.module} messages={messages} values={values}>
      {codes.map((code) => (
        <ErrorMessage key={code} error={code} id={`e${code}`} />
      ))}
    </ErrorCodesProvider>,
  );
  const shown = codes.map((code) => document.getElementById(`e${code}`)?.textContent ?? '');
  cleanup();
  return shown;
}

const cases = platformIds.flatMap((id) => locales.map((locale) => [id, locale] as const));

describe('<ErrorCodesProvider> without a supportContact', () => {
  it.each(cases)('%s in %s: no message names VideoSDK', async (id, locale) => {
    const line = lines[id];
    for (const source of [line.texts, line.userTexts]) {
      const messages = (await source.load(locale)) as PlatformMessages;
      const shown = shownTexts(line, messages);
      expect(shown.every((t) => t.length > 0)).toBe(true);
      expect(shown.filter((t) => /videosdk/i.test(t) || t.includes('{supportContact}'))).toEqual(
        [],
      );
      // The unknown code's message asks for a contact: the locale's words for the app's team.
      expect(shown.at(-1)).toContain(messages.labels.supportTeam);
    }
  });

  it('catches a planted VideoSDK address (the check is not blind)', async () => {
    const messages = (await webTexts.load('de')) as PlatformMessages;
    const planted = {
      ...messages,
      labels: { ...messages.labels, supportTeam: 'support@videosdk.live' },
    };
    expect(
      shownTexts(lines.web, planted).filter((t) => /videosdk/i.test(t)).length,
    ).toBeGreaterThan(5);
  });
});

describe('<ErrorCodesProvider values={{ supportContact }}>', () => {
  it.each(locales)('names the app’s contact in %s, not the default words', async (locale) => {
    const messages = (await iosUserTexts.load(locale)) as PlatformMessages;
    const shown = shownTexts(lines.ios, messages, { supportContact: 'help@acme.example' });
    expect(shown.filter((t) => t.includes('help@acme.example')).length).toBeGreaterThan(3);
    expect(shown.filter((t) => t.includes(messages.labels.supportTeam))).toEqual([]);
  });
});
