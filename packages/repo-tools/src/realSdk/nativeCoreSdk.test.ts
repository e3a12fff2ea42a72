import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeviceSetup, type SdkHarness, startSdkHarness } from './harness.js';
import {
  type CallOutcome,
  INIT_CONFIG_REQUEST,
  type JoinOutcome,
  raised,
} from './scenarioResults.js';
import { nativeCoreSdk, webSdk } from './sdks.js';

/*
 * js-sdk 0.3.6, the core React Native's SDK runs (react-native-sdk 0.4.2 →
 * react-sdk 0.4.3 → js-sdk 0.3.6), through the same offline harness and the same
 * cases as 1.1.1. What it does, for the record:
 *
 * - createCameraVideoTrack / createMicrophoneAudioTrack never reject: on a missing
 *   device or a denied prompt they resolve to null and only console.error
 *   "An error occurred in creating video|audio track, <text>", where <text> is the
 *   very text 1.1.1 raises as 3021 / 3022 / 3017 / 3018. No code reaches the app.
 * - join() returns undefined (no promise). Offline, its init-config request fails,
 *   the meeting goes straight to FAILED (no CONNECTING first) and no error event is
 *   emitted.
 * - meeting.on with an unknown event name throws a plain Error with no code.
 * - Its own list of codes (VideoSDK.Constants.errors) holds 3017, 3018, 3021 and
 *   3022 but neither 3047 nor 3073: it has no code for either case.
 *
 * 1.1.1 runs beside it in the same browser, so each text is compared with what
 * 1.1.1 raised there and then, not with a copy.
 */

function withHarness(setup: DeviceSetup): () => SdkHarness {
  let harness: SdkHarness | undefined;
  beforeAll(async () => {
    harness = await startSdkHarness(setup, [nativeCoreSdk, webSdk]);
  });
  afterAll(() => harness?.close());
  return () => {
    if (!harness) throw new Error('the harness did not start');
    return harness;
  };
}

type TrackScenario = 'createCameraVideoTrack' | 'createMicrophoneAudioTrack';
const logPrefix: Record<TrackScenario, string> = {
  createCameraVideoTrack: 'An error occurred in creating video track, ',
  createMicrophoneAudioTrack: 'An error occurred in creating audio track, ',
};

/** 0.3.6 resolves null and logs the text 1.1.1 raises with `code` in the same browser. */
async function expectNullTrackLoggingTextOf(
  harness: SdkHarness,
  scenario: TrackScenario,
  code: number,
) {
  const native = await harness.run<CallOutcome>(nativeCoreSdk, scenario);
  const web = raised((await harness.run<CallOutcome>(webSdk, scenario)).result);
  expect(web.code).toBe(code);
  expect(native.result).toEqual({ outcome: 'resolved', value: { type: 'null' } });
  expect(native.consoleErrors).toEqual([`${logPrefix[scenario]}${web.message}`]);
}

describe('js-sdk 0.3.6, Chromium with no camera and no microphone', () => {
  const harness = withHarness('no-devices');

  it('its own list of codes holds the media codes 1.1.1 raises, and none for a failed join or a bad parameter', async () => {
    const { result } = await harness().run<Record<string, number>>(nativeCoreSdk, 'errorCodes');
    expect(result).toMatchObject({
      ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED: 3017,
      ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED: 3018,
      ERROR_CAMERA_NOT_FOUND: 3021,
      ERROR_MICROPHONE_NOT_FOUND: 3022,
    });
    expect(Object.values(result)).not.toContain(3047);
    expect(Object.values(result)).not.toContain(3073);
  });

  it('Chromium offers the page no capture device (the case needs a host without one)', async () => {
    const { result } = await harness().run<string[]>(nativeCoreSdk, 'inputDevices');
    expect(result, 'this host has a camera or microphone Chromium can see').toEqual([]);
  });

  it('createCameraVideoTrack resolves null and logs the text of 3021, with no code', async () => {
    await expectNullTrackLoggingTextOf(harness(), 'createCameraVideoTrack', 3021);
  });

  it('createMicrophoneAudioTrack resolves null and logs the text of 3022, with no code', async () => {
    await expectNullTrackLoggingTextOf(harness(), 'createMicrophoneAudioTrack', 3022);
  });

  it('join() with no network returns nothing, emits no error and goes straight to FAILED', async () => {
    const { result, outsideRequests } = await harness().run<JoinOutcome>(
      nativeCoreSdk,
      'joinOffline',
    );
    expect(outsideRequests).toContainEqual(expect.stringMatching(INIT_CONFIG_REQUEST));
    expect(result.call).toEqual({ outcome: 'returned', value: { type: 'undefined' } });
    expect(result.events).toEqual([
      { event: 'meeting-state-changed', payload: { state: 'FAILED' } },
    ]);
  });

  it('meeting.on with an unknown event name throws a plain Error with no code', async () => {
    const { result } = await harness().run<CallOutcome>(nativeCoreSdk, 'onUnknownEvent');
    expect(result.outcome).toBe('threw');
    const error = raised(result);
    expect(error).toEqual({
      type: 'error',
      className: 'Error',
      name: 'Error',
      code: undefined,
      message: 'Invalid event type no-such-event',
    });
  });
});

describe('js-sdk 0.3.6, Chromium fake devices, permission prompt denied', () => {
  const harness = withHarness('fake-devices-denied');

  it('createCameraVideoTrack resolves null and logs the text of 3017, with no code', async () => {
    await expectNullTrackLoggingTextOf(harness(), 'createCameraVideoTrack', 3017);
  });

  it('createMicrophoneAudioTrack resolves null and logs the text of 3018, with no code', async () => {
    await expectNullTrackLoggingTextOf(harness(), 'createMicrophoneAudioTrack', 3018);
  });
});

describe('js-sdk 0.3.6, Chromium fake devices, permission granted (the control)', () => {
  const harness = withHarness('fake-devices-granted');

  it('the same devices give real tracks: the null tracks came from the denial', async () => {
    const camera = await harness().run<CallOutcome>(nativeCoreSdk, 'createCameraVideoTrack');
    const microphone = await harness().run<CallOutcome>(
      nativeCoreSdk,
      'createMicrophoneAudioTrack',
    );
    expect(camera.result).toEqual({
      outcome: 'resolved',
      value: { type: 'MediaStream', tracks: ['video'] },
    });
    expect(microphone.result).toEqual({
      outcome: 'resolved',
      value: { type: 'MediaStream', tracks: ['audio'] },
    });
  });
});
