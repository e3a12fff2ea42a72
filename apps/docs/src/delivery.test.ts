import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deliveryFile, deliveryModule } from '../scripts/generateDelivery.js';
import { webDelivery } from './delivery.generated.js';
import { lineFacts } from './guides/lineFacts.js';
import { catalogOf } from './platforms.js';

describe('src/delivery.generated.ts', () => {
  it('is what the installed js-sdk says (run `pnpm --filter docs generate`)', () => {
    expect(readFileSync(deliveryFile, 'utf8')).toBe(deliveryModule());
  }, 60_000);

  it('holds every web code, with the cases seen in Chromium', () => {
    expect([...webDelivery.keys()]).toEqual(catalogOf('web').map((e) => e.code));
    expect(webDelivery.get(3073)?.delivery).toBe('thrown');
    expect(webDelivery.get(3047)?.delivery).toBe('both');
    expect(webDelivery.get(3035)?.delivery).toBe('both');
    // Only the methods an app calls are kept: no `_internal` ones.
    for (const { thrownBy, emittedBy } of webDelivery.values()) {
      for (const name of [...thrownBy, ...emittedBy]) expect(name).toMatch(/^[a-z]\w*$/);
    }
  });

  it('agrees with what the web how-errors page says is thrown without an error event', () => {
    // "caller-state codes such as 3048, 3054–3056, …": every code named there, ranges expanded.
    const sentence = lineFacts.web.thrown.find((t) => t.includes('caller-state')) ?? '';
    const named = [...sentence.matchAll(/(\d{4})(?:–(\d{4}))?/g)].flatMap(([, from, to]) => {
      const start = Number(from);
      const end = Number(to ?? from);
      return Array.from({ length: end - start + 1 }, (_, i) => start + i);
    });
    expect(named).toEqual([3048, 3054, 3055, 3056, 3062, 3064, 3065, 3066, 3068, 3072, 3073]);
    for (const code of named) expect(webDelivery.get(code)?.delivery, String(code)).toBe('thrown');
  });
});
