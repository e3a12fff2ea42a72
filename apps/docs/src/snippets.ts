import type { PlatformId, PlatformInfo, SdkRegistry } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { SiteConfig } from './config.js';
import { sdkVersion, webDelivery } from './delivery.generated.js';
import { platformInfo } from './platforms.js';
import type { SiteLocale } from './site.js';

/** One copyable example on a code page. */
export interface Snippet {
  readonly id: string;
  readonly label: string;
  readonly language: 'ts' | 'tsx' | 'sh' | 'dart' | 'swift';
  readonly code: string;
}

/** A code page's examples: in the app (the platform's SDK) and on the server (logger, API). */
export interface Snippets {
  readonly app: readonly Snippet[];
  readonly server: readonly Snippet[];
}

/** The lookup API's address for one code (`/v1/{platform}/errors/{code}`), as apps/api serves it. */
export function apiErrorUrl(
  apiUrl: string,
  platform: PlatformId,
  code: number | string,
  locale: SiteLocale,
): string {
  return `${apiUrl}/v1/${platform}/errors/${code}?locale=${encodeURIComponent(locale)}`;
}

/** A text for a one-line code comment: no line break can end the comment early. */
const comment = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * The examples of a code page, written against the SDKs' real APIs and the
 * packages' public ones, with the entry's own constant, so a renamed or added code
 * updates every page by itself. A test compiles every TypeScript and TSX snippet of
 * every page with tsc against the SDKs' typings (src/snippets.compile.test.ts).
 */
export function snippetsFor(
  entry: LocalizedEntry,
  locale: SiteLocale,
  config: SiteConfig,
): Snippets {
  const server = [
    loggerSnippet(entry, config),
    fetchSnippet(entry, locale, config),
    {
      id: 'curl',
      label: 'curl',
      language: 'sh',
      code: `curl -s '${apiErrorUrl(config.apiUrl, entry.platform, entry.code ?? '', locale)}'`,
    } as const,
  ];
  const info = platformInfo(entry.platform);
  return { app: appSnippets[info.sdk.registry](entry, locale, config, info), server };
}

type AppSnippets = (
  entry: LocalizedEntry,
  locale: SiteLocale,
  config: SiteConfig,
  info: PlatformInfo,
) => Snippet[];

/**
 * A line's app examples follow from where its SDK is published (the core's
 * registry), so a new line gets its language's examples without a word here:
 * npm SDKs in TypeScript (the browser's js-sdk and react-sdk, or React Native's
 * SDK), Swift packages in Swift, pub packages in Dart. A Maven line has no table
 * and so no code pages.
 */
const appSnippets: { readonly [R in SdkRegistry]: AppSnippets } = {
  npm: (entry, locale, _config, info) =>
    info.surface !== 'browser'
      ? [reactNativeSnippet(entry, locale, info)]
      : neverEmitted(entry)
        ? [jsSdkThrownSnippet(entry, locale), reactSdkThrownSnippet(entry, locale)]
        : [jsSdkSnippet(entry, locale), reactSdkSnippet(entry, locale)],
  'swift-package': (entry, locale, config) => [swiftSnippet(entry, locale, config)],
  pub: (entry, locale, config) => [dartSnippet(entry, locale, config)],
  maven: () => [],
};

/**
 * A web code the installed js-sdk only throws or rejects with (src/delivery.generated.ts,
 * read from its bundle): its page catches it around the call, since `meeting.on('error')`
 * never sees it.
 */
export function neverEmitted(entry: Pick<LocalizedEntry, 'platform' | 'code'>): boolean {
  return entry.platform === 'web' && webDelivery.get(Number(entry.code))?.delivery === 'thrown';
}

/** The calls a thrown web code comes from, for a comment: `send(), setValue()`. */
function throwingCalls(entry: LocalizedEntry): string {
  const calls = webDelivery.get(Number(entry.code))?.thrownBy ?? [];
  return calls.length > 0
    ? calls
        .slice(0, 4)
        .map((c) => `${c}()`)
        .join(', ')
    : 'the call';
}

function jsSdkThrownSnippet(entry: LocalizedEntry, locale: SiteLocale): Snippet {
  return {
    id: 'js-sdk',
    label: 'TypeScript · @videosdk.live/js-sdk',
    language: 'ts',
    code: `import { loadMessages, localizeEntry } from '@org/error-codes-i18n';
import { ErrorCodes, normalizeError } from '@org/error-codes/${entry.platform}';
import { VideoSDK } from '@videosdk.live/js-sdk';

const messages = await loadMessages('${entry.platform}', '${locale}');

// js-sdk ${sdkVersion} never emits ${entry.code} on meeting.on('error'): the call that meets it
// throws or rejects with it (${comment(throwingCalls(entry))}). Catch it around the call.
export async function attempt<T>(
  call: () => T | Promise<T>,
  show: (text: string) => void,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (thrown) {
    const error = normalizeError(thrown);
    if (error.code === ErrorCodes.${entry.name}) {
      // ${entry.code}: ${comment(entry.title)} (${entry.severity}, retryable: ${entry.retryable})
    }
    show(localizeEntry(error, messages).userMessage);
    return undefined;
  }
}

export function joinMeeting(token: string, meetingId: string, show: (text: string) => void) {
  VideoSDK.config(token);
  const meeting = VideoSDK.initMeeting({ meetingId, name: 'Ada', micEnabled: true });
  // The same wrapper goes around each call that may throw it.
  return attempt(() => meeting.join(), show);
}
`,
  };
}

function reactSdkThrownSnippet(entry: LocalizedEntry, locale: SiteLocale): Snippet {
  return {
    id: 'react-sdk',
    label: 'React · @videosdk.live/react-sdk',
    language: 'tsx',
    code: `import { messages } from '@org/error-codes-i18n/locales/${entry.platform}/${locale}';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import * as web from '@org/error-codes/${entry.platform}';
import { MeetingProvider, useMeeting } from '@videosdk.live/react-sdk';
import { useState } from 'react';

// ${entry.code} never reaches useMeeting({ onError }): the call throws or rejects with it
// (${comment(throwingCalls(entry))}), so each call is awaited in a try.
function JoinButton() {
  const [error, setError] = useState<unknown>();
  const { join } = useMeeting();
  const attempt = async (call: () => Promise<void>) => {
    try {
      await call();
      setError(undefined);
    } catch (thrown) {
      if (web.normalizeError(thrown).code === web.ErrorCodes.${entry.name}) {
        // ${entry.code}: ${comment(entry.title)}
      }
      setError(thrown);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void attempt(join)}>
        Join
      </button>
      {error ? <ErrorMessage error={error} showUserSteps /> : null}
    </>
  );
}

export function Meeting({ token, meetingId }: { token: string; meetingId: string }) {
  return (
    <MeetingProvider
      config={{ meetingId, name: 'Ada', micEnabled: true, webcamEnabled: true, debugMode: false }}
      token={token}
    >
      <ErrorCodesProvider platform={web} locale="${locale}" messages={messages}>
        <JoinButton />
      </ErrorCodesProvider>
    </MeetingProvider>
  );
}
`,
  };
}

function jsSdkSnippet(entry: LocalizedEntry, locale: SiteLocale): Snippet {
  return {
    id: 'js-sdk',
    label: 'TypeScript · @videosdk.live/js-sdk',
    language: 'ts',
    code: `import { loadMessages, localizeEntry } from '@org/error-codes-i18n';
import { ErrorCodes, normalizeError } from '@org/error-codes/${entry.platform}';
import { VideoSDK } from '@videosdk.live/js-sdk';

const messages = await loadMessages('${entry.platform}', '${locale}');

export function joinMeeting(token: string, meetingId: string, show: (text: string) => void) {
  VideoSDK.config(token);
  const meeting = VideoSDK.initMeeting({ meetingId, name: 'Ada', micEnabled: true });
  meeting.on('error', (event: { code: number; message: string }) => {
    const error = normalizeError(event);
    if (error.code === ErrorCodes.${entry.name}) {
      // ${entry.code}: ${comment(entry.title)} (${entry.severity}, retryable: ${entry.retryable})
    }
    show(localizeEntry(error, messages).userMessage);
  });
  return meeting.join();
}
`,
  };
}

function reactSdkSnippet(entry: LocalizedEntry, locale: SiteLocale): Snippet {
  return {
    id: 'react-sdk',
    label: 'React · @videosdk.live/react-sdk',
    language: 'tsx',
    code: `import { messages } from '@org/error-codes-i18n/locales/${entry.platform}/${locale}';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import * as web from '@org/error-codes/${entry.platform}';
import { MeetingProvider, useMeeting } from '@videosdk.live/react-sdk';
import { useState } from 'react';

function MeetingErrors() {
  const [error, setError] = useState<unknown>();
  useMeeting({
    // react-sdk types the code as a string; normalizeError reads both.
    onError: (event) => {
      if (web.normalizeError(event).code === web.ErrorCodes.${entry.name}) {
        // ${entry.code}: ${comment(entry.title)}
      }
      setError(event);
    },
  });
  return error ? <ErrorMessage error={error} showUserSteps /> : null;
}

export function Meeting({ token, meetingId }: { token: string; meetingId: string }) {
  return (
    <MeetingProvider
      config={{ meetingId, name: 'Ada', micEnabled: true, webcamEnabled: true, debugMode: false }}
      token={token}
    >
      <ErrorCodesProvider platform={web} locale="${locale}" messages={messages}>
        <MeetingErrors />
      </ErrorCodesProvider>
    </MeetingProvider>
  );
}
`,
  };
}

function dartSnippet(entry: LocalizedEntry, locale: SiteLocale, config: SiteConfig): Snippet {
  // Dart interpolates `$code` itself: the address is written with that variable.
  const url = apiErrorUrl(config.apiUrl, entry.platform, '$code', locale);
  return {
    id: 'dart',
    label: `Dart · ${platformInfo(entry.platform).sdk.package} ${platformInfo(entry.platform).sdk.versions}`,
    language: 'dart',
    code: `import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:videosdk/videosdk.dart';

// The Flutter SDK's error event carries a map: code, name and message.
void watchErrors(Room room, void Function(String) show) {
  room.on(Events.error, (error) async {
    final code = int.tryParse('\${error['code']}');
    if (code == ${entry.code}) {
      // ${entry.name}: ${comment(entry.title)}
    }
    final response = await http.get(Uri.parse('${url}'));
    if (response.statusCode == 200) {
      show(jsonDecode(response.body)['userMessage'] as String);
    }
  });
}
`,
  };
}

function reactNativeSnippet(
  entry: LocalizedEntry,
  locale: SiteLocale,
  info: PlatformInfo,
): Snippet {
  return {
    id: 'react-native-sdk',
    label: `React Native · ${info.sdk.package}`,
    language: 'ts',
    code: `import { localizeEntry } from '@org/error-codes-i18n';
import { messages } from '@org/error-codes-i18n/locales/${entry.platform}/${locale}';
import { ErrorCodes, normalizeError } from '@org/error-codes/${entry.platform}';
import { useMeeting } from '${info.sdk.package}';

/**
 * Call inside <MeetingProvider>. Pass Alert.alert of react-native, or your own
 * banner, as show: it gets the words for the end user.
 */
export function useMeetingErrors(show: (title: string, message: string) => void) {
  return useMeeting({
    // The SDK types the code as a string; normalizeError reads both.
    onError: (event) => {
      const error = normalizeError(event);
      if (error.code === ErrorCodes.${entry.name}) {
        // ${entry.code}: ${comment(entry.title)} (${entry.severity}, retryable: ${entry.retryable})
      }
      const text = localizeEntry(error, messages);
      show(text.userTitle, text.userMessage);
    },
  });
}
`,
  };
}

function swiftSnippet(entry: LocalizedEntry, locale: SiteLocale, config: SiteConfig): Snippet {
  // Swift interpolates `\(error.rawValue)` itself: the address is written with it.
  const url = apiErrorUrl(config.apiUrl, entry.platform, '\\(error.rawValue)', locale);
  const sdk = platformInfo(entry.platform).sdk;
  return {
    id: 'swift',
    label: `Swift · ${sdk.package} ${sdk.versions}`,
    language: 'swift',
    code: `import UIKit
import VideoSDKRTC

private struct LookupEntry: Decodable {
    let userTitle: String
    let userMessage: String
}

// The meeting reports its errors to onError(error:) of the MeetingEventListener
// you add with meeting.addEventListener(self). VideoSDKError's rawValue is the code.
extension MeetingViewController: MeetingEventListener {
    func onError(error: VideoSDKError) {
        if error == .${entry.name} {
            // ${entry.code}: ${comment(entry.title)}
        }
        let url = URL(string: "${url}")!
        Task { @MainActor in
            do {
                let (data, _) = try await URLSession.shared.data(from: url)
                let entry = try JSONDecoder().decode(LookupEntry.self, from: data)
                let alert = UIAlertController(
                    title: entry.userTitle, message: entry.userMessage, preferredStyle: .alert)
                alert.addAction(UIAlertAction(title: "OK", style: .default))
                present(alert, animated: true)
            } catch let lookupError {
                print("error \\(error.rawValue): lookup failed: \\(lookupError)")
            }
        }
    }
}
`,
  };
}

function loggerSnippet(entry: LocalizedEntry, config: SiteConfig): Snippet {
  return {
    id: 'logger',
    label: 'Node · pino',
    language: 'ts',
    code: `import { MeetingError, normalizeError } from '@org/error-codes/${entry.platform}';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';
import pino from 'pino';

const logger = pino({
  ...pinoOptions({ docsBaseUrl: '${config.siteUrl}' }),
  level: 'info',
});

// An error event that your ${entry.labels.platform} app reported to this server.
export function logMeetingError(
  report: { code: number | string; message: string },
  meetingId: string,
) {
  // ${entry.code} ${entry.name}: ${comment(entry.title)}
  const error = new MeetingError(normalizeError(report), { cause: report });
  logError(logger, error, { meetingId });
}
`,
  };
}

function fetchSnippet(entry: LocalizedEntry, locale: SiteLocale, config: SiteConfig): Snippet {
  const url = apiErrorUrl(config.apiUrl, entry.platform, entry.code ?? '', locale);
  return {
    id: 'fetch',
    label: 'TypeScript · fetch',
    language: 'ts',
    code: `import type { LocalizedEntry } from '@org/error-codes-i18n';

const response = await fetch('${url}');
if (!response.ok) throw new Error(\`lookup failed: HTTP \${response.status}\`);
const entry = (await response.json()) as LocalizedEntry;
console.log(entry.title, entry.userMessage, entry.fixes);
`,
  };
}

/** The packages the TypeScript and TSX snippets import (`@org/error-codes`, not its subpaths), in first-seen order. */
export function importedPackages(snippets: readonly Snippet[]): string[] {
  const names = new Set<string>();
  for (const s of snippets) {
    if (s.language !== 'ts' && s.language !== 'tsx') continue;
    for (const m of s.code.matchAll(/^import\s[^'"]*'([^']+)'/gm)) {
      const spec = m[1] ?? '';
      const parts = spec.split('/');
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
    }
  }
  return [...names];
}
