import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeviceSetup, type SdkHarness, startSdkHarness } from './harness.js';
import {
  type CallOutcome,
  type Described,
  INIT_CONFIG_REQUEST,
  type JoinOutcome,
  raised,
} from './scenarioResults.js';
import { webSdk } from './sdks.js';
import { loadWebFaces, type WebFaces } from './webFaces.js';

/*
 * The real @videosdk.live/js-sdk 1.1.1, as npm ships it, in Debian's Chromium with
 * no network: each case makes the SDK raise one of its errors for real, then reads
 * what it raised with the web table, the English texts and <ErrorMessage>.
 */

let faces: WebFaces;
beforeAll(async () => {
  faces = await loadWebFaces('en');
});

/** An error as an app receives it: thrown, rejected or on the `error` event. */
type SdkError = Pick<Extract<Described, { type: 'error' }>, 'name' | 'code' | 'message'>;

/** Known to the web table under the SDK's own name, its message kept, shown to the user. */
function expectReadByWebFaces(
  error: SdkError,
  { sdkSentTableText }: { sdkSentTableText: boolean },
) {
  const { entry, normalized, localized, html } = faces.read(error);
  expect(entry, `the web table has ${String(error.code)}`).toBeDefined();
  expect(entry?.code).toBe(error.code);
  expect(entry?.name).toBe(error.name);
  expect(normalized).toMatchObject({
    known: true,
    platform: 'web',
    code: error.code,
    name: error.name,
    receivedMessage: error.message,
  });
  // Where the SDK sends its constant's own text, the table holds that text; where it
  // overrides it for the call (3073), the table's stays and the received one is kept.
  if (sdkSentTableText) expect(normalized.message).toBe(error.message);
  else expect(normalized.message).not.toBe(error.message);
  expect(localized).toMatchObject({
    known: true,
    code: error.code,
    name: error.name,
    locale: 'en',
  });
  expect(localized.userTitle).not.toBe('');
  expect(localized.userMessage).not.toBe('');
  expect(html).toContain(faces.markup('strong', localized.userTitle));
  expect(html).toContain(faces.markup('p', localized.userMessage));
}

function withHarness(setup: DeviceSetup): () => SdkHarness {
  let harness: SdkHarness | undefined;
  beforeAll(async () => {
    harness = await startSdkHarness(setup, [webSdk]);
  });
  afterAll(() => harness?.close());
  return () => {
    if (!harness) throw new Error('the harness did not start');
    return harness;
  };
}

describe('js-sdk 1.1.1, Chromium with no camera and no microphone', () => {
  const harness = withHarness('no-devices');

  it('Chromium offers the page no capture device (the case needs a host without one)', async () => {
    const { result } = await harness().run<string[]>(webSdk, 'inputDevices');
    expect(result, 'this host has a camera or microphone Chromium can see').toEqual([]);
  });

  it('createCameraVideoTrack rejects with 3021 ERROR_CAMERA_NOT_FOUND', async () => {
    const { result } = await harness().run<CallOutcome>(webSdk, 'createCameraVideoTrack');
    expect(result.outcome).toBe('rejected');
    const error = raised(result);
    expect(error).toMatchObject({
      className: 'SdkError',
      name: 'ERROR_CAMERA_NOT_FOUND',
      code: 3021,
    });
    expectReadByWebFaces(error, { sdkSentTableText: true });
  });

  it('createMicrophoneAudioTrack rejects with 3022 ERROR_MICROPHONE_NOT_FOUND', async () => {
    const { result } = await harness().run<CallOutcome>(webSdk, 'createMicrophoneAudioTrack');
    expect(result.outcome).toBe('rejected');
    const error = raised(result);
    expect(error).toMatchObject({
      className: 'SdkError',
      name: 'ERROR_MICROPHONE_NOT_FOUND',
      code: 3022,
    });
    expectReadByWebFaces(error, { sdkSentTableText: true });
  });

  it('join() with no network emits 3047 ERROR_UNABLE_TO_JOIN_MEETING, fails the meeting and rejects', async () => {
    const { result, outsideRequests } = await harness().run<JoinOutcome>(webSdk, 'joinOffline');
    // It did try the network: the signalling server's init-config, refused offline.
    expect(outsideRequests).toContainEqual(expect.stringMatching(INIT_CONFIG_REQUEST));
    const rejection = raised(result.call);
    expect(result.call.outcome).toBe('rejected');
    expect(rejection).toMatchObject({
      className: 'SdkError',
      name: 'ERROR_UNABLE_TO_JOIN_MEETING',
      code: 3047,
    });
    const emitted = { name: rejection.name, code: rejection.code, message: rejection.message };
    expect(result.events).toEqual([
      { event: 'meeting-state-changed', payload: { state: 'CONNECTING' } },
      { event: 'error', payload: emitted },
      { event: 'meeting-state-changed', payload: { state: 'FAILED' } },
    ]);
    // What an app's meeting.on('error') handler receives, read as the app would.
    expectReadByWebFaces(emitted, { sdkSentTableText: true });
  });

  it('meeting.on with an unknown event name throws 3073 ERROR_INVALID_PARAMETER', async () => {
    const { result, outsideRequests } = await harness().run<CallOutcome>(webSdk, 'onUnknownEvent');
    expect(outsideRequests).toEqual([]);
    expect(result.outcome).toBe('threw');
    const error = raised(result);
    // An SdkStateError: thrown at the caller, never emitted on the error event.
    expect(error).toMatchObject({
      className: 'SdkStateError',
      name: 'ERROR_INVALID_PARAMETER',
      code: 3073,
    });
    expect(error.message).toContain('no-such-event');
    expectReadByWebFaces(error, { sdkSentTableText: false });
  });
});

describe('js-sdk 1.1.1, Chromium fake devices, permission prompt denied', () => {
  const harness = withHarness('fake-devices-denied');

  it('Chromium offers the page a camera and a microphone', async () => {
    const { result } = await harness().run<string[]>(webSdk, 'inputDevices');
    expect(result).toEqual(expect.arrayContaining(['audioinput', 'videoinput']));
  });

  it('createCameraVideoTrack rejects with 3017 ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED', async () => {
    const { result } = await harness().run<CallOutcome>(webSdk, 'createCameraVideoTrack');
    expect(result.outcome).toBe('rejected');
    const error = raised(result);
    expect(error).toMatchObject({
      className: 'SdkError',
      name: 'ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED',
      code: 3017,
    });
    expectReadByWebFaces(error, { sdkSentTableText: true });
  });

  it('createMicrophoneAudioTrack rejects with 3018 ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED', async () => {
    const { result } = await harness().run<CallOutcome>(webSdk, 'createMicrophoneAudioTrack');
    expect(result.outcome).toBe('rejected');
    const error = raised(result);
    expect(error).toMatchObject({
      className: 'SdkError',
      name: 'ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED',
      code: 3018,
    });
    expectReadByWebFaces(error, { sdkSentTableText: true });
  });
});

describe('js-sdk 1.1.1, Chromium fake devices, permission granted (the control)', () => {
  const harness = withHarness('fake-devices-granted');

  it('the same devices give real tracks: the denial is what raised 3017 and 3018', async () => {
    const camera = await harness().run<CallOutcome>(webSdk, 'createCameraVideoTrack');
    const microphone = await harness().run<CallOutcome>(webSdk, 'createMicrophoneAudioTrack');
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
