import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
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
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
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
      {
        by: 'app',
        text: 'Offer to start transcription again.',
      },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its transcription in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'Transcription stopped unexpectedly. The host can start it again.',
      },
    },
  },
};
