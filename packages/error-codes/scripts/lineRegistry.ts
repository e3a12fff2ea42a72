/**
 * The line registry: one record per SDK version line, built from what the
 * generator read (versions, pins, counts) and the few facts no file states
 * (labels, the version range a hand-kept table covers, Android's absence).
 */

import { compareVersions, parseVersion, satisfies, type Version } from '../src/lines/semver.js';
import type { LineInfo } from '../src/lines/types.js';
import { FLUTTER3_SOURCE_DIR } from './readFlutter3Source.js';
import type { IosSource } from './readIosSource.js';
import { IOS_SDK_MODULE, IOS_SOURCE_DIR } from './readIosSource.js';
import type { PinChain } from './readPinChain.js';
import { REACT_SDK_PACKAGE } from './readPinChain.js';
import { WEB_SDK_PACKAGE } from './readWebSdk.js';

/** The pub package of both Flutter lines. */
const FLUTTER_SDK_PACKAGE = 'videosdk';

export interface RegistryInputs {
  /** js-sdk versions read, oldest first; the last is the web table's. */
  readonly jsSdkVersions: readonly string[];
  /** Each installed react-sdk version and the js-sdk it pins. */
  readonly reactSdkPins: readonly { reactSdk: string; jsSdk: string }[];
  readonly chain: PinChain;
  readonly ios: IosSource;
  readonly counts: Readonly<
    Record<'web' | 'react-native' | 'ios' | 'flutter-1' | 'flutter-3', number>
  >;
  readonly flutter3Complete: boolean;
}

/** A version the generator read; a malformed one is a bug in the inputs, so it throws. */
function version(v: string): Version {
  const parsed = parseVersion(v);
  if (!parsed) throw new Error(`not a version: ${v}`);
  return parsed;
}

const byVersion = (a: string, b: string) => compareVersions(version(a), version(b));

/** `>=min <=max`, plus each prerelease named exactly (npm ranges skip prereleases otherwise). */
function spanOf(versions: readonly string[]): string {
  const releases = versions.filter((v) => version(v).prerelease.length === 0).sort(byVersion);
  const [lo, hi] = [releases[0], releases.at(-1)];
  const span = lo === hi ? `${lo}` : `>=${lo} <=${hi}`;
  const pre = versions.filter((v) => version(v).prerelease.length > 0);
  return [span, ...pre].join(' || ');
}

export function lineRegistry(i: RegistryInputs): LineInfo<string>[] {
  const webVersion = i.jsSdkVersions.at(-1) as string;
  const webRange = spanOf([i.jsSdkVersions[0] as string, webVersion]);
  const reactOnWeb = i.reactSdkPins
    .filter((p) => satisfies(version(p.jsSdk), webRange))
    .map((p) => p.reactSdk)
    .sort(byVersion);
  const [rn, react, js] = i.chain.links;
  return [
    {
      id: 'web',
      label: 'Web (JavaScript, React)',
      surface: 'browser',
      sdk: { package: WEB_SDK_PACKAGE, registry: 'npm', versions: webRange },
      alsoIn: reactOnWeb.length
        ? [{ package: REACT_SDK_PACKAGE, versions: reactOnWeb.join(' || ') }]
        : [],
      hasTable: true,
      complete: true,
      codes: i.counts.web,
      source: `npm:${WEB_SDK_PACKAGE}@${webVersion}`,
      entryPoint: '@org/error-codes/web',
      note: `Read from js-sdk ${webVersion}; each entry's \`since\` is the first of ${i.jsSdkVersions.join(', ')} that has it, so an app on an older js-sdk skips the entries newer than its version.`,
    },
    {
      id: 'react-native',
      label: 'React Native',
      surface: 'app',
      sdk: { package: rn.package, registry: 'npm', versions: rn.version },
      alsoIn: [],
      hasTable: true,
      complete: true,
      codes: i.counts['react-native'],
      source: i.chain.links.map((l) => `npm:${l.package}@${l.version}`).join(' > '),
      entryPoint: '@org/error-codes/react-native',
      note: `${rn.package} ${rn.version} pins ${react.package} ${react.version}, which pins ${js.package} ${js.version}: its codes are that js-sdk's.`,
    },
    {
      id: 'ios',
      label: 'iOS (Swift)',
      surface: 'app',
      sdk: {
        package: IOS_SDK_MODULE,
        registry: 'swift-package',
        versions: spanOf([i.ios.version, ...i.ios.sameIn]),
      },
      alsoIn: [],
      hasTable: true,
      complete: true,
      codes: i.counts.ios,
      source: `${IOS_SOURCE_DIR}/`,
      entryPoint: '@org/error-codes/ios',
      note: `Extracted from VideoSDKRTC ${i.ios.version}; ${i.ios.sameIn.join(' and ')} hold the same errors, so the versions between the releases read are taken to hold them too.`,
    },
    {
      id: 'flutter-1',
      label: 'Flutter 1.2.x',
      surface: 'app',
      sdk: { package: FLUTTER_SDK_PACKAGE, registry: 'pub', versions: '>=1.2.0 <1.3.0' },
      alsoIn: [],
      hasTable: true,
      complete: true,
      codes: i.counts['flutter-1'],
      source: 'src/flutter-1/seed.ts',
      entryPoint: '@org/error-codes/flutter-1',
      note: "VideoSDK's Meeting Error Codes table for the Flutter SDK 1.2.x, verbatim. Not for Flutter 3.x, which renumbered codes.",
    },
    {
      id: 'flutter-3',
      label: 'Flutter 3.x',
      surface: 'app',
      sdk: { package: FLUTTER_SDK_PACKAGE, registry: 'pub', versions: '>=3.0.0 <4.0.0' },
      alsoIn: [],
      hasTable: true,
      complete: i.flutter3Complete,
      codes: i.counts['flutter-3'],
      source: `${FLUTTER3_SOURCE_DIR}/`,
      entryPoint: '@org/error-codes/flutter-3',
      note: "The constants confirmed one by one from the Flutter 3.x API reference; a code the table lacks is unknown on this line, never read with Flutter 1.2.x's table.",
    },
    {
      id: 'android',
      label: 'Android',
      surface: 'app',
      sdk: { package: 'live.videosdk:rtc-android-sdk', registry: 'maven', versions: '>=0.0.0' },
      alsoIn: [],
      hasTable: false,
      complete: false,
      codes: 0,
      source: null,
      entryPoint: null,
      note: 'No table: the SDK is published on Maven, which this project cannot reach, and no verified extraction exists.',
    },
  ];
}

/** The registry module: the line ids as a literal union and every line's record. */
export function registryModule(lines: readonly LineInfo<string>[], header: string): string {
  return [
    `// ${header}`,
    "import { freezeAll } from '../freezeAll.js';",
    "import type { LineInfo } from './types.js';",
    '',
    '/** Every SDK version line the catalog knows, in the order it lists them. */',
    `export const lineIds = ${JSON.stringify(lines.map((l) => l.id))} as const;`,
    '',
    `/** An SDK version line: ${lines.map((l) => `\`${l.id}\``).join(', ')}. */`,
    'export type LineId = (typeof lineIds)[number];',
    '',
    '/** The lines whose table the catalog holds: each has its own entry point, texts and docs pages. */',
    `export const platformIds = ${JSON.stringify(lines.filter((l) => l.hasTable).map((l) => l.id))} as const;`,
    '',
    `/** A line whose table the catalog holds: ${lines
      .filter((l) => l.hasTable)
      .map((l) => `\`${l.id}\``)
      .join(', ')}. */`,
    'export type PlatformId = (typeof platformIds)[number];',
    '',
    '/** Every line: its SDK and versions, whether the catalog has its table, complete or not, and where it came from. */',
    `export const lines = /* @__PURE__ */ freezeAll(${JSON.stringify(lines, null, 2)} as const satisfies readonly LineInfo[]);`,
    '',
  ].join('\n');
}
