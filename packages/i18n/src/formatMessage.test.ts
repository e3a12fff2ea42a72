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
