import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
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
      {
        by: 'user',
        text: 'Wait a moment, then try again.',
      },
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
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
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
      {
        by: 'app',
        text: 'Retry after the meeting is connected again.',
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
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
      {
        by: 'app',
        text: 'Retry once the meeting is connected, and check the app’s logs for connection problems.',
      },
    ],
  },
  'something-went-wrong': {
    title: 'Something went wrong',
    userTitle: 'Something went wrong',
    description: 'Something went wrong.',
    userMessage:
      'Something went wrong in the meeting. Try again, and if it keeps happening, contact {supportContact}.',
    causes: [
      'The server reported a failure without a more specific code.',
      'js-sdk 1.1.1 does not raise this code itself. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message and the app’s logs, and note the meeting ID and the time.',
      },
      {
        by: 'user',
        text: 'Try again. If it keeps happening, reload the page.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the error message.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: 'Check the server’s reason in the error message and the app’s logs, and note the meeting ID and the time.',
          },
          {
            by: 'user',
            text: 'Try again. If it keeps happening, close the app and open it again.',
          },
          {
            by: 'support',
            text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the error message.',
          },
        ],
      },
    },
  },
};
