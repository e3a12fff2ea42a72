import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
  'audio-track-creation-failed': {
    title: 'Audio track not created',
    userTitle: 'Audio couldn’t start',
    description: 'An error occurred, and the audio track could not be created. Try again.',
    userMessage: 'Your audio couldn’t start. Check your microphone, then try again.',
    causes: [
      'The SDK could not create an audio track from the microphone.',
      'The message does not say why. Check the app’s logs for the underlying device error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone is connected and that no other app is using it, then try again.',
      },
      {
        by: 'app',
        text: 'Log the underlying error, and offer a retry button.',
      },
      {
        by: 'app',
        text: 'Let the participant stay in the meeting without audio while the problem lasts.',
      },
    ],
  },
  'camera-access': {
    title: 'Camera could not be accessed',
    userTitle: 'Couldn’t use the camera',
    description: 'Something went wrong. The camera could not be accessed.',
    userMessage:
      'This app couldn’t use your camera. Try again. If it keeps happening, restart this app.',
    causes: [
      'The SDK could not open the camera, and the message does not say why.',
      'A denied permission and a camera in use have their own codes. Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. If the camera still can’t be used, restart this app, then try again.',
      },
      {
        by: 'app',
        text: 'Keep the camera off, let the participant stay in the meeting, and let them turn the camera on again later.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when the app turned on the camera, with the device model and operating system version.',
      },
    ],
  },
  'camera-access-denied': {
    title: 'Camera access denied on the device',
    userTitle: 'Camera access is off',
    description:
      'Camera access was denied or dismissed. To continue, grant access in the device’s settings.',
    userMessage:
      'This app can’t use your camera. Allow camera access for this app in your device’s Settings, then try again.',
    causes: [
      'The user denied or closed the prompt that asks for camera access, or turned access off earlier in the device’s settings.',
      'Once access is denied, the operating system may not ask again, so only the device’s settings can turn it back on.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the camera before the system asks, and offer a shortcut to the app’s page in the device settings.',
      },
      {
        by: 'app',
        text: 'Check that the app declares camera use: NSCameraUsageDescription on iOS and the CAMERA permission on Android.',
      },
      {
        by: 'app',
        text: 'Let the user join without video meanwhile.',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: 'Camera access denied',
    userTitle: 'Camera is blocked',
    description:
      'Camera access was denied or dismissed. To continue, grant access in the browser or device settings.',
    userMessage:
      'Camera access is blocked for this page. Allow the camera in your browser settings, then reload the page.',
    causes: [
      'The user denied or closed the prompt that asks for camera access.',
      'Camera access may also have been blocked earlier for this site or app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Allow the camera for this site in your browser settings, then reload the page.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the camera before the browser asks, and show how to allow it in the browser settings.',
      },
      {
        by: 'app',
        text: 'Let the user join without video meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'This app isn’t allowed to use your camera. Allow camera access for this app in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
          },
          {
            by: 'app',
            text: 'Explain why the app needs the camera before the system asks, and offer a shortcut to the app’s page in the device Settings.',
          },
          {
            by: 'app',
            text: 'Let the user join without video meanwhile.',
          },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: 'Camera unavailable',
    userTitle: 'Camera not available',
    description:
      'Camera access is unavailable. Make sure the device is compatible and that the page is served over a secure connection (https://).',
    userMessage:
      'Your camera can’t be used right now. Check that your device has a working camera, then try again.',
    causes: [
      'The browser or device does not provide camera access, for example because it has no compatible camera.',
      'Browsers allow the camera only on secure pages (https:// or localhost), so a page served over plain http:// gets no camera.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Serve the app over https://. For development, localhost is also allowed.',
      },
      {
        by: 'user',
        text: 'Check that your camera is connected and works, or try another browser or device.',
      },
      {
        by: 'app',
        text: 'Let the user join without video meanwhile.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The browser or device does not provide camera access, for example because it has no compatible camera.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Check that your device has a working camera, then try again.',
          },
          {
            by: 'app',
            text: 'Check that the device has a camera the app can use, and log the underlying error.',
          },
          {
            by: 'app',
            text: 'If the app also runs in a browser, serve it over https://.',
          },
          {
            by: 'app',
            text: 'Let the user join without video meanwhile.',
          },
        ],
      },
    },
  },
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
      {
        by: 'user',
        text: 'Try another camera, or use this app on another device.',
      },
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
  'camera-in-use': {
    title: 'Camera in use',
    userTitle: 'Camera is busy',
    description:
      'The camera is being used by another application. Close any programs that use the camera, such as video conferencing tools, screen recording software or other browsers, restart the browser and try again.',
    userMessage: 'Another app or another browser is using your camera. Close it, then try again.',
    causes: [
      'Another application or browser holds the camera. On Windows in particular, a camera in use can’t be opened a second time.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Close other apps or browsers that use the camera, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and let the user join without video meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Another app is using your camera. Close it, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Close other apps that use the camera, then try again.',
          },
          {
            by: 'app',
            text: 'Offer a retry button, and let the user join without video meanwhile.',
          },
        ],
      },
    },
  },
  'camera-not-found': {
    title: 'Camera not found',
    userTitle: 'No camera found',
    description:
      'Make sure your camera is connected and turned on, and that the camera driver is installed and up to date.',
    userMessage:
      'We can’t find your camera. Check that it’s connected and turned on, then try again.',
    causes: [
      'The browser reported that it found no camera for the request, so the camera couldn’t start.',
      'As the message says, the camera may be disconnected or turned off, or its driver may be missing or out of date.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your camera is connected and turned on, then try again.',
      },
      {
        by: 'user',
        text: 'If the camera still isn’t found, update its driver or restart your device, then reload the page.',
      },
      {
        by: 'app',
        text: 'Let the user join without video, and let the user choose another camera from the list of devices.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device reported that it found no camera for the request, so the camera couldn’t start.',
          'As the message says, the camera may be disconnected or turned off, or its driver may be missing or out of date.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Check that your camera is connected and turned on, then try again.',
          },
          {
            by: 'user',
            text: 'If the camera still isn’t found, restart your device, then try again.',
          },
          {
            by: 'app',
            text: 'Let the user join without video, and let the user choose another camera from the list of devices.',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: 'Camera blocked by the system',
    userTitle: 'Camera blocked by settings',
    description:
      'The operating system’s settings deny camera permission. Check the system settings and grant permission to this browser.',
    userMessage:
      'Your device’s privacy settings block the camera for this browser. Allow this browser to use the camera in your system settings, then reload the page.',
    causes: [
      'The operating system denies camera access to the browser or app, for example in the privacy settings of macOS or Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s privacy settings, allow this browser to use the camera, then reload the page.',
      },
      {
        by: 'app',
        text: 'Show short steps for the user’s operating system, and let the user join without video meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Your device’s privacy settings block the camera for this app. Allow this app to use the camera in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
          },
          {
            by: 'app',
            text: 'Show short steps for the user’s operating system, and let the user join without video meanwhile.',
          },
        ],
      },
    },
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Camera permission or autoplay issue',
    userTitle: 'Camera is blocked',
    description:
      'There seems to be an issue with the camera permission or with video autoplay. For details, see https://tinyurl.com/autoplay-issue (a third-party short link that the SDK’s message gives).',
    userMessage:
      'Your browser didn’t allow the camera. Allow the camera for this page in your browser settings, then reload the page.',
    causes: [
      'The browser refused camera access with a NotAllowedError that says the request is not allowed by the user agent. The SDK notes that Firefox reports a denied permission this way.',
      'The message also points to the browser’s autoplay rules, which can block video that starts without a user action.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Allow the camera for this page in your browser settings, then reload the page.',
      },
      {
        by: 'app',
        text: 'Start the camera and video playback from a user action, such as a click, so the browser allows them.',
      },
      {
        by: 'app',
        text: 'See https://tinyurl.com/autoplay-issue (a third-party short link that the SDK’s message gives) for the SDK’s notes on this issue.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The operating system refused the app access to the camera: the user denied the permission or turned it off in the device’s Settings, or the app doesn’t declare camera use.',
        ],
        userMessage:
          'This app isn’t allowed to use your camera. Allow camera access for this app in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
          },
          {
            by: 'app',
            text: 'Check that the app declares camera use: NSCameraUsageDescription on iOS and the CAMERA permission on Android.',
          },
          {
            by: 'app',
            text: 'See https://tinyurl.com/autoplay-issue (a third-party short link that the SDK’s message gives) for the SDK’s notes on this issue.',
          },
        ],
      },
    },
  },
  'capture-image-failed': {
    title: 'Image capture failed',
    userTitle: 'Couldn’t capture the image',
    description: 'Unable to capture the image. Try again.',
    userMessage: 'We couldn’t capture the image. Try again.',
    causes: [
      'The browser couldn’t draw or encode a frame of the participant’s video for captureImage().',
      'The error message carries the browser’s reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a moment, then try again.',
      },
      {
        by: 'app',
        text: 'Check that the participant’s camera is on and its video is playing before you capture an image.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the reason in the error message and the app’s logs.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device couldn’t draw or encode a frame of the participant’s video for captureImage().',
          'The error message carries the reason the platform gives.',
        ],
      },
    },
  },
  'change-webcam': {
    title: 'Camera could not be changed',
    userTitle: 'Couldn’t switch camera',
    description: 'Something went wrong, and the camera could not be changed. Try again.',
    userMessage: 'We couldn’t switch your camera. Try again.',
    causes: [
      'Switching to another camera (changeCam) failed, and the message does not say why.',
      'The chosen camera may have been disconnected or be in use by another app. Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. If the camera still doesn’t switch, turn your camera off and on again.',
      },
      {
        by: 'app',
        text: 'Show the camera’s real state (it may be off after the failed switch), and offer a retry button.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called changeCam, with the chosen camera, the device model and the operating system version.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Custom audio track ended',
    userTitle: 'Switched to default microphone',
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
  'custom-audio-track-ended': {
    title: 'Custom audio track ended',
    userTitle: 'Switched to default microphone',
    description:
      'The provided custom audio track has ended. Check the state of the audio track, then try again.',
    userMessage: 'Your audio switched to the default microphone. You can keep talking.',
    causes: [
      'The app passed a custom audio track that had already ended, for example because it was stopped or its source went away.',
      'The SDK can’t use an ended track, so it uses the default microphone instead.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check that the custom track’s readyState is live before you pass it, and create a new track if it has ended.',
      },
      {
        by: 'app',
        text: 'Don’t stop a custom track while the meeting still uses it.',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: 'Custom screen share track disposed',
    userTitle: 'Screen sharing didn’t start',
    description: 'The provided custom track was disposed of. Try again with a new custom track.',
    userMessage: 'Screen sharing didn’t start. Try again.',
    causes: [
      'The app passed a custom screen share track that the app, or a library it uses, had already disposed of.',
      'A disposed track can’t be used again, so screen sharing does not start.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. When your device asks to share your screen, allow it.',
      },
      {
        by: 'app',
        text: 'Create a new track for each attempt (for example with VideoSDK.createScreenShareVideoTrack) and pass it to enableScreenShare right away.',
      },
      {
        by: 'app',
        text: 'Dispose of a custom screen share track only after screen sharing with it has stopped, and never pass it to the SDK again.',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: 'Custom screen share track ended',
    userTitle: 'Screen sharing didn’t start',
    description:
      'The provided custom track is in an ended state. Try again with a new custom track.',
    userMessage: 'Screen sharing didn’t start. Try again.',
    causes: [
      'The app passed a custom screen share track that had already ended, for example because its screen capture had stopped.',
      'The SDK can’t share from an ended track, so screen sharing does not start.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. When your device asks to share your screen, allow it.',
      },
      {
        by: 'app',
        text: 'Create a new track for each attempt (for example with VideoSDK.createScreenShareVideoTrack) and pass it to enableScreenShare right away.',
      },
      {
        by: 'app',
        text: 'Don’t keep a custom screen share track for later use: once its capture stops, the track can’t be used again.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Custom video track ended',
    userTitle: 'Switched to default camera',
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
  'custom-video-track-ended': {
    title: 'Custom video track ended',
    userTitle: 'Switched to default camera',
    description:
      'The provided custom video track has ended. Check the state of the video track, then try again.',
    userMessage: 'Your video switched to the default camera. You can keep going.',
    causes: [
      'The app passed a custom video track that had already ended, for example because it was stopped or its source went away.',
      'The SDK can’t use an ended track, so it uses the default camera instead.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check that the custom track’s readyState is live before you pass it, and create a new track if it has ended.',
      },
      {
        by: 'app',
        text: 'Don’t stop a custom track while the meeting still uses it.',
      },
    ],
  },
  'get-audio-media': {
    title: 'Audio capture not supported',
    userTitle: 'Microphone not supported',
    description: 'Your browser or device does not support audio.',
    userMessage:
      'Your browser or device can’t use a microphone for this meeting. Try a different browser or device.',
    causes: [
      'The browser or device reported that it can’t capture audio.',
      'SDK 1.1.1 declares this code but doesn’t raise it, so check the app’s logs for the browser’s own error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Update your browser, or try a different browser or device.',
      },
      {
        by: 'app',
        text: 'Check that navigator.mediaDevices is available before you turn on the microphone, and serve the page over https://.',
      },
      {
        by: 'app',
        text: 'Let the user join without audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The browser or device reported that it can’t capture audio.',
          'SDK 1.1.1 declares this code but doesn’t raise it, so check the app’s logs for the platform’s own error.',
        ],
        userMessage:
          'This device can’t use a microphone for this meeting. Update the app, or try another device.',
        fixes: [
          {
            by: 'user',
            text: 'Update the app, or try another device.',
          },
          {
            by: 'app',
            text: 'Check that the app declares microphone use: NSMicrophoneUsageDescription on iOS and the RECORD_AUDIO permission on Android.',
          },
          {
            by: 'app',
            text: 'Let the user join without audio.',
          },
        ],
      },
    },
  },
  'get-audio-media-permission-denied': {
    title: 'Microphone permission denied',
    userTitle: 'Microphone is blocked',
    description: 'Permission to capture audio was denied.',
    userMessage:
      'Your browser blocked the microphone. Allow the microphone for this page in your browser settings, then reload the page.',
    causes: [
      'The browser refused microphone access with a NotAllowedError that the SDK couldn’t match to a more specific case, such as a dismissed prompt or a block by the operating system.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Allow the microphone for this page in your browser settings, then reload the page.',
      },
      {
        by: 'user',
        text: 'If it’s still blocked, check that your computer’s privacy settings allow this browser to use the microphone.',
      },
      {
        by: 'app',
        text: 'Ask for the microphone after a user action, and explain first why the meeting needs it.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device refused microphone access with a NotAllowedError that the SDK couldn’t match to a more specific case, such as a dismissed prompt or a block by the operating system.',
        ],
        userMessage:
          'This app isn’t allowed to use your microphone. Allow microphone access for this app in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the microphone, then try again.',
          },
          {
            by: 'user',
            text: 'If it’s still blocked, check that your device’s privacy settings allow this app to use the microphone.',
          },
          {
            by: 'app',
            text: 'Ask for the microphone after a user action, and explain first why the meeting needs it.',
          },
        ],
      },
    },
  },
  'get-video-media': {
    title: 'Video capture not supported',
    userTitle: 'Camera didn’t start',
    description: 'Your browser or device does not support video.',
    userMessage:
      'Your browser or device couldn’t start the camera. Try a different browser or device.',
    causes: [
      'The browser couldn’t open the camera with the requested settings, for a reason other than a denied permission.',
      'In SDK 1.1.1 this happens when the SDK opens the camera again to change its resolution. Check the app’s logs for the browser’s error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Update your browser, or try a different browser or device.',
      },
      {
        by: 'app',
        text: 'Check that the camera supports the requested resolution, and fall back to a lower one.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device couldn’t open the camera with the requested settings, for a reason other than a denied permission.',
          'In SDK 1.1.1 this happens when the SDK opens the camera again to change its resolution. Check the app’s logs for the platform’s error.',
        ],
        userMessage:
          'This device couldn’t start the camera. Update the app, or try another device.',
        fixes: [
          {
            by: 'user',
            text: 'Update the app, or try another device.',
          },
          {
            by: 'app',
            text: 'Check that the camera supports the requested resolution, and fall back to a lower one.',
          },
        ],
      },
    },
  },
  'get-video-media-permission-denied': {
    title: 'Camera permission denied',
    userTitle: 'Camera is blocked',
    description: 'Permission to capture video was denied.',
    userMessage:
      'Your browser blocked the camera. Allow the camera for this page in your browser settings, then reload the page.',
    causes: [
      'The browser refused camera access with a NotAllowedError that the SDK couldn’t match to a more specific case, such as a dismissed prompt or a block by the operating system.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Allow the camera for this page in your browser settings, then reload the page.',
      },
      {
        by: 'user',
        text: 'If it’s still blocked, check that your computer’s privacy settings allow this browser to use the camera.',
      },
      {
        by: 'app',
        text: 'Ask for the camera after a user action, and explain first why the meeting needs it.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device refused camera access with a NotAllowedError that the SDK couldn’t match to a more specific case, such as a dismissed prompt or a block by the operating system.',
        ],
        userMessage:
          'This app isn’t allowed to use your camera. Allow camera access for this app in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
          },
          {
            by: 'user',
            text: 'If it’s still blocked, check that your device’s privacy settings allow this app to use the camera.',
          },
          {
            by: 'app',
            text: 'Ask for the camera after a user action, and explain first why the meeting needs it.',
          },
        ],
      },
    },
  },
  'invalid-custom-audio-track': {
    title: 'Invalid custom audio track',
    userTitle: 'Using default microphone',
    description:
      'The provided custom audio track is invalid, so the default audio track is used instead. Make sure that the audio track meets the required specifications.',
    userMessage: 'Your audio switched to the default microphone. No action is needed.',
    causes: [
      'The app passed a custom audio track that the SDK couldn’t read, for example something that isn’t a MediaStream with a live audio track.',
      'The SDK uses the default microphone instead.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass a MediaStream that contains a live audio track, for example one made with createMicrophoneAudioTrack().',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: 'Invalid custom track configuration',
    userTitle: 'Couldn’t set up the device',
    description: 'The custom track configuration is invalid.',
    userMessage:
      'We couldn’t set up your camera, microphone or screen sharing with the chosen settings. Choose another device, then try again.',
    causes: [
      'The app passed settings that the SDK can’t use to create a custom track: an unsupported codec, a camera or microphone ID that matches no device, or an unknown encoderConfig.',
      'The error message names the setting.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the setting that the error message names, and pass a supported codec and encoderConfig.',
      },
      {
        by: 'app',
        text: 'Take camera and microphone IDs from the current device list, because they can change when devices are connected or removed.',
      },
      {
        by: 'user',
        text: 'Choose another camera or microphone, then try again.',
      },
    ],
  },
  'invalid-custom-video-track': {
    title: 'Invalid custom video track',
    userTitle: 'Using default camera',
    description:
      'The provided custom video track is invalid, so the default video track is used instead. Make sure that the video track meets the required specifications.',
    userMessage: 'Your video switched to the default camera. No action is needed.',
    causes: [
      'The app passed a custom video track that the SDK couldn’t read, for example something that isn’t a MediaStream with a live video track.',
      'The SDK uses the default camera instead.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass a MediaStream that contains a live video track, for example one made with createCameraVideoTrack().',
      },
    ],
  },
  'media-device-not-initialized': {
    title: 'Media device not initialized',
    userTitle: 'Audio and video not ready',
    description: 'The media device has not been initialized.',
    userMessage:
      'Audio and video aren’t ready yet. Wait a moment and try again, or reload the page.',
    causes: [
      'The SDK’s internal media device, which it creates while joining or changing mode, doesn’t exist, so the camera, microphone or screen sharing can’t start.',
      'Check the app’s logs for an earlier failure while joining or changing mode.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a moment, then try again. If it keeps happening, reload the page and join again.',
      },
      {
        by: 'app',
        text: 'Turn on the camera, microphone or screen sharing only after the meeting-joined event.',
      },
      {
        by: 'app',
        text: 'Check the app’s logs for an earlier failure while joining or changing mode.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Audio and video aren’t ready yet. Wait a moment and try again, or leave the meeting and join again.',
        fixes: [
          {
            by: 'user',
            text: 'Wait a moment, then try again. If it keeps happening, leave the meeting and join again.',
          },
          {
            by: 'app',
            text: 'Turn on the camera, microphone or screen sharing only after the meeting-joined event.',
          },
          {
            by: 'app',
            text: 'Check the app’s logs for an earlier failure while joining or changing mode.',
          },
        ],
      },
    },
  },
  'media-device-not-loaded': {
    title: 'Media device not loaded',
    userTitle: 'Still getting ready',
    description: 'The media device is not loaded yet. Try again in a moment.',
    userMessage: 'Audio and video are still getting ready. Try again in a moment.',
    causes: [
      'The SDK’s internal media device exists but hasn’t finished loading the server’s media capabilities, which happens while joining or changing mode.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a moment, then try again.',
      },
      {
        by: 'app',
        text: 'Wait for the meeting-joined event, or for a mode change to finish, before you turn on media.',
      },
      {
        by: 'app',
        text: 'Retry after a short delay.',
      },
    ],
  },
  'mic-access-denied': {
    title: 'Microphone access denied on the device',
    userTitle: 'Microphone access is off',
    description:
      'Microphone access was denied or dismissed. To continue, grant access in the device’s settings.',
    userMessage:
      'This app can’t use your microphone. Allow microphone access for this app in your device’s Settings, then try again.',
    causes: [
      'The user denied or closed the prompt that asks for microphone access, or turned access off earlier in the device’s settings.',
      'Once access is denied, the operating system may not ask again, so only the device’s settings can turn it back on.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s Settings, allow this app to use the microphone, then try again.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the microphone before the system asks, and offer a shortcut to the app’s page in the device settings.',
      },
      {
        by: 'app',
        text: 'Check that the app declares microphone use: NSMicrophoneUsageDescription on iOS and the RECORD_AUDIO permission on Android.',
      },
      {
        by: 'app',
        text: 'Let the user join without audio meanwhile.',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: 'Microphone access denied',
    userTitle: 'Microphone is blocked',
    description:
      'Microphone access was denied or dismissed. To continue, grant access in the browser or device settings.',
    userMessage:
      'Microphone access is blocked for this page. Allow the microphone in your browser settings, then reload the page.',
    causes: [
      'The user denied or closed the prompt that asks for microphone access.',
      'Microphone access may also have been blocked earlier for this site or app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Allow the microphone for this site in your browser settings, then reload the page.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the microphone before the browser asks, and show how to allow it in the browser settings.',
      },
      {
        by: 'app',
        text: 'Let the user join without audio meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'This app isn’t allowed to use your microphone. Allow microphone access for this app in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the microphone, then try again.',
          },
          {
            by: 'app',
            text: 'Explain why the app needs the microphone before the system asks, and offer a shortcut to the app’s page in the device Settings.',
          },
          {
            by: 'app',
            text: 'Let the user join without audio meanwhile.',
          },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: 'Microphone unavailable',
    userTitle: 'Microphone not available',
    description:
      'Microphone access is unavailable. Make sure the device is compatible and that the page is served over a secure connection (https://).',
    userMessage:
      'Your microphone can’t be used right now. Check that your device has a working microphone, then try again.',
    causes: [
      'The browser or device does not provide microphone access, for example because it has no compatible microphone.',
      'Browsers allow the microphone only on secure pages (https:// or localhost), so a page served over plain http:// gets no microphone.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Serve the app over https://. For development, localhost is also allowed.',
      },
      {
        by: 'user',
        text: 'Check that your microphone is connected and works, or try another browser or device.',
      },
      {
        by: 'app',
        text: 'Let the user join without audio meanwhile.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The browser or device does not provide microphone access, for example because it has no compatible microphone.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Check that your device has a working microphone, then try again.',
          },
          {
            by: 'app',
            text: 'Check that the device has a microphone the app can use, and log the underlying error.',
          },
          {
            by: 'app',
            text: 'If the app also runs in a browser, serve it over https://.',
          },
          {
            by: 'app',
            text: 'Let the user join without audio meanwhile.',
          },
        ],
      },
    },
  },
  'microphone-close-producer-failed': {
    title: 'Turning off the microphone failed',
    userTitle: 'Couldn’t turn off microphone',
    description: 'The microphone could not be turned off. Try again.',
    userMessage: 'We couldn’t turn off your microphone, so it’s still on. Try again.',
    causes: [
      'The meeting server didn’t confirm that it stopped receiving the microphone, so the SDK leaves the microphone on and unchanged.',
      'Check the error message and the app’s logs for the reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again.',
      },
      {
        by: 'app',
        text: 'Keep showing the microphone as on, and let the user retry.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the connection to the meeting in the app’s logs.',
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
  'microphone-in-use': {
    title: 'Microphone in use',
    userTitle: 'Microphone is busy',
    description:
      'The microphone is being used by another application. Close any programs that use the microphone, such as video conferencing tools, screen recording software or other browsers, restart the browser and try again.',
    userMessage:
      'Another app or another browser is using your microphone. Close it, then try again.',
    causes: [
      'Another application or browser holds the microphone. On Windows in particular, a microphone in use can’t be opened a second time.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Close other apps or browsers that use the microphone, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and let the user join without audio meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Another app is using your microphone. Close it, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Close other apps that use the microphone, then try again.',
          },
          {
            by: 'app',
            text: 'Offer a retry button, and let the user join without audio meanwhile.',
          },
        ],
      },
    },
  },
  'microphone-not-found': {
    title: 'Microphone not found',
    userTitle: 'No microphone found',
    description: 'Make sure your microphone is connected and turned on.',
    userMessage:
      'We can’t find your microphone. Check that it’s connected and turned on, then try again.',
    causes: [
      'The browser reported that it found no microphone for the request, so the microphone couldn’t start.',
      'As the message says, the microphone may be disconnected or turned off.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone is connected and turned on, then try again.',
      },
      {
        by: 'user',
        text: 'If it still isn’t found, check your device’s sound settings, then reload the page.',
      },
      {
        by: 'app',
        text: 'Let the user join without audio, and let the user choose another microphone from the list of devices.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device reported that it found no microphone for the request, so the microphone couldn’t start.',
          'As the message says, the microphone may be disconnected or turned off.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Check that your microphone is connected and turned on, then try again.',
          },
          {
            by: 'user',
            text: 'If it still isn’t found, check your device’s sound settings, then try again.',
          },
          {
            by: 'app',
            text: 'Let the user join without audio, and let the user choose another microphone from the list of devices.',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: 'Microphone blocked by the system',
    userTitle: 'Microphone blocked by settings',
    description:
      'The operating system’s settings deny microphone permission. Check the system settings and grant permission to this browser.',
    userMessage:
      'Your device’s privacy settings block the microphone for this browser. Allow this browser to use the microphone in your system settings, then reload the page.',
    causes: [
      'The operating system denies microphone access to the browser or app, for example in the privacy settings of macOS or Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s privacy settings, allow this browser to use the microphone, then reload the page.',
      },
      {
        by: 'app',
        text: 'Show short steps for the user’s operating system, and let the user join without audio meanwhile.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Your device’s privacy settings block the microphone for this app. Allow this app to use the microphone in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the microphone, then try again.',
          },
          {
            by: 'app',
            text: 'Show short steps for the user’s operating system, and let the user join without audio meanwhile.',
          },
        ],
      },
    },
  },
  'microphone-produce-failed': {
    title: 'Microphone publish failed',
    userTitle: 'Microphone didn’t start',
    description: 'The microphone track was created but could not be published to the meeting.',
    userMessage:
      'Your microphone works, but we couldn’t send its audio to the meeting. Reload the page and join again.',
    causes: [
      'The SDK opened the microphone but couldn’t publish its audio to the meeting’s media server.',
      'The error message carries the underlying reason when there is one.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Reload the page and join again.',
      },
      {
        by: 'app',
        text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Your microphone works, but we couldn’t send its audio to the meeting. Leave the meeting and join again.',
        fixes: [
          {
            by: 'user',
            text: 'Leave the meeting and join again.',
          },
          {
            by: 'app',
            text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: 'Microphone track ended',
    userTitle: 'Microphone disconnected',
    description:
      'The microphone track has ended or the microphone is disconnected. Check your microphone connection and try again.',
    userMessage:
      'Your microphone stopped or was disconnected. Check that it’s connected, then turn it on again.',
    causes: [
      'The browser ended the microphone track, for example because the microphone was disconnected.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone is connected, then turn it on again.',
      },
      {
        by: 'app',
        text: 'Show the microphone as off, and let the user turn it on again or choose another microphone.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device ended the microphone track, for example because the microphone was disconnected.',
        ],
      },
    },
  },
  'no-microphone-device-found': {
    title: 'No microphone device found',
    userTitle: 'No microphone found',
    description:
      'No microphone found: we couldn’t find your microphone. Is it plugged in and turned on? If so, try restarting your computer or checking your device settings. Also make sure that you are on a secure website (https://).',
    userMessage:
      'We can’t find a microphone. Check that it’s plugged in and turned on, then reload the page.',
    causes: [
      'No microphone appears in the browser’s list of devices, so the SDK has none to use.',
      'As the message says, the microphone may be unplugged or turned off, or the page may not be on a secure website (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone is plugged in and turned on, then reload the page.',
      },
      {
        by: 'user',
        text: 'If it still isn’t found, check your device’s sound settings or restart your computer.',
      },
      {
        by: 'app',
        text: 'Serve the page over https://, and let the user join without audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'No microphone appears in the system’s list of devices, so the SDK has none to use.',
          'As the message says, the microphone may be unplugged or turned off.',
        ],
        userMessage:
          'We can’t find your microphone. Check that it’s connected and turned on, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Check that your microphone is connected and turned on, then try again.',
          },
          {
            by: 'user',
            text: 'If it still isn’t found, check your device’s sound settings or restart your device.',
          },
          {
            by: 'app',
            text: 'Let the user join without audio.',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: 'No supported video codec',
    userTitle: 'Video not supported',
    description: 'No supported video codec is available on this device.',
    userMessage:
      'Your browser can’t send video in this meeting. Update your browser, or try a different browser or device.',
    causes: [
      'The browser supports neither the requested video codec nor VP8, the fallback, for sending video.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Update your browser, or try a different browser or device.',
      },
      {
        by: 'app',
        text: 'Let the user join without video, and log the browser’s version to find which browsers are affected.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device supports neither the requested video codec nor VP8, the fallback, for sending video.',
        ],
        userMessage:
          'This device can’t send video in this meeting. Update the app, or try another device.',
        fixes: [
          {
            by: 'user',
            text: 'Update the app, or try another device.',
          },
          {
            by: 'app',
            text: 'Let the user join without video, and log the device model and OS version to find which devices are affected.',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: 'No camera device found',
    userTitle: 'No camera found',
    description:
      'No webcam found: we couldn’t find your camera. Is it plugged in and turned on? If so, try restarting your computer or checking your device settings. For help, see the troubleshooter at https://test.8x8.vc/ (a third-party page the SDK message links to). Also make sure that you are on a secure website (https://).',
    userMessage:
      'We can’t find a camera. Check that it’s plugged in and turned on, then reload the page.',
    causes: [
      'No camera appears in the browser’s list of devices, so the SDK has none to use.',
      'As the message says, the camera may be unplugged or turned off, or the page may not be on a secure website (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your camera is plugged in and turned on, then reload the page.',
      },
      {
        by: 'user',
        text: 'If it still isn’t found, check your device’s camera settings or restart your computer.',
      },
      {
        by: 'app',
        text: 'Serve the page over https://, and let the user join without video.',
      },
    ],
    variants: {
      app: {
        causes: [
          'No camera appears in the system’s list of devices, so the SDK has none to use.',
          'As the message says, the camera may be unplugged or turned off.',
        ],
        userMessage:
          'We can’t find your camera. Check that it’s connected and turned on, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Check that your camera is connected and turned on, then try again.',
          },
          {
            by: 'user',
            text: 'If it still isn’t found, check your device’s camera settings or restart your device.',
          },
          {
            by: 'app',
            text: 'Let the user join without video.',
          },
        ],
      },
    },
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Camera access denied (React Native)',
    userTitle: 'Camera access is off',
    description:
      'Camera access was denied or dismissed. To continue, grant access in the app settings.',
    userMessage:
      'This app can’t use your camera. Allow camera access for this app in your device’s Settings, then try again.',
    causes: [
      'The camera permission was denied or dismissed, so the operating system didn’t give the app the camera.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the camera before you ask, and open the app’s settings page when access is off.',
      },
      {
        by: 'app',
        text: 'Check that the app declares camera use: NSCameraUsageDescription on iOS and the CAMERA permission on Android.',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: 'Camera unavailable (React Native)',
    userTitle: 'Camera not available',
    description: 'Camera access is unavailable. Make sure your device is compatible.',
    userMessage: 'This app can’t use a camera on your device. Try joining from another device.',
    causes: [
      'The SDK’s media engine reports that it can’t send video on this device, so the camera can’t be used in the meeting.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try joining from another device.',
      },
      {
        by: 'app',
        text: 'Check the device model and operating system version in the app’s logs, and let the user join without video.',
      },
    ],
  },
  'rn-camera-not-found': {
    title: 'Camera not found (React Native)',
    userTitle: 'No camera found',
    description: 'Make sure your camera is connected and turned on.',
    userMessage:
      'This app can’t find a camera on your device. Check that the camera is turned on and not blocked, then try again.',
    causes: [
      'Creating the camera track failed with a DOMException, which the SDK reports as a missing camera.',
      'Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your camera is turned on and that no other app is using it, then try again.',
      },
      {
        by: 'app',
        text: 'Check the underlying error in the app’s logs, and let the user join without video.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Camera track ended (React Native)',
    userTitle: 'Camera stopped',
    description:
      'The camera track has ended. Make sure your camera is turned on, or try restarting it.',
    userMessage: 'Your camera stopped. Turn it on again, or close this app and open it again.',
    causes: [
      'The operating system ended the camera track. As the message suggests, the camera may have been turned off.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Turn your camera on again. If it still doesn’t work, close this app and open it again.',
      },
      {
        by: 'app',
        text: 'Show the camera as off, and let the user turn it on again.',
      },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: 'Microphone access denied (React Native)',
    userTitle: 'Microphone access is off',
    description:
      'Microphone access was denied or dismissed. To continue, grant access in the app settings.',
    userMessage:
      'This app can’t use your microphone. Allow microphone access for this app in your device’s Settings, then try again.',
    causes: [
      'The microphone permission was denied or dismissed, so the operating system didn’t give the app the microphone.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Open your device’s Settings, allow this app to use the microphone, then try again.',
      },
      {
        by: 'app',
        text: 'Explain why the app needs the microphone before you ask, and open the app’s settings page when access is off.',
      },
      {
        by: 'app',
        text: 'Check that the app declares microphone use: NSMicrophoneUsageDescription on iOS and the RECORD_AUDIO permission on Android.',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: 'Microphone unavailable (React Native)',
    userTitle: 'Microphone not available',
    description: 'Microphone access is unavailable. Make sure your device is compatible.',
    userMessage: 'This app can’t use a microphone on your device. Try joining from another device.',
    causes: [
      'The SDK’s media engine reports that it can’t send audio on this device, so the microphone can’t be used in the meeting.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try joining from another device.',
      },
      {
        by: 'app',
        text: 'Check the device model and operating system version in the app’s logs, and let the user join without audio.',
      },
    ],
  },
  'rn-mic-not-found': {
    title: 'Microphone not found (React Native)',
    userTitle: 'No microphone found',
    description: 'Make sure your microphone is connected and turned on.',
    userMessage:
      'This app can’t find a microphone on your device. Check that it’s connected and not blocked, then try again.',
    causes: [
      'Creating the microphone track failed with a DOMException, which the SDK reports as a missing microphone.',
      'Check the app’s logs for the underlying error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone or headset is connected and that no other app is using it, then try again.',
      },
      {
        by: 'app',
        text: 'Check the underlying error in the app’s logs, and let the user join without audio.',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: 'Microphone track ended (React Native)',
    userTitle: 'Microphone disconnected',
    description:
      'The microphone track has ended or the microphone is disconnected. Check your microphone connection and try again.',
    userMessage:
      'Your microphone stopped or was disconnected. Check that it’s connected, then turn it on again.',
    causes: [
      'The operating system ended the microphone track, for example because a headset was disconnected.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your microphone or headset is connected, then turn the microphone on again.',
      },
      {
        by: 'app',
        text: 'Show the microphone as off, and let the user turn it on again.',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: 'Setting webcam quality failed',
    userTitle: 'Couldn’t change video quality',
    description: 'Failed to set the webcam quality.',
    userMessage: 'We couldn’t change your video quality. You can keep using the meeting.',
    causes: [
      'The SDK couldn’t apply the requested quality to the camera video that it sends.',
      'The error message carries the reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the reason in the error message and the app’s logs.',
      },
      {
        by: 'app',
        text: 'Change the quality only while the camera is on and connected to the meeting.',
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
  'video-produce-codec-not-supported': {
    title: 'Video codec not supported for sending',
    userTitle: 'Video adjusted',
    description:
      'The provided codec is not supported for sending video on this device. Falling back to VP8.',
    userMessage: 'Your video was adjusted to work on this device. No action is needed.',
    causes: [
      'The browser can’t send video with the codec that the app asked for, so the SDK uses VP8 instead.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Ask for a codec that the browser supports, or for VP8, to avoid the fallback.',
      },
      {
        by: 'app',
        text: 'Check which codecs the browser can send with RTCRtpSender.getCapabilities() for video.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device can’t send video with the codec that the app asked for, so the SDK uses VP8 instead.',
        ],
        fixes: [
          {
            by: 'app',
            text: 'Ask for a codec that the device supports, or for VP8, to avoid the fallback.',
          },
          {
            by: 'app',
            text: 'Log the device model and OS version to find which devices lack the codec.',
          },
        ],
      },
    },
  },
  'video-source-initiation-failed': {
    title: 'Video source failed to start',
    userTitle: 'Camera didn’t start',
    description:
      'Unable to start the video source. Check the browser settings for video permissions.',
    userMessage:
      'Your camera couldn’t start. Check that your browser settings allow the camera, then reload the page.',
    causes: [
      'The browser couldn’t read from the camera: it reported a NotReadableError that isn’t the case of a camera in use.',
      'The message points to the browser’s camera settings. Check the app’s logs for the browser’s own error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your browser settings allow the camera for this page, then reload the page.',
      },
      {
        by: 'user',
        text: 'If it still doesn’t start, close other apps that use the camera and restart your browser.',
      },
      {
        by: 'app',
        text: 'Let the user join without video, and offer a retry button.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device couldn’t read from the camera: it reported a NotReadableError that isn’t the case of a camera in use.',
          'The message points to the device’s camera settings. Check the app’s logs for the platform’s own error.',
        ],
        userMessage:
          'Your camera couldn’t start. Check that this app is allowed to use the camera in your device’s Settings, then try again.',
        fixes: [
          {
            by: 'user',
            text: 'Open your device’s Settings, allow this app to use the camera, then try again.',
          },
          {
            by: 'user',
            text: 'Close other apps that use the camera, then try again.',
          },
          {
            by: 'app',
            text: 'Let the user join without video, and offer a retry button.',
          },
        ],
      },
    },
  },
  'video-track-creation-failed': {
    title: 'Video track not created',
    userTitle: 'Video couldn’t start',
    description: 'An error occurred, and the video track could not be created. Try again.',
    userMessage: 'Your video couldn’t start. Check your camera, then try again.',
    causes: [
      'The SDK could not create a video track from the camera.',
      'The message does not say why. Check the app’s logs for the underlying device error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your camera is connected and that no other app is using it, then try again.',
      },
      {
        by: 'app',
        text: 'Log the underlying error, and offer a retry button.',
      },
      {
        by: 'app',
        text: 'Let the participant stay in the meeting without video while the problem lasts.',
      },
    ],
  },
  'webcam-close-producer-failed': {
    title: 'Turning off the camera failed',
    userTitle: 'Couldn’t turn off camera',
    description: 'The camera could not be turned off. Try again.',
    userMessage: 'We couldn’t turn off your camera, so it’s still on. Try again.',
    causes: [
      'The meeting server didn’t confirm that it stopped receiving the camera, so the SDK leaves the camera on and unchanged.',
      'Check the error message and the app’s logs for the reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again.',
      },
      {
        by: 'app',
        text: 'Keep showing the camera as on, and let the user retry.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the connection to the meeting in the app’s logs.',
      },
    ],
  },
  'webcam-not-enabled': {
    title: 'Webcam not enabled',
    userTitle: 'Camera is off',
    description: 'The webcam is not enabled. Enable it before setting the quality.',
    userMessage: 'Your camera is off. Turn it on, then try again.',
    causes: [
      'The app tried to set the webcam quality, or to capture an image, while the camera is off.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Turn on your camera, then try again.',
      },
      {
        by: 'app',
        text: 'Check that the camera is on before you use setWebcamQuality() or captureImage(), and disable these controls while it is off.',
      },
    ],
  },
  'webcam-produce-failed': {
    title: 'Camera publish failed',
    userTitle: 'Camera didn’t start',
    description: 'The camera track was created but could not be published to the meeting.',
    userMessage:
      'Your camera works, but we couldn’t send its video to the meeting. Reload the page and join again.',
    causes: [
      'The SDK opened the camera but couldn’t publish its video to the meeting’s media server.',
      'The error message carries the underlying reason when there is one.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Reload the page and join again.',
      },
      {
        by: 'app',
        text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Your camera works, but we couldn’t send its video to the meeting. Leave the meeting and join again.',
        fixes: [
          {
            by: 'user',
            text: 'Leave the meeting and join again.',
          },
          {
            by: 'app',
            text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: 'Webcam track ended',
    userTitle: 'Camera disconnected',
    description:
      'The webcam track has ended or the webcam is disconnected. Make sure your webcam is properly connected, and try restarting it.',
    userMessage:
      'Your camera stopped or was disconnected. Check that it’s connected, then turn it on again.',
    causes: [
      'The browser ended the camera track, for example because the camera was disconnected.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check that your camera is connected, then turn it on again.',
      },
      {
        by: 'app',
        text: 'Show the camera as off, and let the user turn it on again or choose another camera.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device ended the camera track, for example because the camera was disconnected.',
        ],
      },
    },
  },
};
