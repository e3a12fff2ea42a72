import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage.js';

describe('formatMessage', () => {
  it('fills simple arguments', () => {
    expect(formatMessage('Contact {supportContact}.', { supportContact: 'help@acme.io' })).toBe(
      'Contact help@acme.io.',
    );
    expect(formatMessage('Error {code}', { code: 4242 })).toBe('Error 4242');
  });

  it('honours ICU apostrophe quoting', () => {
    expect(formatMessage("It''s {x}", { x: 'ok' })).toBe("It's ok");
    expect(formatMessage("Use '{braces}' literally", {})).toBe('Use {braces} literally');
    expect(formatMessage("the 'apikey' field", {})).toBe("the 'apikey' field");
  });

  it('leaves a missing argument visible and reads only own values', () => {
    expect(formatMessage('Hi {name}')).toBe('Hi {name}');
    expect(formatMessage('{constructor}{__proto__}{toString}', {})).toBe(
      '{constructor}{__proto__}{toString}',
    );
  });

  it('never throws on junk', () => {
    for (const junk of [
      undefined,
      null,
      42,
      {},
      Symbol('x'),
      '{',
      '}',
      "'{",
      '{{}}',
      'x'.repeat(1 << 20),
    ]) {
      expect(typeof formatMessage(junk as string, { a: 1 })).toBe('string');
    }
  });

  it('renders text as text: markup is not interpreted here', () => {
    expect(formatMessage('<img src=x onerror=alert(1)> {x}', { x: '<b>' })).toBe(
      '<img src=x onerror=alert(1)> <b>',
    );
  });

  it('joins a Han or kana value to its Han neighbours, keeping the space before a Latin one', () => {
    const zh = '请联系 {c}。如果 {c} 没有回复';
    expect(formatMessage(zh, { c: '此应用的支持团队' })).toBe(
      '请联系此应用的支持团队。如果此应用的支持团队没有回复',
    );
    expect(formatMessage(zh, { c: 'help@acme.io' })).toBe(
      '请联系 help@acme.io。如果 help@acme.io 没有回复',
    );
    expect(formatMessage('錯誤 {code}）', { code: 42 })).toBe('錯誤 42）');
    expect(formatMessage('コード {c} です', { c: 'サポート' })).toBe('コードサポートです');
    // Latin text keeps its spaces whatever the value.
    expect(formatMessage('Contact {c} now', { c: '客服' })).toBe('Contact 客服 now');
  });

  it('agrees with intl-messageformat on simple-argument messages (property)', () => {
    const text = fc.stringMatching(/^[^{}'#<]*$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.constantFrom('{a}', '{b}', "''")), { maxLength: 8 }),
        (parts) => {
          const message = parts.join('');
          const values = { a: 'A', b: 2 };
          expect(formatMessage(message, values)).toBe(
            new IntlMessageFormat(message, 'en').format(values),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
