import type { LocaleMessages } from '../types.js';

/** English, the source every other locale translates. */
export const messages: LocaleMessages = {
  locale: 'en',
  unknown: {
    title: 'Unknown error',
    description:
      'The SDK reported error code {code}, which this catalog does not know yet. A newer SDK version may have added it.',
    userMessage:
      'Something went wrong (error {code}). Please try again. If it keeps happening, contact support.',
  },
  codes: {
    3001: {
      title: 'Custom video track ended',
      description:
        'The provided custom video track has been disposed of and is now in an ended state. The SDK reverted to the default video track.',
      userMessage: 'Your video switched back to the default camera. You can keep going.',
    },
    3002: {
      title: 'Custom audio track ended',
      description:
        'The provided custom audio track has been disposed of and is now in an ended state. The SDK reverted to the default audio track.',
      userMessage: 'Your audio switched back to the default microphone. You can keep going.',
    },
    3003: {
      title: 'Camera in use',
      description:
        'The camera is being used by another application. Close any programs using the camera, such as video conferencing tools, screen recording software or other browsers, then restart the browser and try again.',
      userMessage:
        'Your camera is busy in another app. Close other video or recording apps, restart your browser and try again.',
    },
    3004: {
      title: 'Microphone in use',
      description:
        'The microphone is being used by another application. Close any programs using the microphone, such as video conferencing tools, screen recording software or other browsers, then restart the browser and try again.',
      userMessage:
        'Your microphone is busy in another app. Close other call or recording apps, restart your browser and try again.',
    },
    3005: {
      title: 'Camera unavailable',
      description:
        'Camera access is unavailable. Make sure the device is compatible and the page is served over a secure connection (https://).',
      userMessage:
        'We can’t reach your camera. Check that your device has one that works and that the page address starts with https://.',
    },
    3006: {
      title: 'Microphone unavailable',
      description:
        'Microphone access is unavailable. Make sure the device is compatible and the page is served over a secure connection (https://).',
      userMessage:
        'We can’t reach your microphone. Check that your device has one that works and that the page address starts with https://.',
    },
    3007: {
      title: 'Camera access denied',
      description:
        'Camera access was denied or dismissed. Grant access manually in the device or browser settings to proceed.',
      userMessage: 'Camera access is off. Allow the camera in your browser or device settings.',
    },
    3008: {
      title: 'Microphone access denied',
      description:
        'Microphone access was denied or dismissed. Grant access in the device or browser settings to proceed.',
      userMessage:
        'Microphone access is off. Allow the microphone in your browser or device settings.',
    },
    3009: {
      title: 'Camera blocked by the system',
      description:
        'The operating system’s settings deny camera permission. Check the system settings and grant permission to this browser.',
      userMessage:
        'Your computer’s settings block the camera. Open the system privacy settings and allow this browser to use it.',
    },
    3010: {
      title: 'Microphone blocked by the system',
      description:
        'The operating system’s settings deny microphone permission. Check the system settings and grant permission to this browser.',
      userMessage:
        'Your computer’s settings block the microphone. Open the system privacy settings and allow this browser to use it.',
    },
    3011: {
      title: 'Camera could not start',
      description: 'Something went wrong and the camera could not be enabled. Try again.',
      userMessage: 'Your camera didn’t start. Please try again.',
    },
    3012: {
      title: 'Microphone could not start',
      description: 'Something went wrong and the microphone could not be enabled. Try again.',
      userMessage: 'Your microphone didn’t start. Please try again.',
    },
    3013: {
      title: 'Screen sharing could not start',
      description: 'Something went wrong and screen sharing could not be enabled. Try again.',
      userMessage: 'Screen sharing didn’t start. Please try again.',
    },
    3014: {
      title: 'Screen sharing permission denied',
      description:
        'Permission to share the screen was denied. Try again and grant the required permissions to enable screen sharing.',
      userMessage: 'Screen sharing needs your permission. Try again and allow it when asked.',
    },
    3015: {
      title: 'Screen sharing not supported',
      description:
        'Screen sharing is not supported: no screen sharing stream could be created. Make sure the device and browser are compatible.',
      userMessage:
        'Screen sharing isn’t available on this device or browser. Try another browser or device.',
    },
    3016: {
      title: 'Foreground service failed',
      description:
        'An error occurred while starting the foreground service, so screen sharing could not be enabled. Try again.',
      userMessage: 'Screen sharing couldn’t start on this device. Please try again.',
    },
    3017: {
      title: 'Video track not created',
      description: 'An error occurred while creating the video track. Try again.',
      userMessage: 'Your video couldn’t start. Please try again.',
    },
    3018: {
      title: 'Audio track not created',
      description: 'An error occurred while creating the audio track. Try again.',
      userMessage: 'Your audio couldn’t start. Please try again.',
    },
    3019: {
      title: 'Camera not compatible',
      description:
        'The camera device cannot produce video: no video stream could be created. Make sure the device is compatible.',
      userMessage: 'Your camera isn’t sending video. Try another camera or device.',
    },
    3020: {
      title: 'Microphone not compatible',
      description:
        'The microphone device cannot produce audio: no audio stream could be created. Make sure the device is compatible.',
      userMessage: 'Your microphone isn’t sending sound. Try another microphone or device.',
    },
    3021: {
      title: 'Mode could not change',
      description: 'Something went wrong and the meeting mode could not be changed. Try again.',
      userMessage: 'We couldn’t switch your meeting mode. Please try again.',
    },
    3022: {
      title: 'Action before joining',
      description:
        'The room was still connecting when an action was attempted, and the action failed. Try again after joining the meeting.',
      userMessage: 'You’re not in the meeting yet. Wait until you have joined, then try again.',
    },
    3023: {
      title: 'Could not join the meeting',
      description: 'Something went wrong and the meeting could not be joined. Try again.',
      userMessage: 'We couldn’t get you into the meeting. Please try again.',
    },
    4001: {
      title: 'Invalid API key',
      description:
        'The API key provided in the token is empty or invalid. Verify it on the dashboard.',
      userMessage:
        'This meeting app isn’t set up correctly, so you can’t join right now. Please contact the app’s support team.',
    },
    4002: {
      title: 'Invalid token',
      description: 'The token is empty or invalid, or it might have expired.',
      userMessage: 'Your session has expired or isn’t valid. Reload the page or sign in again.',
    },
    4003: {
      title: 'Invalid meeting ID',
      description:
        'The meeting ID is empty or invalid. Verify it, or generate a new meeting ID using the API.',
      userMessage: 'This meeting link doesn’t work. Check the link or ask the host for a new one.',
    },
    4004: {
      title: 'Invalid participant ID',
      description: 'The participant ID is empty or invalid. It must not contain whitespace.',
      userMessage: 'We couldn’t identify you for this meeting. Reload the page and join again.',
    },
    4005: {
      title: 'Joined from another device',
      description:
        'Leaving the meeting because the same participant ID joined from another device.',
      userMessage: 'You joined this meeting from another device or tab, so you’ve left it here.',
    },
    4006: {
      title: 'Account deactivated',
      description:
        'The account appears to have been deactivated by VideoSDK. Contact {supportContact}.',
      userMessage:
        'Meetings are unavailable for this service right now. Please contact {supportContact}.',
    },
    4007: {
      title: 'Account discontinued',
      description:
        'The account has been discontinued. The server responds with a specific message.',
      userMessage: 'Meetings are unavailable for this service right now. Please contact support.',
    },
    4008: {
      title: 'Invalid permissions',
      description:
        'The permissions provided in the token are invalid. Do not combine allow_join or allow_mod with ask_join.',
      userMessage:
        'This meeting app isn’t set up correctly, so you can’t join right now. Please contact the app’s support team.',
    },
    4009: {
      title: 'Meeting is full',
      description:
        'The meeting has reached its maximum number of participants. To increase the limit, contact {supportContact}.',
      userMessage: 'This meeting is full. Try again later or ask the host for help.',
    },
    4010: {
      title: 'Speaker limit reached',
      description:
        'The meeting has reached its maximum number of speakers. To increase the limit, contact {supportContact}.',
      userMessage:
        'This meeting has as many speakers as it can take. Try again later or ask the host for help.',
    },
    4011: {
      title: 'Recording did not start',
      description: 'The request to start recording failed due to an unknown error.',
      userMessage: 'Recording didn’t start. Please try again.',
    },
    4012: {
      title: 'Recording did not stop',
      description: 'The request to stop recording failed due to an unknown error.',
      userMessage: 'Recording didn’t stop. Please try again.',
    },
    4013: {
      title: 'Livestream did not start',
      description: 'The request to start the livestream failed due to an unknown error.',
      userMessage: 'The livestream didn’t start. Please try again.',
    },
    4014: {
      title: 'Livestream did not stop',
      description: 'The request to stop the livestream failed due to an unknown error.',
      userMessage: 'The livestream didn’t stop. Please try again.',
    },
    4015: {
      title: 'Invalid livestream settings',
      description: 'The livestream outputs configuration provided is invalid.',
      userMessage:
        'The livestream settings aren’t valid. Check the stream address and key, then try again.',
    },
    4016: {
      title: 'HLS did not start',
      description: 'The request to start HLS failed due to an unknown error.',
      userMessage: 'The broadcast didn’t start. Please try again.',
    },
    4017: {
      title: 'HLS did not stop',
      description: 'The request to stop HLS failed due to an unknown error.',
      userMessage: 'The broadcast didn’t stop. Please try again.',
    },
    4018: {
      title: 'Previous recording still processing',
      description:
        'The previous recording session is still being processed. Try again in a few seconds.',
      userMessage: 'The last recording is still being saved. Try again in a few seconds.',
    },
    4019: {
      title: 'Previous livestream still processing',
      description:
        'The previous RTMP livestream session is still being processed. Try again in a few seconds.',
      userMessage: 'The last livestream is still being wrapped up. Try again in a few seconds.',
    },
    4020: {
      title: 'Previous HLS stream still processing',
      description:
        'The previous HLS streaming session is still being processed. Try again in a few seconds.',
      userMessage: 'The last broadcast is still being wrapped up. Try again in a few seconds.',
    },
    4021: {
      title: 'Add-on services disabled',
      description: 'Add-on services are disabled for the account. Contact {supportContact}.',
      userMessage:
        'This feature isn’t available for this service. Please contact {supportContact}.',
    },
    4022: {
      title: 'Token not valid for this meeting',
      description: 'The token is not valid for the provided meeting ID.',
      userMessage:
        'Your access doesn’t cover this meeting. Check the link or ask the host for a new invitation.',
    },
    4023: {
      title: 'Token not valid for this participant',
      description: 'The token is not valid for the provided participant ID.',
      userMessage:
        'Your access doesn’t match your identity in this meeting. Reload the page and join again.',
    },
    4024: {
      title: 'Role not allowed',
      description: 'The role provided in the token is not valid for joining the meeting.',
      userMessage: 'Your role doesn’t allow you to join this meeting. Ask the host for access.',
    },
    4025: {
      title: 'Request not allowed',
      description: 'The request does not match the security configuration.',
      userMessage:
        'This request isn’t allowed by the meeting’s security settings. Contact the app’s support team.',
    },
    4026: {
      title: 'Organization speaker limit reached',
      description:
        'The organization has reached its maximum number of speakers. To increase the limit, contact {supportContact}.',
      userMessage: 'There are too many speakers right now. Try again later.',
    },
    4027: {
      title: 'Organization viewer limit reached',
      description:
        'The organization has reached its maximum number of viewers. To increase the limit, contact {supportContact}.',
      userMessage: 'There are too many viewers right now. Try again later.',
    },
    4028: {
      title: 'Organization recording limit reached',
      description:
        'The organization has reached its maximum number of recordings. To increase the limit, contact {supportContact}.',
      userMessage:
        'Recording isn’t available right now because a limit was reached. Try again later.',
    },
    4029: {
      title: 'Organization HLS limit reached',
      description:
        'The organization has reached its maximum number of HLS streams. To increase the limit, contact {supportContact}.',
      userMessage:
        'Broadcasting isn’t available right now because a limit was reached. Try again later.',
    },
    4030: {
      title: 'Organization livestream limit reached',
      description:
        'The organization has reached its maximum number of livestreams. To increase the limit, contact {supportContact}.',
      userMessage:
        'Livestreaming isn’t available right now because a limit was reached. Try again later.',
    },
    4031: {
      title: 'Transcription did not start',
      description: 'The request to start transcription failed due to an unknown error.',
      userMessage: 'Transcription didn’t start. Please try again.',
    },
    4032: {
      title: 'Transcription did not stop',
      description: 'The request to stop transcription failed due to an unknown error.',
      userMessage: 'Transcription didn’t stop. Please try again.',
    },
    4035: {
      title: 'Participant recording did not start',
      description: 'The request to start participant recording failed due to an unknown error.',
      userMessage: 'Recording this participant didn’t start. Please try again.',
    },
    4036: {
      title: 'Participant recording did not stop',
      description: 'The request to stop participant recording failed due to an unknown error.',
      userMessage: 'Recording this participant didn’t stop. Please try again.',
    },
    4037: {
      title: 'Track recording did not start',
      description: 'The request to start track recording failed due to an unknown error.',
      userMessage: 'Recording this audio or video track didn’t start. Please try again.',
    },
    4038: {
      title: 'Track recording did not stop',
      description: 'The request to stop track recording failed due to an unknown error.',
      userMessage: 'Recording this audio or video track didn’t stop. Please try again.',
    },
    5001: {
      title: 'Recording stopped',
      description: 'Recording stopped due to an unknown error.',
      userMessage: 'Recording stopped unexpectedly. You can start it again.',
    },
    5002: {
      title: 'Livestream stopped',
      description: 'The livestream stopped due to an unknown error.',
      userMessage: 'The livestream stopped unexpectedly. You can start it again.',
    },
    5003: {
      title: 'HLS stopped',
      description: 'HLS stopped due to an unknown error.',
      userMessage: 'The broadcast stopped unexpectedly. You can start it again.',
    },
    5004: {
      title: 'Recording time limit reached',
      description:
        'The system stopped the recording automatically because it reached the maximum duration of 2 hours for a single recording.',
      userMessage:
        'Recording stopped after 2 hours, the longest a recording can run. Start a new one to keep recording.',
    },
    5005: {
      title: 'Livestream time limit reached',
      description:
        'The system stopped the livestream automatically because it reached the maximum duration of 2 hours for a single RTMP stream.',
      userMessage:
        'The livestream stopped after 2 hours, the longest a stream can run. Start a new one to keep streaming.',
    },
    5006: {
      title: 'HLS time limit reached',
      description:
        'The system stopped HLS automatically because it reached the maximum duration of 2 hours for a single HLS stream.',
      userMessage:
        'The broadcast stopped after 2 hours, the longest it can run. Start a new one to keep broadcasting.',
    },
    5007: {
      title: 'Transcription stopped',
      description: 'Transcription stopped due to an unknown error.',
      userMessage: 'Transcription stopped unexpectedly. You can start it again.',
    },
    5012: {
      title: 'Participant recording stopped',
      description: 'Participant recording stopped due to an unknown error.',
      userMessage: 'Recording this participant stopped unexpectedly. You can start it again.',
    },
    5013: {
      title: 'Track recording stopped',
      description: 'Track recording stopped due to an unknown error.',
      userMessage:
        'Recording this audio or video track stopped unexpectedly. You can start it again.',
    },
  },
};
