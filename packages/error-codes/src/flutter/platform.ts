import type { PlatformInfo } from '../types.js';

/** The seed's table: VideoSDK's *Meeting Error Codes* page for the Flutter SDK. */
export const platform = {
  id: 'flutter',
  name: 'Flutter',
  sdk: { package: 'videosdk', version: '1.2.x' },
  alsoIn: [],
} as const satisfies PlatformInfo;
