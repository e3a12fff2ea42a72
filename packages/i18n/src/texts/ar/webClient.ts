import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
  'action-not-supported': {
    title: 'Action not supported here',
    userTitle: 'Action not available',
    description: 'This action is not supported here.',
    userMessage: 'This action isn’t available here. You can keep using the meeting.',
    causes: [
      'The app used a method on an object that doesn’t support it, for example setting the quality of the local participant’s own video, or pausing a stream that isn’t an active remote stream.',
      'The app asked for a camera or microphone permission check in a browser that can’t do it.',
      'The SDK rejects the method and doesn’t emit a meeting error. The error message names the method and the reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the method and the reason in the error message, and use the method only where it is supported.',
      },
      { by: 'app', text: 'Hide or disable the control where the action isn’t supported.' },
    ],
  },
  'action-not-supported-in-mode': {
    title: 'Action not supported in this mode',
    userTitle: 'Action not available',
    description: 'This action is not supported in the current meeting mode.',
    userMessage:
      'You can only watch and listen in this meeting right now, so this action isn’t available. You can keep following the meeting.',
    causes: [
      'The app tried to send media or data, for example turning on the camera or microphone, sharing the screen or sending a message, while the participant is in a mode that can’t send, such as RECV_ONLY or SIGNALLING_ONLY.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the participant’s mode before you turn on media, and hide the camera, microphone and screen sharing controls in modes that can’t send.',
      },
      {
        by: 'app',
        text: 'To let the participant send media, switch to SEND_AND_RECV mode with changeMode() first.',
      },
    ],
  },
  'already-in-requested-state': {
    title: 'Already in requested state',
    userTitle: 'Already done',
    description: 'The requested state is already active.',
    userMessage: 'This is already done. No action is needed.',
    causes: [
      'The app asked for a state that is already active, for example turning on a camera that is already on, joining twice, or leaving a meeting that was already left.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error. The error message names the resource.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the current state before you change it, and skip requests that change nothing.',
      },
      { by: 'app', text: 'Treat this rejection as a no-op, not as a failure to show to the user.' },
    ],
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
      { by: 'user', text: 'Check that your camera is connected and turned on, then try again.' },
      {
        by: 'user',
        text: 'If the camera still isn’t found, update its driver or restart your device, then reload the page.',
      },
      {
        by: 'app',
        text: 'Let the user join without video, and let the user choose another camera from the list of devices.',
      },
    ],
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Camera permission or autoplay issue',
    userTitle: 'Camera is blocked',
    description:
      'There seems to be an issue with the camera permission or with video autoplay. For details, see http://tinyurl.com/autoplay-issue.',
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
        text: 'See http://tinyurl.com/autoplay-issue for the SDK’s notes on this issue.',
      },
    ],
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
      { by: 'user', text: 'Wait a moment, then try again.' },
      {
        by: 'app',
        text: 'Check that the participant’s camera is on and its video is playing before you capture an image.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the reason in the error message and the app’s logs.',
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
      { by: 'app', text: 'Don’t stop a custom track while the meeting still uses it.' },
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
      { by: 'app', text: 'Don’t stop a custom track while the meeting still uses it.' },
    ],
  },
  'end-meeting-failed': {
    title: 'Ending the meeting failed',
    userTitle: 'Couldn’t end the meeting',
    description: 'Unable to end the meeting. Try again.',
    userMessage: 'We couldn’t end the meeting for everyone. Try again.',
    causes: [
      'The server rejected the request to end the meeting, or the request failed.',
      'The error message carries the server’s reason when it sent one, for example that this participant isn’t allowed to end the meeting.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a moment, then try again.' },
      { by: 'app', text: 'Check the server’s reason in the error message.' },
      {
        by: 'app',
        text: 'If the participant isn’t allowed to end the meeting, show this control only to participants who are.',
      },
    ],
  },
  'file-fetch-failed': {
    title: 'File fetch failed',
    userTitle: 'Couldn’t load the file',
    description: 'Unable to fetch the file. Try again.',
    userMessage: 'We couldn’t load the file. Check your internet connection, then try again.',
    causes: [
      'The HTTPS request that fetchBase64File() makes failed, or the server answered with an error status.',
      'The error message carries the HTTP status and the server’s text where one was returned.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      { by: 'app', text: 'Check the HTTP status and the server’s reason in the error message.' },
      {
        by: 'app',
        text: 'Check that the URL is one that uploadBase64File() returned, and that the token is valid and not expired.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'File upload failed',
    userTitle: 'Couldn’t upload the file',
    description: 'Unable to upload the file. Try again.',
    userMessage: 'We couldn’t upload the file. Check your internet connection, then try again.',
    causes: [
      'The HTTPS request that uploadBase64File() makes failed, the server answered with an error status, or the answer contained no file URL.',
      'The error message carries the HTTP status and the server’s text where one was returned.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      { by: 'app', text: 'Check the HTTP status and the server’s reason in the error message.' },
      {
        by: 'app',
        text: 'Check that the token is valid and not expired, and that the file data and file name are correct.',
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
      { by: 'user', text: 'Update your browser, or try a different browser or device.' },
      {
        by: 'app',
        text: 'Check that navigator.mediaDevices is available before you turn on the microphone, and serve the page over https://.',
      },
      { by: 'app', text: 'Let the user join without audio.' },
    ],
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
      { by: 'user', text: 'Update your browser, or try a different browser or device.' },
      {
        by: 'app',
        text: 'Check that the camera supports the requested resolution, and fall back to a lower one.',
      },
    ],
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
      { by: 'user', text: 'Choose another camera or microphone, then try again.' },
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
  'invalid-mode': {
    title: 'Invalid meeting mode',
    userTitle: 'Couldn’t change the setting',
    description: 'An invalid meeting mode was requested.',
    userMessage:
      'This app isn’t set up correctly for this action. Try again later, or contact {supportContact}.',
    causes: [
      'The app passed a mode to initMeeting() or changeMode() that isn’t one of the SDK’s modes, such as SEND_AND_RECV, RECV_ONLY or SIGNALLING_ONLY.',
      'The error message names the invalid value.',
    ],
    fixes: [
      { by: 'app', text: 'Check the value that the error message names, for example for a typo.' },
      {
        by: 'app',
        text: 'Use the constants in VideoSDK.Constants.modes instead of typed strings.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Missing or invalid parameter',
    userTitle: 'Something went wrong',
    description: 'The provided parameter is missing or invalid. Check the parameter and try again.',
    userMessage:
      'Something didn’t work as expected. Try again, or contact {supportContact} if it keeps happening.',
    causes: [
      'The app passed a missing or wrong value to an SDK method, for example an empty key, a message that isn’t a string, or an unknown event name.',
      'The SDK rejects the method and doesn’t emit a meeting error. The error message names the parameter.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the parameter that the error message names, and fix the value that the app passes.',
      },
      { by: 'app', text: 'Check user input before you pass it to the SDK.' },
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
      { by: 'user', text: 'Wait a moment, then try again.' },
      {
        by: 'app',
        text: 'Wait for the meeting-joined event, or for a mode change to finish, before you turn on media.',
      },
      { by: 'app', text: 'Retry after a short delay.' },
    ],
  },
  'media-not-ready': {
    title: 'Media connection not ready',
    userTitle: 'Connection not ready yet',
    description: 'The meeting’s media connection is not ready yet. Try again in a moment.',
    userMessage: 'The connection to the meeting isn’t ready yet. Try again in a moment.',
    causes: [
      'The app tried to send media or data before the media connection to the meeting was connected.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a moment, then try again.' },
      {
        by: 'app',
        text: 'Wait until the meeting is joined and its media connection is up, or retry after a short delay.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Media connection failed',
    userTitle: 'Connection problem',
    description:
      'Unable to establish a meeting or media connection. Check your network connection, firewall or security settings, then try again or connect using a different network.',
    userMessage:
      'We couldn’t connect your audio and video to the meeting. Check your internet connection, or try a different network.',
    causes: [
      'The media connection to the meeting’s media server failed, so audio and video can’t flow.',
      'As the message says, the network, a firewall or security settings can block this connection.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      {
        by: 'user',
        text: 'If you use a VPN or a work network, try a different network, such as a mobile hotspot.',
      },
      {
        by: 'app',
        text: 'The SDK tries to restart the connection after this error. Show that the meeting is reconnecting, and offer to rejoin if audio and video don’t come back.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'Meeting is reconnecting',
    userTitle: 'Meeting is reconnecting',
    description: 'The meeting is reconnecting. Try again once it has reconnected.',
    userMessage: 'The meeting is reconnecting. Try again when the connection is back.',
    causes: [
      'The connection to the meeting server dropped and the meeting is reconnecting, so the method can’t run now.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error. The app learns of the reconnection from the meeting state.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Follow the meeting state, and disable meeting controls while it is reconnecting.',
      },
      { by: 'app', text: 'Retry after the meeting is connected again.' },
    ],
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
      { by: 'user', text: 'Try again.' },
      { by: 'app', text: 'Keep showing the microphone as on, and let the user retry.' },
      {
        by: 'app',
        text: 'If it keeps failing, check the connection to the meeting in the app’s logs.',
      },
    ],
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
      { by: 'user', text: 'Reload the page and join again.' },
      {
        by: 'app',
        text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
      },
    ],
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
      { by: 'user', text: 'Check that your microphone is connected, then turn it on again.' },
      {
        by: 'app',
        text: 'Show the microphone as off, and let the user turn it on again or choose another microphone.',
      },
    ],
  },
  'multistream-not-supported': {
    title: 'Multistream not supported for codec',
    userTitle: 'Video quality limited',
    description: 'Multistream is not supported for this codec.',
    userMessage: 'Your video still works, but only at one quality level. No action is needed.',
    causes: [
      'The app asked for multistream with a codec that the SDK can’t use it with: VP9 or AV1, or H264 in React Native.',
      'The SDK turns multistream off and sends one video stream.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Use VP8 when you need multistream, or turn multistream off when you use VP9 or AV1.',
      },
    ],
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
      { by: 'app', text: 'Serve the page over https://, and let the user join without audio.' },
    ],
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
      { by: 'user', text: 'Update your browser, or try a different browser or device.' },
      {
        by: 'app',
        text: 'Let the user join without video, and log the browser’s version to find which browsers are affected.',
      },
    ],
  },
  'no-webcam-device-found': {
    title: 'No camera device found',
    userTitle: 'No camera found',
    description:
      'No webcam found: we couldn’t find your camera. Is it plugged in and turned on? If so, try restarting your computer or checking your device settings. For help, see the troubleshooter at https://test.8x8.vc/. Also make sure that you are on a secure website (https://).',
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
      { by: 'app', text: 'Serve the page over https://, and let the user join without video.' },
    ],
  },
  'operation-aborted': {
    title: 'Operation aborted',
    userTitle: 'Action stopped',
    description: 'The operation was stopped before it completed.',
    userMessage: 'This action stopped before it finished. Try again.',
    causes: [
      'In SDK 1.1.1 this happens to join() when the meeting is left or closed while the join is still running. The error message carries the leave reason.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error.',
    ],
    fixes: [
      { by: 'app', text: 'Check the leave reason in the error message.' },
      {
        by: 'app',
        text: 'Don’t leave the meeting while join() is still running, unless the user chose to cancel.',
      },
      { by: 'app', text: 'If the user didn’t cancel, offer to join again.' },
    ],
  },
  'operation-in-progress': {
    title: 'Operation already in progress',
    userTitle: 'Already in progress',
    description: 'The requested operation is already in progress.',
    userMessage: 'This is already in progress. No action is needed.',
    causes: [
      'The app started a request while the same or a conflicting request was still running, for example a second click on the camera button, or a change of mode.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error. The error message names the request.',
    ],
    fixes: [
      { by: 'app', text: 'Disable the control until the running request finishes.' },
      {
        by: 'app',
        text: 'Treat this rejection as a no-op, or retry after the running request completes.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Request timed out',
    userTitle: 'No response in time',
    description: 'The operation timed out. Check your connection and try again.',
    userMessage:
      'The meeting didn’t respond in time. Check your internet connection, then try again.',
    causes: [
      'A request to the meeting server got no answer in time, or the connection dropped before the answer arrived.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      {
        by: 'app',
        text: 'Retry once the meeting is connected, and check the app’s logs for connection problems.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Payload too large',
    userTitle: 'Too large to send',
    description: 'The payload exceeds the maximum allowed size.',
    userMessage: 'This is too large to send. Make it shorter, then try again.',
    causes: [
      'The data passed to meeting.send() is larger than 15 KiB, or a value for the realtime store is larger than 1 KB. The error message gives the size.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      { by: 'user', text: 'Make the message shorter, then try again.' },
      {
        by: 'app',
        text: 'Check the size before you send, and split large data into smaller messages.',
      },
      {
        by: 'app',
        text: 'For files, upload them with uploadBase64File() and send only the returned URL.',
      },
    ],
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
      { by: 'user', text: 'Try joining from another device.' },
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
      { by: 'app', text: 'Show the camera as off, and let the user turn it on again.' },
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
      { by: 'user', text: 'Try joining from another device.' },
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
      { by: 'app', text: 'Show the microphone as off, and let the user turn it on again.' },
    ],
  },
  'screenshare-close-producer-failed': {
    title: 'Stopping screen sharing failed',
    userTitle: 'Couldn’t stop screen sharing',
    description: 'Screen sharing could not be stopped. Try again.',
    userMessage: 'We couldn’t stop sharing your screen. Try again.',
    causes: [
      'The request to stop screen sharing failed.',
      'SDK 1.1.1 declares this code but doesn’t raise it yet, so check the error message and the app’s logs for the reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again. If your screen is still shared, use your browser’s own button to stop sharing.',
      },
      {
        by: 'app',
        text: 'Keep showing screen sharing as on until it has stopped, and let the user retry.',
      },
    ],
  },
  'screenshare-produce-failed': {
    title: 'Starting screen sharing failed',
    userTitle: 'Screen sharing didn’t start',
    description: 'Failed to start screen sharing.',
    userMessage: 'We couldn’t start screen sharing. Try again.',
    causes: [
      'The SDK couldn’t publish the shared screen to the meeting, or the shared screen stopped before screen sharing finished starting.',
      'The error message carries the reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Share your screen again, and keep the sharing open until it has started.',
      },
      {
        by: 'app',
        text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
      },
    ],
  },
  'send-failed': {
    title: 'Sending data failed',
    userTitle: 'Message not sent',
    description: 'Unable to send the message. Try again.',
    userMessage: 'We couldn’t send your message. Try again.',
    causes: [
      'Sending data to the meeting with meeting.send() failed.',
      'The error message carries the reason.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      {
        by: 'app',
        text: 'Check the reason in the error message, and use the RELIABLE mode for messages that must arrive.',
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
      { by: 'app', text: 'Check the reason in the error message and the app’s logs.' },
      {
        by: 'app',
        text: 'Change the quality only while the camera is on and connected to the meeting.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Video codec not supported',
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
      { by: 'app', text: 'Let the user join without video, and offer a retry button.' },
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
      { by: 'user', text: 'Try again.' },
      { by: 'app', text: 'Keep showing the camera as on, and let the user retry.' },
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
      { by: 'user', text: 'Turn on your camera, then try again.' },
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
      { by: 'user', text: 'Reload the page and join again.' },
      {
        by: 'app',
        text: 'Check the reason in the error message and the state of the media connection in the app’s logs.',
      },
    ],
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
      { by: 'user', text: 'Check that your camera is connected, then turn it on again.' },
      {
        by: 'app',
        text: 'Show the camera as off, and let the user turn it on again or choose another camera.',
      },
    ],
  },
};
