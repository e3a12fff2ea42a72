import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A VideoSDK web build the harness serves to Chromium, as npm ships it. */
export interface SdkUnderTest {
  /** The version the test is about; checked against the installed package. */
  readonly version: string;
  /** The name this package installs it under (an npm alias for a second version). */
  readonly installName: string;
  /** Its UMD build (the package's `main`), which defines `window.VideoSDK`. */
  readonly file: string;
}

const require = createRequire(import.meta.url);

/**
 * Finds an installed js-sdk and checks it is the version the test names, so a
 * catalog bump cannot silently run the cases against another SDK.
 */
export function sdkUnderTest(installName: string, version: string): SdkUnderTest {
  const manifestPath = require.resolve(`${installName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string;
    version?: string;
    main?: string;
  };
  if (manifest.name !== '@videosdk.live/js-sdk' || manifest.version !== version) {
    throw new Error(
      `${installName} is ${manifest.name}@${manifest.version}, but the test is about @videosdk.live/js-sdk@${version}`,
    );
  }
  return {
    version,
    installName,
    file: join(dirname(manifestPath), manifest.main ?? 'videosdk.js'),
  };
}

/** The web SDK the web table is read from. */
export const webSdk = sdkUnderTest('@videosdk.live/js-sdk', '1.1.1');

/** The core of React Native's SDK (react-native-sdk 0.4.2 → react-sdk 0.4.3 → js-sdk 0.3.6). */
export const nativeCoreSdk = sdkUnderTest('js-sdk-0.3.6', '0.3.6');
