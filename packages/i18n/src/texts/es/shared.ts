import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
  'account-deactivated': {
    title: 'Account deactivated',
    userTitle: 'Meetings not available',
    description:
      'The account appears to have been deactivated by VideoSDK. Contact VideoSDK support at support@videosdk.live.',
    userMessage: 'Meetings aren’t available in this app right now. Contact {supportContact}.',
    causes: [
      'VideoSDK deactivated the account that owns the API key. The message does not give the reason.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Sign in to the VideoSDK dashboard and check the status of the account.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live to learn why the account was deactivated and how to restore it.',
      },
      {
        by: 'app',
        text: 'Until the account is active again, show end users a clear message and a contact for help.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Account discontinued',
    userTitle: 'Meetings not available',
    description:
      'The account has been discontinued. The server sends a specific message with the details. Contact support for more details.',
    userMessage: 'Meetings aren’t available in this app right now. Contact {supportContact}.',
    causes: [
      'The account that owns the API key has been discontinued.',
      'Check the server’s reason in the error message: the server sends the specific details with this error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Log the server’s message that comes with this error, because it gives the specific reason.',
      },
      {
        by: 'dashboard',
        text: 'Check the status and plan of the account in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live with the server’s message for more details.',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Action before joining',
    userTitle: 'Not in the meeting yet',
    description:
      'Something went wrong. The meeting was still connecting when an action was attempted, and the action failed. Try again after joining the meeting.',
    userMessage: 'You aren’t in the meeting yet. Wait until you have joined, then try again.',
    causes: [
      'The app called a meeting action while the meeting was still connecting, before the join had finished.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Wait until the SDK reports that the meeting was joined before calling meeting actions, or queue the actions until then.',
      },
      {
        by: 'app',
        text: 'Disable the meeting controls in the interface until the participant has joined.',
      },
      { by: 'user', text: 'Wait until you have joined the meeting, then try again.' },
    ],
  },
  'add-on-services-disabled': {
    title: 'Add-on services disabled',
    userTitle: 'Feature not available',
    description:
      'Add-on services are disabled for the account. Contact VideoSDK support at support@videosdk.live.',
    userMessage: 'This feature isn’t available in this app right now. Contact {supportContact}.',
    causes: [
      'Add-on services are turned off for the account that owns the API key, so the server refused the requested feature.',
      'The message does not name the feature. Check which feature the app requested when the error arrived.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the add-ons and the plan of the account in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live to turn on add-on services for the account.',
      },
      {
        by: 'app',
        text: 'Hide or disable the feature in the app until add-on services are available.',
      },
    ],
  },
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
      { by: 'app', text: 'Let the user join without video meanwhile.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Let the user join without video meanwhile.' },
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
      { by: 'app', text: 'Let the user join without video meanwhile.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Let the user join without video meanwhile.' },
        ],
      },
    },
  },
  'camera-in-use': {
    title: 'Camera in use',
    userTitle: 'Camera is busy',
    description:
      'The camera is being used by another application. Close any programs that use the camera, such as video conferencing tools, screen recording software or other browsers, restart the browser and try again.',
    userMessage: 'Another app or browser tab is using your camera. Close it, then try again.',
    causes: [
      'Another application or browser tab holds the camera, and the operating system lets only one use it at a time.',
    ],
    fixes: [
      { by: 'user', text: 'Close other apps or browser tabs that use the camera, then try again.' },
      { by: 'app', text: 'Offer a retry button, and let the user join without video meanwhile.' },
    ],
    variants: {
      flutter: {
        userMessage: 'Another app is using your camera. Close it, then try again.',
        fixes: [
          { by: 'user', text: 'Close other apps that use the camera, then try again.' },
          {
            by: 'app',
            text: 'Offer a retry button, and let the user join without video meanwhile.',
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
      flutter: {
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
  'duplicate-participant': {
    title: 'Joined from another device',
    userTitle: 'Meeting open elsewhere',
    description: 'Leaving the meeting because the same participant ID joined from another device.',
    userMessage:
      'You joined this meeting from another device or browser tab, so this tab left the meeting.',
    causes: [
      'A second connection joined the meeting with the same participant ID, so the server removed this one.',
      'This also happens when the app gives the same participant ID to two different people.',
    ],
    fixes: [
      { by: 'user', text: 'Continue in the meeting on your other device or browser tab.' },
      {
        by: 'app',
        text: 'Give every person a unique participant ID, for example the user’s account ID.',
      },
      {
        by: 'app',
        text: 'Tell the user that the meeting continues elsewhere, instead of showing a generic error.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'You joined this meeting from another device, so this device left the meeting.',
        fixes: [
          { by: 'user', text: 'Continue in the meeting on your other device.' },
          {
            by: 'app',
            text: 'Give every person a unique participant ID, for example the user’s account ID.',
          },
          {
            by: 'app',
            text: 'Tell the user that the meeting continues elsewhere, instead of showing a generic error.',
          },
        ],
      },
    },
  },
  'hls-duration-limit-reached': {
    title: 'HLS broadcast time limit reached',
    userTitle: 'Broadcast time limit reached',
    description:
      'The system stopped the HLS broadcast automatically because it reached the maximum duration of 2 hours for a single HLS broadcast.',
    userMessage:
      'The broadcast to viewers stopped because it reached its 2-hour limit. The meeting continues, and you can start a new broadcast.',
    causes: [
      'A single HLS broadcast can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Listen for this warning, and offer to start a new HLS broadcast.',
      },
      {
        by: 'app',
        text: 'Plan long events as several HLS broadcasts of up to 2 hours each.',
      },
    ],
  },
  'hls-failed': {
    title: 'HLS broadcast stopped',
    userTitle: 'Broadcast stopped',
    description: 'The HLS broadcast stopped due to an unknown error.',
    userMessage: 'The broadcast to viewers stopped unexpectedly. You can start it again.',
    causes: [
      'The HLS broadcast failed on the server, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'app', text: 'Offer to start the HLS broadcast again.' },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its HLS broadcast in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'invalid-api-key': {
    title: 'Invalid API key',
    userTitle: 'Can’t join right now',
    description:
      'The API key (apikey) in the token is empty or invalid. Verify it in the dashboard.',
    userMessage:
      'This app isn’t set up correctly, so you can’t join the meeting right now. Contact {supportContact}.',
    causes: [
      'The apikey value in the token is missing or wrong, or it names an API key that was deleted or turned off.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'In the VideoSDK dashboard, check that the API key exists and is active.',
      },
      {
        by: 'app',
        text: 'On the token server, put that API key in the apikey field, and sign the token with the secret of the same API key.',
      },
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its apikey value.',
      },
    ],
  },
  'invalid-livestream-config': {
    title: 'Invalid livestream settings',
    userTitle: 'Livestream settings not valid',
    description: 'The livestream outputs configuration is invalid.',
    userMessage:
      'The livestream settings aren’t valid. Check the livestream address and stream key, then try again.',
    causes: [
      'The outputs passed when starting the livestream are invalid. Each output needs an RTMP URL and a stream key.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check each entry of outputs: it needs the RTMP URL and the stream key of the target platform.',
      },
      {
        by: 'app',
        text: 'Check the values before starting the livestream, and show the user which value is wrong.',
      },
      {
        by: 'user',
        text: 'Copy the livestream address and stream key again from the platform you livestream to, such as YouTube, then try again.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'Invalid meeting ID',
    userTitle: 'Meeting not found',
    description:
      'The meeting ID is empty or invalid. Verify it, or create a new meeting ID with the API.',
    userMessage:
      'This meeting can’t be found. Check the meeting link, or ask the host for a new one.',
    causes: [
      'The meeting ID passed when joining is empty or isn’t a valid VideoSDK meeting ID.',
      'Check where the app gets the meeting ID, for example the meeting link or the app’s server.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Create meetings with the VideoSDK API, and pass the returned meeting ID unchanged to the join method.',
      },
      {
        by: 'app',
        text: 'Log the meeting ID that the app uses when joining, and check that it isn’t empty or cut off.',
      },
      { by: 'user', text: 'Check the meeting link, or ask the host for a new one.' },
    ],
  },
  'invalid-participant-id': {
    title: 'Invalid participant ID',
    userTitle: 'Can’t join right now',
    description: 'The participant ID is empty or invalid. It must not contain any whitespace.',
    userMessage:
      'This app couldn’t identify you for this meeting, so you can’t join right now. Contact {supportContact}.',
    causes: [
      'The participant ID passed when joining is empty or contains whitespace, for example a display name with spaces.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass a participant ID without spaces, tabs or line breaks, such as a user ID.',
      },
      {
        by: 'app',
        text: 'Check the value before joining: make sure it isn’t empty, and remove any whitespace.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Invalid token permissions',
    userTitle: 'Can’t join right now',
    description:
      'The permissions in the token are invalid. Do not combine allow_join or allow_mod with ask_join.',
    userMessage:
      'This app isn’t set up correctly, so you can’t join the meeting right now. Contact {supportContact}.',
    causes: [
      'The permissions list in the token combines ask_join with allow_join or allow_mod, or is invalid in another way.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'On the token server, use either ask_join (the participant asks to join) or allow_join, optionally with allow_mod. Never combine ask_join with the other two.',
      },
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its permissions list.',
      },
    ],
  },
  'invalid-token': {
    title: 'Invalid token',
    userTitle: 'Access not valid',
    description: 'The token is empty or invalid, or it might have expired.',
    userMessage: 'Your access to this meeting has expired or isn’t valid. Join the meeting again.',
    causes: [
      'The token is missing, is not a valid token signed with the secret of the API key, or its expiry time has passed.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Get a fresh token from the token server right before each join, instead of storing an old one.',
      },
      {
        by: 'app',
        text: 'Check that the token server signs with the secret of the API key named in the token, and check the token’s expiry time.',
      },
      { by: 'user', text: 'Join the meeting again.' },
    ],
    variants: {
      web: {
        userMessage:
          'Your access to this meeting has expired or isn’t valid. Reload the page, then join the meeting again.',
        fixes: [
          {
            by: 'app',
            text: 'Get a fresh token from the token server right before each join, instead of storing an old one.',
          },
          {
            by: 'app',
            text: 'Check that the token server signs with the secret of the API key named in the token, and check the token’s expiry time.',
          },
          { by: 'user', text: 'Reload the page, then join the meeting again.' },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Livestream time limit reached',
    userTitle: 'Livestream time limit reached',
    description:
      'The system stopped the livestream automatically because it reached the maximum duration of 2 hours for a single RTMP livestream.',
    userMessage:
      'The livestream stopped because it reached its 2-hour limit. The meeting continues, and you can start a new livestream.',
    causes: [
      'A single RTMP livestream can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      { by: 'app', text: 'Listen for this warning, and offer to start a new livestream.' },
      { by: 'app', text: 'Plan long events as several livestreams of up to 2 hours each.' },
    ],
  },
  'livestream-failed': {
    title: 'Livestream stopped',
    userTitle: 'Livestream stopped',
    description: 'The livestream stopped due to an unknown error.',
    userMessage: 'The livestream stopped unexpectedly. You can start it again.',
    causes: [
      'The livestream failed, and the message does not give the reason.',
      'Check the app’s logs, and check whether the target platform, such as YouTube, reported an error on its side.',
    ],
    fixes: [
      { by: 'app', text: 'Offer to start the livestream again.' },
      {
        by: 'app',
        text: 'Check the live dashboard of the target platform for errors, for example a stream key that is no longer valid.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Organization HLS broadcast limit reached',
    userTitle: 'Broadcast not available',
    description:
      'The organization has reached its maximum number of HLS broadcasts. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'The broadcast to viewers can’t start right now because a limit was reached. Try again later.',
    causes: [
      'The organization reached the maximum number of HLS broadcasts that its account allows.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the HLS broadcast limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Stop HLS broadcasts that are no longer needed, then try again.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Organization livestream limit reached',
    userTitle: 'Livestream not available',
    description:
      'The organization has reached its maximum number of livestreams. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'The livestream can’t start right now because a limit was reached. Try again later.',
    causes: ['The organization reached the maximum number of livestreams that its account allows.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the livestream limit and usage of the organization in the VideoSDK dashboard.',
      },
      { by: 'app', text: 'Stop livestreams that are no longer needed, then try again.' },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Meeting is full',
    userTitle: 'Meeting is full',
    description:
      'The meeting has reached its maximum number of participants. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'This meeting is full, so you can’t join right now. Try again later, or ask the host for help.',
    causes: ['The number of participants in the meeting reached the limit of the account.'],
    fixes: [
      { by: 'user', text: 'Try again later, or ask the host for help.' },
      {
        by: 'app',
        text: 'Tell the user that the meeting is full, and offer to try again later.',
      },
      {
        by: 'dashboard',
        text: 'Check the participant limit of the account’s plan in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Organization recording limit reached',
    userTitle: 'Recording not available',
    description:
      'The organization has reached its maximum number of recordings. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'Recording can’t start right now because a limit was reached. Try again later.',
    causes: ['The organization reached the maximum number of recordings that its account allows.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the recording limit and usage of the organization in the VideoSDK dashboard.',
      },
      { by: 'app', text: 'Stop recordings that are no longer needed, then try again.' },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Organization speaker limit reached',
    userTitle: 'Too many speakers',
    description:
      'The organization has reached its maximum number of speakers. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'You can’t join right now because the speaker limit was reached. Try again later.',
    causes: [
      'Across the organization, the number of participants who joined as speakers reached the limit of the account.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the speaker limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Let participants who only watch join as viewers instead of speakers.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Meeting speaker limit reached',
    userTitle: 'Speaker limit reached',
    description:
      'The meeting has reached its maximum number of speakers. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'This meeting has reached its speaker limit, so you can’t join right now. Try again later, or ask the host for help.',
    causes: ['The number of speakers in the meeting reached the limit of the account.'],
    fixes: [
      { by: 'user', text: 'Try again later, or ask the host for help.' },
      {
        by: 'app',
        text: 'Let participants who only watch join as viewers instead of speakers.',
      },
      {
        by: 'dashboard',
        text: 'Check the speaker limit of the account’s plan in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Organization viewer limit reached',
    userTitle: 'Too many viewers',
    description:
      'The organization has reached its maximum number of viewers, that is, participants who join in VIEWER or SIGNALING_ONLY mode. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'You can’t join right now because the viewer limit was reached. Try again later.',
    causes: [
      'Across the organization, the number of participants who joined in VIEWER or SIGNALING_ONLY mode reached the limit of the account.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the viewer limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Tell the user that the meeting can’t take more viewers now, and offer to try again later.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
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
      { by: 'app', text: 'Let the user join without audio meanwhile.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Let the user join without audio meanwhile.' },
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
      { by: 'app', text: 'Let the user join without audio meanwhile.' },
    ],
    variants: {
      flutter: {
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
          { by: 'app', text: 'Let the user join without audio meanwhile.' },
        ],
      },
    },
  },
  'microphone-in-use': {
    title: 'Microphone in use',
    userTitle: 'Microphone is busy',
    description:
      'The microphone is being used by another application. Close any programs that use the microphone, such as video conferencing tools, screen recording software or other browsers, restart the browser and try again.',
    userMessage: 'Another app or browser tab is using your microphone. Close it, then try again.',
    causes: [
      'Another application or browser tab holds the microphone, and the operating system lets only one use it at a time.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Close other apps or browser tabs that use the microphone, then try again.',
      },
      { by: 'app', text: 'Offer a retry button, and let the user join without audio meanwhile.' },
    ],
    variants: {
      flutter: {
        userMessage: 'Another app is using your microphone. Close it, then try again.',
        fixes: [
          { by: 'user', text: 'Close other apps that use the microphone, then try again.' },
          {
            by: 'app',
            text: 'Offer a retry button, and let the user join without audio meanwhile.',
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
      flutter: {
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
  'prev-hls-streaming-processing': {
    title: 'Previous HLS broadcast still processing',
    userTitle: 'Broadcast still processing',
    description: 'The previous HLS broadcast is still being processed. Try again in a few seconds.',
    userMessage: 'The last broadcast is still being processed. Try again in a few seconds.',
    causes: [
      'A new HLS broadcast was requested while the server was still processing the previous one.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Try the start again automatically after a few seconds, with a limit on the number of retries.',
      },
    ],
  },
  'prev-recording-processing': {
    title: 'Previous recording still processing',
    userTitle: 'Recording still being saved',
    description: 'The previous recording is still being processed. Try again in a few seconds.',
    userMessage: 'The last recording is still being saved. Try again in a few seconds.',
    causes: [
      'A new recording was requested while the server was still processing the previous one.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Try the start again automatically after a few seconds, with a limit on the number of retries.',
      },
    ],
  },
  'prev-rtmp-recording-processing': {
    title: 'Previous livestream still processing',
    userTitle: 'Livestream still processing',
    description:
      'The previous RTMP livestream is still being processed. Try again in a few seconds.',
    userMessage: 'The last livestream is still being processed. Try again in a few seconds.',
    causes: [
      'A new livestream was requested while the server was still processing the previous RTMP livestream. The message calls it an RTMP recording.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Try the start again automatically after a few seconds, with a limit on the number of retries.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Recording time limit reached',
    userTitle: 'Recording time limit reached',
    description:
      'The system stopped the recording automatically because it reached the maximum duration of 2 hours for a single recording.',
    userMessage:
      'Recording stopped because it reached its 2-hour limit. The meeting continues, and you can start a new recording.',
    causes: [
      'A single recording can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      { by: 'app', text: 'Listen for this warning, and offer to start a new recording.' },
      { by: 'app', text: 'Plan long meetings as several recordings of up to 2 hours each.' },
    ],
  },
  'recording-failed': {
    title: 'Recording stopped',
    userTitle: 'Recording stopped',
    description: 'The recording stopped due to an unknown error.',
    userMessage: 'Recording stopped unexpectedly. You can start it again.',
    causes: [
      'The recording failed on the server, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'app', text: 'Offer to start the recording again.' },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its recordings in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
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
      { by: 'user', text: 'Try another browser on a computer.' },
      {
        by: 'app',
        text: 'Check for screen sharing support (navigator.mediaDevices.getDisplayMedia) and hide the share button where it is missing.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
        fixes: [
          { by: 'user', text: 'Try again, and allow screen sharing when your device asks.' },
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
  'start-hls-failed': {
    title: 'HLS broadcast did not start',
    userTitle: 'Broadcast didn’t start',
    description: 'The request to start the HLS broadcast failed due to an unknown error.',
    userMessage: 'The broadcast to viewers didn’t start. Try again.',
    causes: [
      'The server could not start the HLS broadcast, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      { by: 'app', text: 'Offer a retry button, and log the details of the failed request.' },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-livestream-failed': {
    title: 'Livestream did not start',
    userTitle: 'Livestream didn’t start',
    description: 'The request to start the livestream failed due to an unknown error.',
    userMessage: 'The livestream didn’t start. Try again.',
    causes: [
      'The server could not start the livestream, and the message does not give the reason.',
      'Check the app’s logs, and check that the RTMP URL and stream key of each output are still valid.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      { by: 'app', text: 'Offer a retry button, and log the details of the failed request.' },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'Participant recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording the participant failed due to an unknown error.',
    userMessage: 'Recording of this participant didn’t start. Try again.',
    causes: [
      'The server could not start the participant recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Check that the participant is still in the meeting, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'Recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording failed due to an unknown error.',
    userMessage: 'Recording didn’t start. Try again.',
    causes: [
      'The server could not start the recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      { by: 'app', text: 'Offer a retry button, and log the details of the failed request.' },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'Track recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording the track failed due to an unknown error.',
    userMessage: 'Recording of this audio or video didn’t start. Try again.',
    causes: [
      'The server could not start recording the audio or video track, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Check that the track is still being sent, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-transcription-failed': {
    title: 'Transcription did not start',
    userTitle: 'Transcription didn’t start',
    description: 'The request to start transcription failed due to an unknown error.',
    userMessage: 'Transcription didn’t start. Try again.',
    causes: [
      'The server could not start transcription, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      { by: 'app', text: 'Offer a retry button, and log the details of the failed request.' },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'HLS broadcast did not stop',
    userTitle: 'Broadcast didn’t stop',
    description: 'The request to stop the HLS broadcast failed due to an unknown error.',
    userMessage: 'The broadcast to viewers didn’t stop. Try again.',
    causes: [
      'The server could not stop the HLS broadcast, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the HLS broadcast is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-livestream-failed': {
    title: 'Livestream did not stop',
    userTitle: 'Livestream didn’t stop',
    description: 'The request to stop the livestream failed due to an unknown error.',
    userMessage: 'The livestream didn’t stop. Try again.',
    causes: [
      'The server could not stop the livestream, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the livestream is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'Participant recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording the participant failed due to an unknown error.',
    userMessage: 'Recording of this participant didn’t stop. Try again.',
    causes: [
      'The server could not stop the participant recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the participant recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'Recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording failed due to an unknown error.',
    userMessage: 'Recording didn’t stop. Try again.',
    causes: [
      'The server could not stop the recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'Track recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording the track failed due to an unknown error.',
    userMessage: 'Recording of this audio or video didn’t stop. Try again.',
    causes: [
      'The server could not stop recording the audio or video track, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the track recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-transcription-failed': {
    title: 'Transcription did not stop',
    userTitle: 'Transcription didn’t stop',
    description: 'The request to stop transcription failed due to an unknown error.',
    userMessage: 'Transcription didn’t stop. Try again.',
    causes: [
      'The server could not stop transcription, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'user', text: 'Wait a few seconds, then try again.' },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether transcription is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcription stopped',
    userTitle: 'Transcription stopped',
    description: 'Transcription stopped due to an unknown error.',
    userMessage: 'Transcription stopped unexpectedly. You can start it again.',
    causes: [
      'Transcription failed on the server, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      { by: 'app', text: 'Offer to start transcription again.' },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its transcription in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Could not join the meeting',
    userTitle: 'Couldn’t join the meeting',
    description: 'Something went wrong, and the meeting could not be joined. Try again.',
    userMessage:
      'We couldn’t connect you to the meeting. Check your internet connection, then try again.',
    causes: [
      'Joining the meeting failed, and the message does not give the reason.',
      'Check the app’s logs and the state of the network at the time of the error.',
    ],
    fixes: [
      { by: 'user', text: 'Check your internet connection, then try again.' },
      { by: 'app', text: 'Offer a retry button, and log the details of the failed join.' },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'unauthorized-meeting-id': {
    title: 'Token not valid for this meeting',
    userTitle: 'No access to this meeting',
    description: 'The token is not valid for the given meeting ID.',
    userMessage:
      'Your invitation isn’t valid for this meeting. Check the meeting link, or ask the host for a new invitation.',
    causes: [
      'The token was created for a different meeting: its roomId value does not match the meeting ID used to join.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Create the token for the meeting being joined: set roomId to that meeting ID, or leave roomId out.',
      },
      {
        by: 'app',
        text: 'Check that the app passes the same meeting ID to the token server and to the join method.',
      },
      {
        by: 'user',
        text: 'Check the meeting link, or ask the host for a new invitation.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token not valid for this participant',
    userTitle: 'Invitation doesn’t match',
    description: 'The token is not valid for the given participant ID.',
    userMessage:
      'Your invitation doesn’t match your account. Join the meeting again, or contact {supportContact}.',
    causes: [
      'The token was created for a different participant: its participantId value does not match the participant ID used to join.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass the same participant ID to the token server and to the join method.',
      },
      {
        by: 'app',
        text: 'If the token does not need to be tied to one participant, leave participantId out of it.',
      },
      { by: 'user', text: 'Join the meeting again.' },
    ],
    variants: {
      web: {
        userMessage:
          'Your invitation doesn’t match your account. Reload the page and join again, or contact {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Pass the same participant ID to the token server and to the join method.',
          },
          {
            by: 'app',
            text: 'If the token does not need to be tied to one participant, leave participantId out of it.',
          },
          { by: 'user', text: 'Reload the page, then join the meeting again.' },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Request not allowed',
    userTitle: 'Can’t join right now',
    description: 'The request does not match the security configuration.',
    userMessage:
      'The meeting service didn’t accept this request for security reasons. Contact {supportContact}.',
    causes: [
      'The request did not match the security settings of the account, so the server refused it.',
      'The message does not say which setting. Check the server’s reason in the error message and the app’s logs.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the access settings of the API key in the VideoSDK dashboard, such as the list of allowed domains.',
      },
      {
        by: 'app',
        text: 'Compare the request with those settings, for example the domain the app runs on and the contents of the token.',
      },
      {
        by: 'support',
        text: 'If the settings look right, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Role not allowed',
    userTitle: 'Can’t join this meeting',
    description: 'The role in the token is not valid for joining the meeting.',
    userMessage: 'Your access doesn’t allow you to join this meeting. Contact {supportContact}.',
    causes: [
      'The roles in the token do not include one that allows joining a meeting, for example in a token made only for server API calls.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its roles value.',
      },
      {
        by: 'app',
        text: 'Create join tokens with the role that allows joining meetings, as VideoSDK’s token documentation describes.',
      },
    ],
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
      { by: 'app', text: 'Log the underlying error, and offer a retry button.' },
      {
        by: 'app',
        text: 'Let the participant stay in the meeting without video while the problem lasts.',
      },
    ],
  },
};
