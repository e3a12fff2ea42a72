import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'Whiteboard did not start',
    userTitle: 'Whiteboard didn’t start',
    description: 'Failed to start the whiteboard. Try again.',
    userMessage: 'The whiteboard didn’t start. Try again.',
    causes: [
      'The server rejected the request that meeting.startWhiteboard() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Show the whiteboard only after the whiteboard-started event, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'Whiteboard did not stop',
    userTitle: 'Whiteboard didn’t stop',
    description: 'Failed to stop the whiteboard. Try again.',
    userMessage: 'The whiteboard didn’t stop. Try again.',
    causes: [
      'The server rejected the request that meeting.stopWhiteboard() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the whiteboard open until the whiteboard-stopped event arrives, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Whiteboard operation in progress',
    userTitle: 'Whiteboard is busy',
    description: 'A whiteboard operation is already in progress. Wait for it to complete.',
    userMessage: 'The whiteboard is already starting or stopping. It will be ready in a moment.',
    causes: [
      'The app ran meeting.startWhiteboard() or meeting.stopWhiteboard() while an earlier whiteboard operation was still in progress, so the new request was refused.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Disable the whiteboard controls while a start or stop is pending, and wait for the whiteboard-started or whiteboard-stopped event.',
      },
      {
        by: 'user',
        text: 'Wait a moment for the whiteboard to finish.',
      },
    ],
  },
};
