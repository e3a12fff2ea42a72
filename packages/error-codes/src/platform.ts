/**
 * Which SDK table the catalog is. Server codes (4xxx, 5xxx) are shared by VideoSDK's
 * SDKs; client codes (3xxx) are the Flutter SDK's and differ on other platforms.
 * A second platform's table will be exported beside this one, never in its place.
 */
export const platform = {
  id: 'flutter',
  sdk: 'VideoSDK Flutter SDK',
  sdkVersion: '1.2.x',
  title: 'Meeting Error Codes - Flutter',
} as const;

export type Platform = typeof platform;
