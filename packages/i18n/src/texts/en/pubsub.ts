import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'PubSub publish failed',
    userTitle: 'Message not sent',
    description: 'Failed to publish the message to the PubSub topic. Try again.',
    userMessage: 'Your message wasn’t sent. Check your internet connection, then try again.',
    causes: [
      'The publish request that meeting.pubSub.publish() sent timed out or the server returned an error.',
      'The error message says whether it timed out, or gives the server’s reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Keep the unsent message in the UI, and let the user send it again.',
      },
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSub subscribe failed',
    userTitle: 'Messages not loading',
    description: 'Failed to subscribe to the PubSub topic. Try again.',
    userMessage:
      'New messages may not appear. Check your internet connection, then reload the page.',
    causes: [
      'The subscribe request that meeting.pubSub.subscribe() sent timed out or the server returned an error.',
      'The error message carries the reason, if one was given.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Run subscribe() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Check your internet connection, then reload the page.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'New messages may not appear. Check your internet connection, then leave the meeting and join again.',
        fixes: [
          {
            by: 'app',
            text: 'Check the error message to tell a timeout from a server error.',
          },
          {
            by: 'app',
            text: 'Run subscribe() again once the meeting connection is stable.',
          },
          {
            by: 'user',
            text: 'Check your internet connection, then leave the meeting and join again.',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSub unsubscribe failed',
    userTitle: 'Messages not stopped',
    description: 'Failed to unsubscribe from the PubSub topic. Try again.',
    userMessage: 'You may still get some messages here. No action is needed.',
    causes: [
      'The unsubscribe request that meeting.pubSub.unsubscribe() sent timed out or the server returned an error.',
      'The error message carries the reason, if one was given.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Run unsubscribe() again with the same listeners object, and ignore messages for the topic meanwhile.',
      },
    ],
  },
};
