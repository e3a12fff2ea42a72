import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deliveryFile, deliveryModule } from '../scripts/generateDelivery.js';
import { webDelivery } from './delivery.generated.js';
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
});
