import { MeetingError } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { messages as de } from './locales/de.js';
import { messages as en } from './locales/en.js';
import { localizeError } from './localizeError.js';

describe('localizeError', () => {
  it('localizes a code, a name, an SDK event and a MeetingError alike', () => {
    const byCode = localizeError(4002, de);
    expect(byCode).toMatchObject({
      known: true,
      code: 4002,
      name: 'INVALID_TOKEN',
      locale: 'de',
      severity: 'fatal',
    });
    expect(byCode.title).toBe(de.codes[4002].title);
    expect(localizeError('INVALID_TOKEN', de)).toEqual(byCode);
    expect(localizeError({ code: '4002', message: 'expired' }, de)).toEqual(byCode);
    expect(localizeError(new MeetingError(4002), de)).toEqual(byCode);
  });

  it('fills the support contact with the default, or the app’s own', () => {
    expect(localizeError(4009, en).description).toContain('support@videosdk.live');
    const own = localizeError(4009, en, { values: { supportContact: 'help@acme.io' } });
    expect(own.description).toContain('help@acme.io');
    expect(own.description).not.toContain('{');
  });

  it('gives unknown codes the localized generic texts with the code', () => {
    const u = localizeError({ code: 4099, message: 'new' }, de);
    expect(u).toMatchObject({ known: false, code: 4099, name: 'UNKNOWN_ERROR', entry: undefined });
    expect(u.userMessage).toContain('4099');
    expect(u.title).toBe(de.unknown.title);
  });

  it('shortens a huge unknown code in the text but keeps it in the record', () => {
    const code = '9'.repeat(100_000);
    const u = localizeError({ code }, en);
    expect(u.code).toBe(code);
    expect(u.userMessage.length).toBeLessThan(300);
  });

  it.each([null, undefined, '__proto__', Symbol('x'), 1n, { code: {} }, Number.NaN, [4001]])(
    'never throws for %s',
    (junk) => {
      const u = localizeError(junk, en);
      expect(u.known).toBe(false);
      expect(u.userMessage).not.toContain('{code}');
    },
  );

  it('falls back field by field for an incomplete or junk bundle, never throwing', () => {
    const { 4001: _missing, ...codes } = de.codes;
    const partial = {
      ...de,
      codes: { ...codes, 4002: { title: 'Nur Titel' } },
    } as unknown as typeof de;
    expect(localizeError(4001, partial).title).toBe(de.unknown.title.replace('{code}', '4001'));
    const half = localizeError(4002, partial);
    expect(half.title).toBe('Nur Titel');
    expect(half.userMessage).toBe(de.unknown.userMessage.replace('{code}', '4002'));
    for (const junk of [undefined, null, {}, { codes: null }, 'de']) {
      const u = localizeError(4001, junk as unknown as typeof de);
      expect(u).toMatchObject({ known: true, code: 4001, locale: 'en', title: '4001' });
    }
  });

  it('cannot be steered by values named like prototype keys', () => {
    const u = localizeError(4009, en, {
      values: JSON.parse('{"__proto__": {"supportContact": "evil"}}'),
    });
    expect(u.description).toContain('support@videosdk.live');
  });
});
