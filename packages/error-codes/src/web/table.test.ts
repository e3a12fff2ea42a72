import { describe, expect, it } from 'vitest';
import { categoryOf, retryableOf } from '../../scripts/deriveFields.js';
import { readWebSdk, WEB_SDK_PACKAGE } from '../../scripts/readWebSdk.js';
import * as flutter from '../flutter-1/index.js';
import { aliasesOf, meaningIdOf } from '../meaning.js';
import { categories, features } from '../vocabulary.js';
import { catalog, ErrorCodes, getError, platform } from './index.js';

// The installed SDK package, read the way the generator reads it.
const sdk = readWebSdk();

describe('the web table against the installed SDK', () => {
  it('records the SDK package and version it was read from', () => {
    expect(platform.sdk.package).toBe(WEB_SDK_PACKAGE);
    expect(platform.source).toBe(`npm:${WEB_SDK_PACKAGE}@${sdk.version}`);
    expect(platform.sdk.versions.endsWith(sdk.version)).toBe(true);
  });

  it('holds every code the SDK defines, at run time or in its typings, named as the SDK spells it', () => {
    const defined = new Map<string, number>(sdk.runtimeCodes);
    for (const [name, { code }] of sdk.typings) defined.set(name, code);
    expect(new Map(catalog.map((e) => [e.name, e.code]))).toEqual(defined);
  });

  it('finds codes the runtime defines but the typings omit', () => {
    const runtimeOnly = [...sdk.runtimeCodes.keys()].filter((n) => !sdk.typings.has(n));
    expect(runtimeOnly.length).toBeGreaterThan(0);
    for (const name of runtimeOnly) {
      expect(catalog.find((e) => e.name === name)?.sdkDescription).toBeNull();
    }
  });

  it('keeps the SDK’s doc comment as sdkDescription', () => {
    for (const e of catalog) {
      expect(e.sdkDescription).toBe(sdk.typings.get(e.name)?.doc ?? null);
    }
  });

  it('gives client codes the runtime message verbatim', () => {
    for (const e of catalog.filter((x) => x.source === 'client')) {
      expect(e.message, e.name).toBe(sdk.runtimeMessages.get(e.name)?.message);
    }
  });

  it('gives server codes the Flutter table’s message where it shares the meaning, else null', () => {
    for (const e of catalog.filter((x) => x.source === 'server')) {
      const twin = flutter.catalog.find((f) => f.meaning === e.meaning);
      expect(e.message, e.name).toBe(twin ? twin.message : null);
    }
  });
});

describe('the web table', () => {
  it('is sorted, unique, frozen, and keeps the wire typos', () => {
    expect(catalog.map((e) => e.code)).toEqual(
      [...catalog.map((e) => e.code)].sort((a, b) => a - b),
    );
    expect(new Set(catalog.map((e) => e.code)).size).toBe(catalog.length);
    expect(Object.isFrozen(catalog) && catalog.every(Object.isFrozen)).toBe(true);
    expect(getError(4009).name).toBe('MAX_PARTCIPANT_REACHED');
    expect(getError(4040).name).toBe('STOP_COMPPOSITE_RECORDING_FAILED');
  });

  it('gives each entry the meaning id and aliases of its name', () => {
    for (const e of catalog) {
      expect(e.meaning).toBe(meaningIdOf(e.name));
      expect(e.aliases).toEqual(aliasesOf(e.name));
      expect(e.platform).toBe('web');
    }
  });

  it('derives fields by the written rules, or takes the Flutter entry’s where the meaning is shared', () => {
    for (const e of catalog) {
      const twin = flutter.catalog.find((f) => f.meaning === e.meaning);
      expect(e.source).toBe(e.code < 4000 ? 'client' : 'server');
      if (twin) {
        expect([e.category, e.severity, e.retryable, e.feature]).toEqual([
          twin.category,
          twin.severity,
          twin.retryable,
          twin.feature,
        ]);
      } else {
        expect(e.category, e.name).toBe(categoryOf(e.name));
        expect(e.retryable, e.name).toBe(retryableOf(e.name, e.message ?? e.sdkDescription ?? ''));
      }
    }
  });

  it('names the service of every service code', () => {
    // The services: the categories that are also features.
    const services: readonly string[] = categories.filter((c) =>
      (features as readonly string[]).includes(c),
    );
    for (const e of catalog) {
      if (services.includes(e.category)) {
        expect(e.feature, e.name).not.toBeNull();
      }
    }
  });

  it('marks warning the codes the SDK recovers from', () => {
    expect(getError(3029).severity).toBe('warning'); // "reverting to the default video track"
    expect(getError(3045).severity).toBe('warning'); // "Falling back to VP8"
    expect(getError(3017).severity).toBe('error');
  });

  it('ErrorCodes maps every name to its code and nothing else', () => {
    expect(Object.entries(ErrorCodes)).toEqual(catalog.map((e) => [e.name, e.code]));
  });
});
