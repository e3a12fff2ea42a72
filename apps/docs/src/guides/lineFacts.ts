import type { PlatformId } from '@org/error-codes';

/**
 * What each line's SDK does with its errors, in English (it names the SDK's own
 * methods and events). Every statement comes from one of: the installed SDKs run in
 * Chromium (packages/repo-tools/src/realSdk: js-sdk 1.1.1 and 0.3.6), the installed
 * typings, the js-sdk 1.1.1 bundle as read by readDelivery (the web page adds its
 * per-code figures from src/delivery.generated.ts), or VideoSDK's own guides, which
 * the text then names.
 */
export interface LineFacts {
  /** The objects and callbacks that emit errors. */
  readonly emit: readonly string[];
  /** Calls that throw or reject. */
  readonly thrown: readonly string[];
  /** What the SDK does with no error event at all. */
  readonly silent: readonly string[];
  /** What an app should listen to. */
  readonly listen: readonly string[];
}

export const lineFacts: Readonly<Record<PlatformId, LineFacts>> = {
  web: {
    emit: [
      "`meeting.on('error', ({ name, code, message }) => …)` of `@videosdk.live/js-sdk` 1.1.1: the meeting’s error event.",
      'In React, `useMeeting({ onError })` of `@videosdk.live/react-sdk`: the same event (it types `code` as a string; `normalizeError` reads both).',
    ],
    thrown: [
      '`VideoSDK.createCameraVideoTrack()` and `createMicrophoneAudioTrack()` reject with an `SdkError`: 3021 / 3022 with no camera or microphone, 3017 / 3018 when the permission prompt is refused (seen in Chromium).',
      "`meeting.on('no-such-event', …)` throws an `SdkStateError` 3073 (`ERROR_INVALID_PARAMETER`) whose message names the event; no error event (seen in Chromium).",
      '`meeting.join()` emits 3047 (`ERROR_UNABLE_TO_JOIN_MEETING`) on the error event AND rejects with the same `SdkError` when it cannot reach the server (seen in Chromium). Await it in a `try`, or add a `.catch`.',
      'A call made in the wrong state (caller-state codes such as 3048, 3054–3056, 3062, 3064–3066, 3068, 3072, 3073) rejects with an `SdkStateError` and reports nothing on the error event.',
    ],
    silent: [
      'While the meeting reconnects, a call that needs a joined meeting rejects with 3065 and no error event: the app learns of the reconnect from `meeting-state-changed` (`RECONNECTING`).',
      'A `join()` aborted by `leave()` rejects with an `SdkStateError` and emits no error event.',
    ],
    listen: [
      "`meeting.on('error', …)` (or `useMeeting({ onError })`) for what the SDK emits.",
      "`meeting.on('meeting-state-changed', ({ state }) => …)` for `FAILED` and `RECONNECTING`.",
      '`try { await call() } catch (error) { normalizeError(error) }` around every call you await, and a `.catch` on every promise you do not.',
    ],
  },
  'react-native': {
    emit: [
      '`useMeeting({ onError })` of `@videosdk.live/react-native-sdk` 0.4.2 (it types `code` as a string; `normalizeError` reads both).',
      'That SDK runs react-sdk 0.4.3 on js-sdk 0.3.6, whose behaviour below was seen in Chromium.',
    ],
    thrown: [
      "`meeting.on('no-such-event', …)` in js-sdk 0.3.6 throws a plain `Error('Invalid event type no-such-event')`, with no code.",
      'No call was seen to reject with a catalog code.',
    ],
    silent: [
      'A failed join emits NO error event: `join()` returns `undefined` and the meeting state goes straight to `FAILED`. Listen to `onMeetingStateChanged` (js-sdk: `meeting-state-changed`).',
      '`createCameraVideoTrack()` and `createMicrophoneAudioTrack()` resolve to `null` when there is no device or the permission is refused, with only a `console.error` of the 3021 / 3022 / 3017 / 3018 text. Check the result for `null`.',
    ],
    listen: [
      '`useMeeting({ onError, onMeetingStateChanged })`: errors, and `FAILED` for a join that failed without one.',
      'A `null` check on every track you create.',
    ],
  },
  ios: {
    emit: [
      'The meeting delegate: `onError(error: VideoSDKError)` of the `MeetingEventListener` you add with `meeting.addEventListener(self)`; `error.rawValue` is the code (per VideoSDK’s guide).',
    ],
    thrown: [
      'This site has no run of the iOS SDK: which calls throw is not checked here. Per VideoSDK’s guide, errors reach `onError`.',
    ],
    silent: [
      'Per VideoSDK’s guide, the connection state comes separately: `onMeetingStateChanged(meetingState:)` (connecting, connected, reconnecting, disconnected).',
    ],
    listen: [
      '`onError(error:)` and `onMeetingStateChanged(meetingState:)` of `MeetingEventListener`.',
    ],
  },
  'flutter-1': {
    emit: [
      '`room.on(Events.error, (error) => …)`: a map with `code`, `name` and `message` (per VideoSDK’s Flutter 1.x guide, the error event is subscribed on the `Room`).',
    ],
    thrown: ['This site has no run of the Flutter SDK: which calls throw is not checked here.'],
    silent: [
      'Per VideoSDK’s guide, the room’s connection state comes on `Events.roomStateChanged` (`failed` among its states in 1.x).',
    ],
    listen: ['`room.on(Events.error, …)` and `room.on(Events.roomStateChanged, …)`.'],
  },
  'flutter-3': {
    emit: [
      'Both `VideoSDK.on(Events.error, …)` and `room.on(Events.error, …)`: per VideoSDK’s Flutter guide, the two objects emit different errors, so listen on both.',
    ],
    thrown: ['This site has no run of the Flutter SDK: which calls throw is not checked here.'],
    silent: [
      'Per VideoSDK’s guide, the room’s connection state comes on `Events.roomStateChanged` (connecting, connected, disconnected, reconnecting).',
    ],
    listen: [
      '`VideoSDK.on(Events.error, …)`, `room.on(Events.error, …)` and `room.on(Events.roomStateChanged, …)`.',
    ],
  },
};
