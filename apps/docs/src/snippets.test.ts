import * as flutter from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as rn from '@org/error-codes/react-native';
import * as web from '@org/error-codes/web';
import { localizeEntry } from '@org/error-codes-i18n';
import { messages as flutterJa } from '@org/error-codes-i18n/locales/flutter-1/ja';
import { messages as flutter3En } from '@org/error-codes-i18n/locales/flutter-3/en';
import { messages as iosDe } from '@org/error-codes-i18n/locales/ios/de';
import { messages as rnFr } from '@org/error-codes-i18n/locales/react-native/fr';
import { messages as webDe } from '@org/error-codes-i18n/locales/web/de';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from './config.js';
import { apiErrorUrl, importedPackages, snippetsFor } from './snippets.js';

const config = readSiteConfig({
  SITE_URL: 'https://errors.acme.dev',
  API_URL: 'https://api.acme.dev',
});

describe('snippets', () => {
  it('give a web page the js-sdk and react-sdk handlers, in the page locale', () => {
    const entry = localizeEntry(web.getError(3017), webDe);
    const { app, server } = snippetsFor(entry, 'de', config);
    expect(app.map((s) => s.id)).toEqual(['js-sdk', 'react-sdk']);
    expect(server.map((s) => s.id)).toEqual(['logger', 'fetch', 'curl']);
    const [js, react] = app;
    expect(js?.code).toContain("meeting.on('error', (event: { code: number; message: string }) =>");
    expect(js?.code).toContain('ErrorCodes.ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(js?.code).toContain("loadMessages('web', 'de')");
    expect(react?.code).toContain("from '@org/error-codes-i18n/locales/web/de'");
    expect(react?.code).toContain('useMeeting({');
    expect(react?.code).toContain('<ErrorCodesProvider platform={web} locale="de"');
    expect(server[2]?.code).toBe("curl -s 'https://api.acme.dev/v1/web/errors/3017?locale=de'");
    expect(server[0]?.code).toContain("pinoOptions({ docsBaseUrl: 'https://errors.acme.dev' })");
  });

  it('give a React Native page the react-native-sdk hook, with its own line’s table and texts', () => {
    const entry = localizeEntry(rn.getError(3017), rnFr);
    const { app, server } = snippetsFor(entry, 'fr', config);
    expect(app.map((s) => s.id)).toEqual(['react-native-sdk']);
    const code = app[0]?.code ?? '';
    expect(code).toContain("import { useMeeting } from '@videosdk.live/react-native-sdk';");
    expect(code).toContain("from '@org/error-codes/react-native'");
    expect(code).toContain("from '@org/error-codes-i18n/locales/react-native/fr'");
    expect(code).toContain('ErrorCodes.ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(server[2]?.code).toBe(
      "curl -s 'https://api.acme.dev/v1/react-native/errors/3017?locale=fr'",
    );
  });

  it('give an iOS page the Swift listener, matching the constant and asking the API by rawValue', () => {
    const entry = localizeEntry(ios.getError(3008), iosDe);
    const { app } = snippetsFor(entry, 'de', config);
    expect(app.map((s) => [s.id, s.language])).toEqual([['swift', 'swift']]);
    const swift = app[0]?.code ?? '';
    expect(swift).toContain('import VideoSDKRTC');
    expect(swift).toContain('func onError(error: VideoSDKError) {');
    expect(swift).toContain('if error == .ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED {');
    expect(swift).toContain(
      'URL(string: "https://api.acme.dev/v1/ios/errors/\\(error.rawValue)?locale=de")!',
    );
    expect(app[0]?.label).toBe('Swift · VideoSDKRTC >=3.1.0 <=3.2.0 || 4.0.0-beta.1');
  });

  it('give a Flutter 3.x page the Dart handler on its own line’s address', () => {
    const entry = localizeEntry(flutter3.getError(3023), flutter3En);
    const dart = snippetsFor(entry, 'en', config).app[0]?.code ?? '';
    expect(dart).toContain('if (code == 3023) {');
    expect(dart).toContain("Uri.parse('https://api.acme.dev/v1/flutter-3/errors/$code?locale=en')");
  });

  it('give a Flutter page the Dart handler, whose address Dart interpolates itself', () => {
    const entry = localizeEntry(flutter.getError(3017), flutterJa);
    const { app, server } = snippetsFor(entry, 'ja', config);
    expect(app.map((s) => s.id)).toEqual(['dart']);
    const dart = app[0]?.code ?? '';
    expect(dart).toContain('room.on(Events.error, (error) async {');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dart's interpolation, not JavaScript's
    expect(dart).toContain("final code = int.tryParse('${error['code']}');");
    expect(dart).toContain('if (code == 3017) {');
    expect(dart).toContain("Uri.parse('https://api.acme.dev/v1/flutter-1/errors/$code?locale=ja')");
    expect(server[0]?.code).toContain("from '@org/error-codes/flutter-1'");
  });

  it('keep a localized title inside its one-line comment', () => {
    const entry = { ...localizeEntry(web.getError(4001), webDe), title: 'a\nb\u2028c\r\nd' };
    const js = snippetsFor(entry, 'de', config).app[0]?.code ?? '';
    expect(js).toContain('// 4001: a b c d (');
  });

  it('name the packages the TypeScript snippets import, not their subpaths or Dart imports', () => {
    const entry = localizeEntry(flutter.getError(4001), flutterJa);
    const { app, server } = snippetsFor(entry, 'ja', config);
    expect(importedPackages([...app, ...server])).toEqual([
      '@org/error-codes',
      '@org/error-codes-logger',
      'pino',
      '@org/error-codes-i18n',
    ]);
    expect(apiErrorUrl('https://a.b', 'web', 4001, 'pt-BR')).toBe(
      'https://a.b/v1/web/errors/4001?locale=pt-BR',
    );
  });
});
