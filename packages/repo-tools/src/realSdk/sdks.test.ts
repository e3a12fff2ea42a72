import { describe, expect, it } from 'vitest';
import { nativeCoreSdk, sdkUnderTest, webSdk } from './sdks.js';

describe('sdkUnderTest', () => {
  it('finds each installed SDK build at the version the tests name', () => {
    expect(webSdk.file).toMatch(/videosdk\.js$/);
    expect(nativeCoreSdk.file).toMatch(/videosdk\.js$/);
    expect(webSdk.file).not.toBe(nativeCoreSdk.file);
  });

  it('refuses an installed SDK of another version, naming both', () => {
    expect(() => sdkUnderTest('@videosdk.live/js-sdk', '0.0.1')).toThrow(
      '@videosdk.live/js-sdk is @videosdk.live/js-sdk@1.1.1, but the test is about @videosdk.live/js-sdk@0.0.1',
    );
  });

  it('refuses a package that is not the js-sdk', () => {
    expect(() => sdkUnderTest('fast-check', '1.1.1')).toThrow(/but the test is about/);
  });
});
