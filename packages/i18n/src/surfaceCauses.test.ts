import { describe, expect, it } from 'vitest';
import { loadMessages } from './loadMessages.js';
import { localizeEntry } from './localizeEntry.js';
import { causesOn } from './surface.js';
import type { MeaningTexts } from './types.js';

const base: MeaningTexts = {
  title: 't',
  userTitle: 'ut',
  description: 'd',
  userMessage: 'um',
  causes: ['The browser can’t.'],
  fixes: [{ by: 'app', text: 'f' }],
  variants: { app: { causes: ['The device can’t.'] } },
};

describe('causesOn', () => {
  it('gives an app line the app variant’s causes and a browser line the meaning’s own', () => {
    expect(causesOn(base, 'app')).toEqual(['The device can’t.']);
    expect(causesOn(base, 'browser')).toEqual(['The browser can’t.']);
    expect(causesOn({ ...base, variants: {} }, 'app')).toEqual(['The browser can’t.']);
  });

  it('reads own, array causes only and never throws on junk', () => {
    const polluted = JSON.parse('{"causes":["own"],"variants":{"__proto__":{"causes":["x"]}}}');
    expect(causesOn(polluted, 'app')).toEqual(['own']);
    expect(causesOn({ ...base, variants: { app: { causes: 'nope' } } } as never, 'app')).toEqual([
      'The browser can’t.',
    ]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    for (const junk of [undefined, null, 42, 'x', hostile])
      expect(() => causesOn(junk, 'app')).not.toThrow();
    expect(causesOn(undefined, 'app')).toBeUndefined();
  });

  it('reaches localizeEntry: 3008 on iOS speaks of the device, 3045 on the web of the browser', async () => {
    const { platformTables } = await import('@org/error-codes');
    const pick = (p: 'ios' | 'web') =>
      platformTables[p].find((e) => e.meaning === 'video-produce-codec-not-supported');
    const ios = localizeEntry(pick('ios'), await loadMessages('ios', 'en'));
    const web = localizeEntry(pick('web'), await loadMessages('web', 'en'));
    expect(ios.code).toBe(3008);
    expect(web.code).toBe(3045);
    expect(ios.causes.join(' ')).toMatch(/device/);
    expect(ios.causes.join(' ') + ios.fixes.map((f) => f.text).join(' ')).not.toMatch(
      /browser|RTCRtpSender/,
    );
    expect(web.fixes.map((f) => f.text).join(' ')).toMatch(/RTCRtpSender/);
  });
});
