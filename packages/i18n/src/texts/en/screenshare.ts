import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
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
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Try again. If your screen is still shared, leave the meeting to stop sharing.',
          },
          {
            by: 'app',
            text: 'Keep showing screen sharing as on until it has stopped, and let the user retry.',
          },
        ],
      },
    },
  },
  'screenshare-not-supported': {
    title: 'Screen sharing not supported',
    userTitle: 'Can’t share your screen',
    description:
      'Screen sharing is not supported on this browser or device: the screen sharing stream could not be created. Make sure the device or browser is compatible.',
    userMessage:
      'Screen sharing isn’t available in this browser or on this device. Try another browser on a computer.',
    causes: [
      'The browser or device cannot capture the screen. Most mobile browsers, for example, do not support screen sharing.',
      'In an app, check that screen sharing is set up for that platform as the SDK’s screen sharing guide describes.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try another browser on a computer.',
      },
      {
        by: 'app',
        text: 'Check for screen sharing support (navigator.mediaDevices.getDisplayMedia) and hide the share button where it is missing.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The device cannot capture the screen.',
          'In an app, check that screen sharing is set up for that platform as the SDK’s screen sharing guide describes.',
        ],
        userMessage:
          'Screen sharing isn’t available on this device. Try another device, or continue without sharing your screen.',
        fixes: [
          {
            by: 'user',
            text: 'Try another device, or continue in the meeting without sharing your screen.',
          },
          {
            by: 'app',
            text: 'Check that screen sharing is set up for each platform the app supports, as the SDK’s screen sharing guide describes.',
          },
          {
            by: 'app',
            text: 'Hide the share button on devices that cannot share the screen.',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: 'Screen sharing permission denied',
    userTitle: 'Screen sharing not allowed',
    description:
      'Permission to share the screen was denied. To share your screen, try again and grant the required permissions.',
    userMessage: 'Screen sharing needs your permission. Try again, and allow it when asked.',
    causes: [
      'The user cancelled or denied the prompt to share the screen.',
      'On some computers, the operating system also blocks screen recording for the browser or app until it is allowed in the privacy settings.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again, and choose a screen, window or tab to share when asked.',
      },
      {
        by: 'user',
        text: 'If you aren’t asked, allow screen recording for this browser in your device’s privacy settings.',
      },
      {
        by: 'app',
        text: 'Treat a cancelled prompt as a normal choice, and let the user try again.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Try again, and allow screen sharing when your device asks.',
          },
          {
            by: 'user',
            text: 'If you aren’t asked, allow screen recording for this app in your device’s Settings.',
          },
          {
            by: 'app',
            text: 'Treat a cancelled prompt as a normal choice, and let the user try again.',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: 'Try again. If it keeps happening, contact {supportContact}.',
      },
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
      {
        by: 'user',
        text: 'Try again. When your device asks to share your screen, allow it.',
      },
      {
        by: 'app',
        text: 'Show that screen sharing did not start, and offer a retry button.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called enableScreenShare, and the screen sharing setup for Android and iOS in VideoSDK’s Flutter guide.',
      },
    ],
  },
};
