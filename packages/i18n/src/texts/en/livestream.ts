import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
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
      {
        by: 'app',
        text: 'Offer to start the livestream again.',
      },
      {
        by: 'app',
        text: 'Check the live dashboard of the target platform for errors, for example a stream key that is no longer valid.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'The livestream stopped unexpectedly. The host can start it again.',
      },
    },
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
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Try the start again automatically after a few seconds, with a limit on the number of retries.',
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
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and log the details of the failed request.',
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
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
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
};
