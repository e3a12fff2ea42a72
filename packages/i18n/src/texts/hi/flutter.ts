import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
  'camera-device-incompatible': {
    title: 'Camera not compatible',
    userTitle: 'Camera can’t send video',
    description:
      'The camera device cannot produce video: the video stream could not be created. Make sure the device is compatible.',
    userMessage: 'This app can’t get video from your camera. Try another camera or another device.',
    causes: [
      'The SDK could not create a video stream from the selected camera, so it reports the camera as not compatible.',
      'The message does not say why the camera failed. Check the app’s logs, the device model and the operating system version.',
    ],
    fixes: [
      { by: 'user', text: 'Try another camera, or use this app on another device.' },
      {
        by: 'app',
        text: 'Let the participant stay in the meeting without video, and offer a choice of camera if the device has more than one.',
      },
      {
        by: 'app',
        text: 'Check the app’s logs for the device model, operating system version and camera, and test the app on the same kind of device.',
      },
    ],
  },
  'changing-mode': {
    title: 'Mode change failed',
    userTitle: 'Couldn’t change mode',
    description: 'Something went wrong, and the mode could not be changed. Try again.',
    userMessage: 'We couldn’t change your mode in this meeting. Try again.',
    causes: [
      'A request to change the participant’s mode in the meeting (changeMode) did not succeed.',
      'The message does not say why. Check the app’s logs and the network state at the time of the request.',
    ],
    fixes: [
      { by: 'user', text: 'Try again in a moment.' },
      {
        by: 'app',
        text: 'Keep the participant in the current mode, show that the change did not happen, and offer a retry.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called changeMode and the network state at that moment.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Custom audio track ended',
    userTitle: 'Microphone switched back',
    description:
      'The provided custom audio track has been disposed of and is now in an ended state. The SDK is reverting to the default audio track.',
    userMessage: 'Your audio switched back to the default microphone. No action is needed.',
    causes: [
      'The custom audio track that the app gave the SDK was disposed of, so the track ended.',
      'The SDK switched to its default audio track, so the participant’s audio continues.',
      'Check where the app or a library it uses disposes of the custom track while the meeting still uses it.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Keep the custom audio track alive while the meeting uses it, and dispose of it only after the SDK no longer uses it.',
      },
      {
        by: 'app',
        text: 'To use a custom track again, create a new one (for example with createMicrophoneAudioTrack) and pass it to unmuteMic.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Custom video track ended',
    userTitle: 'Camera switched back',
    description:
      'The provided custom video track has been disposed of and is now in an ended state. The SDK is reverting to the default video track.',
    userMessage: 'Your video switched back to the default camera. No action is needed.',
    causes: [
      'The custom video track that the app gave the SDK was disposed of, so the track ended.',
      'The SDK switched to its default video track, so the participant’s video continues.',
      'Check where the app or a library it uses disposes of the custom track while the meeting still uses it.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Keep the custom video track alive while the meeting uses it, and dispose of it only after the SDK no longer uses it.',
      },
      {
        by: 'app',
        text: 'To use a custom track again, create a new one (for example with createCameraVideoTrack) and pass it to enableCam.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Microphone not compatible',
    userTitle: 'Microphone can’t send sound',
    description:
      'The microphone device cannot produce audio: the audio stream could not be created. Make sure the device is compatible.',
    userMessage:
      'This app can’t get sound from your microphone. Try another microphone or another device.',
    causes: [
      'The SDK could not create an audio stream from the selected microphone, so it reports the microphone as not compatible.',
      'The message does not say why the microphone failed. Check the app’s logs, the device model and the operating system version.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try another microphone, such as a headset, or use this app on another device.',
      },
      {
        by: 'app',
        text: 'Let the participant stay in the meeting without audio, and offer a choice of microphone if the device has more than one.',
      },
      {
        by: 'app',
        text: 'Check the app’s logs for the device model, operating system version and microphone, and test the app on the same kind of device.',
      },
    ],
  },
  'participant-recording-failed': {
    title: 'Participant recording failed',
    userTitle: 'Recording stopped',
    description: 'Participant recording stopped due to an unknown error.',
    userMessage: 'The recording of one participant stopped unexpectedly. You can start it again.',
    causes: [
      'A participant recording (the separate recording of one participant) stopped on VideoSDK’s servers after it had started.',
      'The server gives no reason for the stop. The request itself was not rejected, so a new start can succeed.',
    ],
    fixes: [
      { by: 'user', text: 'Start the recording again.' },
      {
        by: 'app',
        text: 'Tell the people in the meeting that the recording stopped, and offer to start the participant recording again.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID, the participant ID and the time of the failure.',
      },
    ],
  },
  'starting-audio': {
    title: 'Microphone could not start',
    userTitle: 'Microphone didn’t turn on',
    description: 'Something went wrong, and the microphone could not be enabled. Try again.',
    userMessage: 'Your microphone didn’t turn on. Try again.',
    causes: [
      'Turning on the microphone (unmuteMic) failed, and the message does not say why.',
      'Permission problems and a microphone in use have their own codes. Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. If the microphone still doesn’t turn on, restart this app, then try again.',
      },
      {
        by: 'app',
        text: 'Keep the microphone off, let the participant stay in the meeting, and offer a retry button.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called unmuteMic, with the device model and operating system version.',
      },
    ],
  },
  'starting-foreground-service': {
    title: 'Foreground service did not start',
    userTitle: 'Screen sharing couldn’t start',
    description:
      'An error occurred while initializing the foreground service, so screen sharing could not be enabled. Try again.',
    userMessage:
      'Screen sharing couldn’t start on this device. Try again. If it keeps happening, contact {supportContact}.',
    causes: [
      'On Android, screen sharing runs in a foreground service, and the SDK could not start it.',
      'Check the Android manifest: screen sharing needs the FOREGROUND_SERVICE permission, and FOREGROUND_SERVICE_MEDIA_PROJECTION on Android 14 and later.',
    ],
    fixes: [
      { by: 'user', text: 'Try again. If it keeps happening, contact {supportContact}.' },
      {
        by: 'app',
        text: 'Declare the foreground service permissions that VideoSDK’s Flutter screen sharing guide lists in the Android manifest, then build the app again.',
      },
      {
        by: 'app',
        text: 'Check the Android logs (logcat) for the reason the service did not start, and test on the same Android version.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'Screen sharing could not start',
    userTitle: 'Screen sharing didn’t start',
    description: 'Something went wrong, and screen sharing could not be enabled. Try again.',
    userMessage: 'Screen sharing didn’t start. Try again.',
    causes: [
      'Turning on screen sharing (enableScreenShare) failed, and the message does not say why.',
      'A denied permission, an unsupported device and a foreground service failure have their own codes. Check the app’s logs for the underlying error.',
    ],
    fixes: [
      { by: 'user', text: 'Try again. When your device asks to share your screen, allow it.' },
      { by: 'app', text: 'Show that screen sharing did not start, and offer a retry button.' },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called enableScreenShare, and the screen sharing setup for Android and iOS in VideoSDK’s Flutter guide.',
      },
    ],
  },
  'starting-video': {
    title: 'Camera could not start',
    userTitle: 'Camera didn’t turn on',
    description: 'Something went wrong, and the camera could not be enabled. Try again.',
    userMessage: 'Your camera didn’t turn on. Try again.',
    causes: [
      'Turning on the camera (enableCam) failed, and the message does not say why.',
      'Permission problems and a camera in use have their own codes. Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. If the camera still doesn’t turn on, restart this app, then try again.',
      },
      {
        by: 'app',
        text: 'Keep the camera off, let the participant stay in the meeting, and offer a retry button.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called enableCam, with the device model and operating system version.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Track recording failed',
    userTitle: 'Recording stopped',
    description: 'Track recording stopped due to an unknown error.',
    userMessage:
      'The recording of one participant’s audio or video stopped unexpectedly. You can start it again.',
    causes: [
      'A track recording (the recording of one audio or video track of a participant) stopped on VideoSDK’s servers after it had started.',
      'The server gives no reason for the stop. The request itself was not rejected, so a new start can succeed.',
    ],
    fixes: [
      { by: 'user', text: 'Start the recording again.' },
      {
        by: 'app',
        text: 'Tell the people in the meeting that the recording stopped, and offer to start the track recording again.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID, the participant ID, the kind of track and the time of the failure.',
      },
    ],
  },
};
