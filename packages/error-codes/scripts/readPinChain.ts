/**
 * Follows the React Native SDK's pin chain to the js-sdk it runs, reading every
 * link from the packages' own package.json files: react-native-sdk (its manifest,
 * committed from the npm tarball in sources/react-native-sdk/, because installing
 * it pulls react-native itself) → react-sdk (installed as the `react-sdk-<pin>`
 * alias) → js-sdk (resolved from react-sdk's own folder, as a bundler would).
 * No version is written here: each link is the pin the package above declares.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedPackageRoot, WEB_SDK_PACKAGE } from './readWebSdk.js';

export const RN_SDK_PACKAGE = '@videosdk.live/react-native-sdk';
export const REACT_SDK_PACKAGE = '@videosdk.live/react-sdk';
export const RN_MANIFEST = 'sources/react-native-sdk/package.json';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

export interface PinLink {
  readonly package: string;
  readonly version: string;
}

export interface PinChain {
  /** react-native-sdk → react-sdk → js-sdk, each as its package.json says. */
  readonly links: readonly [PinLink, PinLink, PinLink];
  /** The folder of the js-sdk at the end of the chain, for `readWebSdkAt`. */
  readonly jsSdkRoot: string;
}

const readManifest = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** The exact version `manifest` pins `dependency` to; a range is refused (the chain must be one version). */
export function pinOf(manifest: Manifest, dependency: string): string {
  const pin = manifest.dependencies?.[dependency];
  if (!pin || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(pin)) {
    throw new Error(
      `${manifest.name}@${manifest.version} does not pin ${dependency} to one version (found ${pin ?? 'nothing'})`,
    );
  }
  return pin;
}

function expectPackage(manifest: Manifest, name: string, version: string, where: string): void {
  if (manifest.name !== name || manifest.version !== version) {
    throw new Error(`${where} holds ${manifest.name}@${manifest.version}, not ${name}@${version}`);
  }
}

export function readPinChain(
  packageRoot: string = fileURLToPath(new URL('..', import.meta.url)),
): PinChain {
  const rn = readManifest(join(packageRoot, RN_MANIFEST));
  if (rn.name !== RN_SDK_PACKAGE)
    throw new Error(`${RN_MANIFEST} is ${rn.name}, not ${RN_SDK_PACKAGE}`);
  const reactPin = pinOf(rn, REACT_SDK_PACKAGE);
  const alias = `react-sdk-${reactPin}`;
  let reactRoot: string;
  try {
    reactRoot = installedPackageRoot(alias);
  } catch {
    throw new Error(
      `${RN_SDK_PACKAGE}@${rn.version} pins ${REACT_SDK_PACKAGE}@${reactPin}: add "${alias}": "npm:${REACT_SDK_PACKAGE}@${reactPin}" to the pnpm catalog and this package's devDependencies`,
    );
  }
  const react = readManifest(join(reactRoot, 'package.json'));
  expectPackage(react, REACT_SDK_PACKAGE, reactPin, alias);
  const jsPin = pinOf(react, WEB_SDK_PACKAGE);
  const fromReact = createRequire(join(reactRoot, 'package.json'));
  const jsSdkRoot = dirname(fromReact.resolve(`${WEB_SDK_PACKAGE}/package.json`));
  expectPackage(readManifest(join(jsSdkRoot, 'package.json')), WEB_SDK_PACKAGE, jsPin, jsSdkRoot);
  return {
    links: [
      { package: RN_SDK_PACKAGE, version: rn.version },
      { package: REACT_SDK_PACKAGE, version: reactPin },
      { package: WEB_SDK_PACKAGE, version: jsPin },
    ],
    jsSdkRoot,
  };
}

/** The js-sdk version each installed react-sdk (the catalog's and every `react-sdk-<version>` alias) pins. */
export function reactSdkPins(
  devDependencies: Readonly<Record<string, string>>,
): { reactSdk: string; jsSdk: string }[] {
  return Object.keys(devDependencies)
    .filter((n) => n === REACT_SDK_PACKAGE || /^react-sdk-\d/.test(n))
    .map((n) => {
      const m = readManifest(join(installedPackageRoot(n), 'package.json'));
      expectPackage(m, REACT_SDK_PACKAGE, m.version, n);
      return { reactSdk: m.version, jsSdk: pinOf(m, WEB_SDK_PACKAGE) };
    });
}
