import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf } from '../../scripts/jsSdkHistory.js';
import { pinOf, readPinChain } from '../../scripts/readPinChain.js';
import { readWebSdkAt } from '../../scripts/readWebSdk.js';
import { lines } from '../lines/registry.generated.js';
import { catalog as web } from '../web/index.js';
import { entries } from './table.generated.js';

// The chain as the generator reads it: every link from the packages' own manifests.
const chain = readPinChain();
const sdk = readWebSdkAt(chain.jsSdkRoot);

describe('the React Native table', () => {
  it('follows react-native-sdk 0.4.2 → react-sdk 0.4.3 → js-sdk 0.3.6, read from the manifests', () => {
    expect(chain.links).toEqual([
      { package: '@videosdk.live/react-native-sdk', version: '0.4.2' },
      { package: '@videosdk.live/react-sdk', version: '0.4.3' },
      { package: '@videosdk.live/js-sdk', version: '0.3.6' },
    ]);
    expect(sdk.version).toBe('0.3.6');
  });

  it('holds exactly the codes js-sdk 0.3.6 defines: 56, named as it names them', () => {
    expect(entries).toHaveLength(56);
    expect(new Map(entries.map((e) => [e.code, e.name]))).toEqual(codesOf(sdk));
    expect(entries.every((e) => e.platform === 'react-native')).toBe(true);
  });

  it('carries js-sdk 0.3.6 client messages verbatim', () => {
    for (const e of entries.filter((x) => x.source === 'client')) {
      expect(e.message).toBe(sdk.runtimeMessages.get(e.name)?.message ?? null);
    }
  });

  it('means what web means for each of its codes: same number, name and meaning, and web has it since 0.3.6', () => {
    for (const e of entries) {
      const w = web.find((x) => x.code === e.code);
      expect(w?.name).toBe(e.name);
      expect(w?.meaning).toBe(e.meaning);
      expect(w?.since).toBe('0.3.6');
    }
  });

  it('is the registry line of react-native-sdk 0.4.2, with the chain as its source', () => {
    const line = lines.find((l) => l.id === 'react-native');
    expect(line?.sdk.versions).toBe('0.4.2');
    expect(line?.codes).toBe(56);
    expect(line?.source).toBe(
      'npm:@videosdk.live/react-native-sdk@0.4.2 > npm:@videosdk.live/react-sdk@0.4.3 > npm:@videosdk.live/js-sdk@0.3.6',
    );
  });

  it('refuses a manifest that pins a range instead of one version', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../sources/react-native-sdk/package.json', import.meta.url), 'utf8'),
    );
    expect(pinOf(manifest, '@videosdk.live/react-sdk')).toBe('0.4.3');
    expect(() =>
      pinOf(
        { ...manifest, dependencies: { '@videosdk.live/react-sdk': '^0.4.3' } },
        '@videosdk.live/react-sdk',
      ),
    ).toThrow(/does not pin @videosdk.live\/react-sdk to one version/);
    expect(() => pinOf({ name: 'x', version: '1.0.0' }, '@videosdk.live/react-sdk')).toThrow(
      /found nothing/,
    );
  });
});
