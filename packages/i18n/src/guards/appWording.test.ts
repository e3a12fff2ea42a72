import { platformIds } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../loadMessages.js';
import { locales } from '../localeList.js';
import { surfaceOf } from '../surface.js';
import type { MeaningTexts } from '../types.js';
import { appWording, type ResolvedMeaning } from './appWording.js';

const appLines = platformIds.filter((p) => surfaceOf(p) === 'app');

/** Every meaning of every app line in every written locale, as the line's generated module resolves it. */
const resolved: ResolvedMeaning[] = [];
for (const platform of appLines)
  for (const locale of locales) {
    const messages = await loadMessages(platform, locale);
    for (const [id, t] of Object.entries<MeaningTexts>(messages.meanings))
      resolved.push({ platform, locale, id, title: t.title, causes: t.causes, fixes: t.fixes });
  }

describe('guard appWording (review 3 EN-N1: browser advice on app lines)', () => {
  it('reads every app line in every locale', () => {
    expect(appLines).toEqual(['react-native', 'ios', 'flutter-1', 'flutter-3']);
    expect(new Set(resolved.map((r) => r.locale)).size).toBe(locales.length);
  });

  it('finds no browser-only step, title or cause on an app line, in any locale', () => {
    expect(appWording(resolved)).toEqual([]);
  });

  const real = (id: string, platform = 'ios', locale = 'en') =>
    resolved.find(
      (r) => r.id === id && r.platform === platform && r.locale === locale,
    ) as ResolvedMeaning;
  it.each([
    [
      'EN-N1: navigator.mediaDevices in an app step (es)',
      {
        ...real('get-audio-media', 'ios', 'es'),
        fixes: [
          {
            by: 'app',
            text: 'Comprueba que navigator.mediaDevices esté disponible antes de activar el micrófono y sirve la página a través de https://.',
          },
        ],
      },
    ],
    [
      'EN-N1: serve the page over https://',
      {
        ...real('no-webcam-device-found'),
        fixes: [
          { by: 'app', text: 'Serve the page over https://, and let the user join without video.' },
        ],
      },
    ],
    [
      'EN-N1: the browser’s version',
      {
        ...real('no-supported-video-codec'),
        fixes: [
          {
            by: 'app',
            text: 'Let the user join without video, and log the browser’s version to find which browsers are affected.',
          },
        ],
      },
    ],
    [
      '3008: RTCRtpSender in an ios step (ja)',
      {
        ...real('video-produce-codec-not-supported', 'ios', 'ja'),
        fixes: [
          {
            by: 'app',
            text: 'ブラウザーがビデオの送信に使えるコーデックを、RTCRtpSender.getCapabilities()で確認してください。',
          },
        ],
      },
    ],
    [
      '3008: a cause where the browser acts, on flutter-3',
      {
        ...real('video-produce-codec-not-supported', 'flutter-3'),
        causes: [
          'The browser can’t send video with the codec that the app asked for, so the SDK uses VP8 instead.',
        ],
      },
    ],
  ] as const)('fails on a planted copy: %s', (_, broken) => {
    expect(appWording([broken])).not.toEqual([]);
  });

  it('lets words that cover an app too pass', () => {
    const ok = {
      ...real('camera-access-unavailable'),
      causes: ['The browser or device does not provide camera access.'],
      fixes: [{ by: 'app', text: 'If the app also runs in a browser, serve it over https://.' }],
    };
    expect(appWording([ok])).toEqual([]);
  });
});
