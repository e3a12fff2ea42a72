import { createIntl } from '@formatjs/intl';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { english } from '../test/texts.js';
import { toI18nextResources, toReactIntlMessages } from './adapters.js';
import { messages as iosEn } from './locales/ios/en.js';
import { messages as de } from './locales/web/de.js';
import { messages as en } from './locales/web/en.js';
import type { MeaningTexts } from './types.js';

describe('i18next adapter', () => {
  it('loads into a real i18next instance and interpolates the contact', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'de', fallbackLng: 'en', resources: toI18nextResources([en, de]) });
    expect(i18n.t('errors:invalid-api-key.title')).toBe(de.meanings['invalid-api-key'].title);
    expect(
      i18n.t('account-deactivated.userMessage', {
        ns: 'errors',
        supportContact: 'help@acme.io',
      }),
    ).toContain('help@acme.io');
    expect(i18n.t('errors:unknown.userMessage', { code: 4099 })).toContain('4099');
  });

  it('keeps ICU braces when asked, for i18next-icu', () => {
    const res = toI18nextResources([en], { icu: true, namespace: 'meeting' });
    expect(res.en?.meeting?.['account-deactivated']?.userMessage).toContain('{supportContact}');
  });

  it('applies the line’s surface words: an app’s on iOS, the default words on web', () => {
    const [id, texts] =
      Object.entries<MeaningTexts>(english.meanings).find(
        ([m, t]) => t.variants?.app?.userMessage && m in en.meanings && m in iosEn.meanings,
      ) ?? [];
    if (!id || !texts?.variants?.app?.userMessage) throw new Error('no app variant in English');
    const ios = toI18nextResources([iosEn]);
    expect(ios.en?.errors?.[id]?.userMessage).toBe(texts.variants.app.userMessage);
    const web = toI18nextResources([en]);
    expect(web.en?.errors?.[id]?.userMessage).toBe(texts.userMessage);
    expect(web.en?.errors?.[id]?.userMessage).not.toBe(texts.variants.app.userMessage);
  });
});

describe('react-intl adapter', () => {
  it('gives flat keys that a real FormatJS intl formats', () => {
    const messages = toReactIntlMessages(de);
    const intl = createIntl({ locale: 'de', messages });
    expect(intl.formatMessage({ id: 'errors.invalid-api-key.title' })).toBe(
      de.meanings['invalid-api-key'].title,
    );
    expect(
      intl.formatMessage(
        { id: 'errors.account-deactivated.userMessage' },
        { supportContact: 'help@acme.io' },
      ),
    ).toContain('help@acme.io');
    const steps = Object.keys(messages).filter((k) =>
      k.startsWith('errors.invalid-api-key.fixes.'),
    );
    expect(steps.map((k) => k.split('.').pop())).toEqual(
      de.meanings['invalid-api-key'].fixes.map((s) => s.by),
    );
  });

  it('gives an app line’s steps from its variant', () => {
    const [id, texts] =
      Object.entries<MeaningTexts>(english.meanings).find(
        ([m, t]) => t.variants?.app?.fixes && m in iosEn.meanings,
      ) ?? [];
    const fixes = texts?.variants?.app?.fixes ?? [];
    expect(fixes.length).toBeGreaterThan(0);
    const messages = toReactIntlMessages(iosEn);
    expect(fixes.map((s, i) => messages[`errors.${id}.fixes.${i}.${s.by}`])).toEqual(
      fixes.map((s) => s.text),
    );
  });
});
