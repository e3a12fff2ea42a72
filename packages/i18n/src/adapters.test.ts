import { createIntl } from '@formatjs/intl';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { toI18nextResources, toReactIntlMessages } from './adapters.js';
import { messages as de } from './locales/de.js';
import { messages as en } from './locales/en.js';

describe('i18next adapter', () => {
  it('loads into a real i18next instance and interpolates the contact', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'de', fallbackLng: 'en', resources: toI18nextResources([en, de]) });
    expect(i18n.t('errors:4001.title')).toBe(de.codes[4001].title);
    expect(i18n.t('4009.description', { ns: 'errors', supportContact: 'help@acme.io' })).toContain(
      'help@acme.io',
    );
    expect(i18n.t('errors:unknown.userMessage', { code: 4099 })).toContain('4099');
  });

  it('keeps ICU braces when asked, for i18next-icu', () => {
    const res = toI18nextResources([en], { icu: true, namespace: 'meeting' });
    expect(res.en?.meeting?.['4009']?.description).toContain('{supportContact}');
  });
});

describe('react-intl adapter', () => {
  it('gives flat keys that a real FormatJS intl formats', () => {
    const messages = toReactIntlMessages(de);
    expect(Object.keys(messages)).toHaveLength(69 * 3);
    const intl = createIntl({ locale: 'de', messages });
    expect(intl.formatMessage({ id: 'errors.4001.title' })).toBe(de.codes[4001].title);
    expect(
      intl.formatMessage({ id: 'errors.4009.description' }, { supportContact: 'help@acme.io' }),
    ).toContain('help@acme.io');
  });
});
