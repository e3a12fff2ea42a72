import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
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
      {
        by: 'app',
        text: 'Offer to start the HLS broadcast again.',
      },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its HLS broadcast in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'The broadcast to viewers stopped unexpectedly. The meeting continues, and the host can start the broadcast again.',
      },
      viewer: {
        userMessage:
          'The broadcast stopped unexpectedly. The host can start it again. No action is needed.',
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
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
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
};
