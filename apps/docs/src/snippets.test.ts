import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { localizeEntry } from '@org/error-codes-i18n';
import { messages as flutterJa } from '@org/error-codes-i18n/locales/flutter/ja';
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

  it('give a Flutter page the Dart handler, whose address Dart interpolates itself', () => {
    const entry = localizeEntry(flutter.getError(3017), flutterJa);
    const { app, server } = snippetsFor(entry, 'ja', config);
    expect(app.map((s) => s.id)).toEqual(['dart']);
    const dart = app[0]?.code ?? '';
    expect(dart).toContain('room.on(Events.error, (error) async {');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dart's interpolation, not JavaScript's
    expect(dart).toContain("final code = int.tryParse('${error['code']}');");
    expect(dart).toContain('if (code == 3017) {');
    expect(dart).toContain("Uri.parse('https://api.acme.dev/v1/flutter/errors/$code?locale=ja')");
    expect(server[0]?.code).toContain("from '@org/error-codes/flutter'");
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
