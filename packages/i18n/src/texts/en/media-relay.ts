import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'Media relay request failed',
    userTitle: 'Couldn’t send to other meeting',
    description: 'Failed to request media relay. Try again.',
    userMessage: 'Your audio and video couldn’t be sent to the other meeting. Try again.',
    causes: [
      'The server rejected the request that meeting.requestMediaRelay() sent, or the request failed on the network.',
      'Check the server’s reason in the error message, for example about the destination meeting or its token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check the destination meeting ID and the token you pass for the destination meeting.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Media relay response failed',
    userTitle: 'Answer not sent',
    description: 'Failed to respond to the media relay request. Try again.',
    userMessage: 'Your answer to the request from the other meeting didn’t go through. Try again.',
    causes: [
      'The server rejected the response sent by accept() or reject() of the media-relay-request-received event, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the relay request on screen so the host can answer it again.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'Media relay did not stop',
    userTitle: 'Still sending to other meeting',
    description: 'Failed to stop media relay. Try again.',
    userMessage: 'Your audio and video are still being sent to the other meeting. Try again.',
    causes: [
      'The server rejected the request that meeting.stopMediaRelay() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the destination meeting ID you passed.',
      },
      {
        by: 'app',
        text: 'Keep showing the relay as active until the media-relay-stopped event arrives.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
};
