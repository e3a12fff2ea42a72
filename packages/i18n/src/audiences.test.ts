import { type AnyErrorEntry, platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { allTexts, english } from '../test/texts.js';
import { audiences, isAudience } from './audiences.js';
import { loadMessages } from './loadMessages.js';
import { localizeEntry } from './localizeEntry.js';
import { userSlice } from './slices.js';
import { endUserTexts, surfaceOf } from './surface.js';
import type { MeaningTexts } from './types.js';

const base: MeaningTexts = {
  title: 't',
  userTitle: 'Broadcast stopped',
  description: 'd',
  userMessage: 'The broadcast stopped. You can start it again.',
  causes: ['c'],
  fixes: [
    { by: 'app', text: 'Offer to start it again.' },
    { by: 'user', text: 'Start it again.' },
  ],
  variants: { app: { userTitle: 'Broadcast stopped in the app' } },
  audiences: {
    participant: {
      userMessage: 'The broadcast stopped. The host can start it again.',
      userSteps: ['Ask the host to start it again.'],
    },
    viewer: { userMessage: 'The broadcast stopped. No action is needed.' },
  },
};

/** Sentences, in any of the nine locales' scripts. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?。।؟])\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The meanings whose host words offer to start a service again or anew. */
const HOST_ONLY = /\byou can start\b|^start\b.*\bagain\b/i;

const withAudiences = Object.entries(english.meanings).filter(([, t]) => t.audiences);

describe('audience variants', () => {
  it('lists the audiences, host first, and knows them', () => {
    expect(audiences).toEqual(['host', 'participant', 'viewer']);
    expect(audiences.every(isAudience)).toBe(true);
    for (const junk of ['Viewer', '', '__proto__', 42, null, undefined, {}]) {
      expect(isAudience(junk)).toBe(false);
    }
  });

  it('endUserTexts: the host reads the meaning’s own words, others their variant over the surface’s', () => {
    expect(endUserTexts(base, 'browser')).toEqual(endUserTexts(base, 'browser', 'host'));
    expect(endUserTexts(base, 'browser', 'participant')).toEqual({
      userTitle: 'Broadcast stopped',
      userMessage: 'The broadcast stopped. The host can start it again.',
      fixes: [
        { by: 'user', text: 'Ask the host to start it again.' },
        { by: 'app', text: 'Offer to start it again.' },
      ],
    });
    // A viewer's own message; the participant's steps where a viewer has none; the surface's title.
    expect(endUserTexts(base, 'app', 'viewer')).toEqual({
      userTitle: 'Broadcast stopped in the app',
      userMessage: 'The broadcast stopped. No action is needed.',
      fixes: [
        { by: 'user', text: 'Ask the host to start it again.' },
        { by: 'app', text: 'Offer to start it again.' },
      ],
    });
  });

  it.each(['Viewer', '__proto__', 'constructor', 42, null, {}, 'x'.repeat(100_000)])(
    'endUserTexts treats the junk audience %j as the host',
    (junk) => {
      expect(endUserTexts(base, 'browser', junk)).toEqual(endUserTexts(base, 'browser'));
    },
  );

  it('endUserTexts reads only own, well-typed audience words and never throws', () => {
    const polluted = JSON.parse(
      '{"userMessage":"own","fixes":[],"audiences":{"__proto__":{"viewer":{"userMessage":"polluted"}}}}',
    );
    expect(endUserTexts(polluted, 'browser', 'viewer').userMessage).toBe('own');
    const junkVariant = {
      ...base,
      audiences: { participant: { userMessage: '', userSteps: 'Start it.' } },
    };
    expect(endUserTexts(junkVariant as never, 'browser', 'participant')).toEqual(
      endUserTexts(base, 'browser'),
    );
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
    expect(() =>
      endUserTexts({ ...base, audiences: hostile } as never, 'app', 'viewer'),
    ).not.toThrow();
  });

  it('gives a participant’s words to every meaning whose host words offer to start a service', () => {
    const needed = Object.entries(english.meanings)
      .filter(([, t]) =>
        [t.userMessage, ...t.fixes.filter((s) => s.by === 'user').map((s) => s.text)].some((x) =>
          HOST_ONLY.test(x),
        ),
      )
      .map(([id]) => id)
      .sort();
    expect(needed.length).toBeGreaterThanOrEqual(10);
    expect(
      withAudiences
        .filter(([, t]) => t.audiences?.participant?.userMessage)
        .map(([id]) => id)
        .sort(),
    ).toEqual(needed);
  });

  it('mirrors English in every locale: the same meanings, readers, fields and number of steps', () => {
    const shape = (t: MeaningTexts | undefined) =>
      JSON.stringify(
        Object.entries(t?.audiences ?? {}).map(([reader, v]) => [
          reader,
          Object.keys(v ?? {}).sort(),
          v?.userSteps?.length ?? 0,
        ]),
      );
    for (const texts of allTexts) {
      for (const [id, t] of Object.entries(english.meanings)) {
        expect(shape(texts.meanings[id]), `${texts.locale} ${id}`).toBe(shape(t));
      }
    }
  });

  it('never tells a participant or a viewer to start it again themselves, in any locale, on any line', () => {
    for (const texts of allTexts) {
      for (const [id] of withAudiences) {
        const lines = platformIds.filter((p) =>
          (platformTables[p] as readonly AnyErrorEntry[]).some((e) => e.meaning === id),
        );
        for (const p of lines) {
          const t = texts.meanings[id] as MeaningTexts;
          const host = endUserTexts(t, surfaceOf(p));
          const hostWords = [
            host.userMessage,
            ...host.fixes.filter((s) => s.by === 'user').map((s) => s.text),
          ];
          // The host's sentence that offers the start: the last of the message, and each step.
          const offers = [sentences(host.userMessage).at(-1) as string, ...hostWords.slice(1)];
          for (const reader of ['participant', 'viewer'] as const) {
            const w = endUserTexts(t, surfaceOf(p), reader);
            const words = [
              w.userMessage,
              ...w.fixes.filter((s) => s.by === 'user').map((s) => s.text),
            ];
            for (const offer of offers) {
              for (const x of words) {
                expect(sentences(x), `${texts.locale} ${p} ${id} ${reader}`).not.toContain(offer);
              }
            }
            if (texts.locale === 'en') {
              for (const x of words) expect(x, `${p} ${id} ${reader}`).not.toMatch(HOST_ONLY);
            }
          }
        }
      }
    }
  });

  it('5003 (HLS stopped): a viewer reads that nothing is needed, never "start it again", in every locale', async () => {
    for (const texts of allTexts) {
      for (const p of platformIds) {
        const entry = (platformTables[p] as readonly AnyErrorEntry[]).find((e) => e.code === 5003);
        if (!entry) continue;
        const messages = await loadMessages(p, texts.locale);
        const host = localizeEntry(entry, messages);
        const viewer = localizeEntry(entry, messages, { audience: 'viewer' });
        expect(viewer.audience).toBe('viewer');
        expect(host.audience).toBe('host');
        expect(viewer.userMessage).not.toBe(host.userMessage);
        expect(sentences(viewer.userMessage), `${texts.locale} ${p}`).not.toContain(
          sentences(host.userMessage).at(-1),
        );
        if (texts.locale === 'en') {
          expect(host.userMessage).toMatch(/You can start it again/);
          expect(viewer.userMessage).toBe(
            'The broadcast stopped unexpectedly. The host can start it again. No action is needed.',
          );
        }
        // The end-user slice keeps the audiences: who reads is known only when the error is shown.
        const slice = userSlice(messages);
        expect(localizeEntry(entry, slice, { audience: 'viewer' }).userMessage).toBe(
          viewer.userMessage,
        );
      }
    }
  });

  it('localizeEntry takes a junk audience as the host', async () => {
    const messages = await loadMessages('web', 'en');
    const entry = platformTables.web.find((e) => e.code === 5003);
    const host = localizeEntry(entry, messages);
    for (const junk of ['Viewer', '__proto__', 42, null, {}]) {
      const got = localizeEntry(entry, messages, { audience: junk as never });
      expect([got.audience, got.userMessage]).toEqual(['host', host.userMessage]);
    }
  });
});
