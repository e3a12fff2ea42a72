import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: 'Realtime Store value not read',
    userTitle: 'Couldn’t load meeting data',
    description: 'Failed to get the Realtime Store value.',
    userMessage: 'Some meeting information didn’t load. Try again.',
    causes: [
      'The get request that meeting.realtimeStore.getValue() sent failed on the server or on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the key you asked for.',
      },
      {
        by: 'app',
        text: 'Run getValue() again once the meeting connection is stable, and keep the last known value meanwhile.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Realtime Store observe failed',
    userTitle: 'Live updates not started',
    description: 'Failed to start observing the Realtime Store value.',
    userMessage:
      'Some meeting information may not update by itself. Reload the page to refresh it.',
    causes: [
      'The subscribe request that meeting.realtimeStore.observe() sent failed on the server or on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the key you asked to observe.',
      },
      {
        by: 'app',
        text: 'Run observe() again once the meeting connection is stable, and read the current value with getValue() meanwhile.',
      },
      {
        by: 'user',
        text: 'Reload the page if the information stays out of date.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Some meeting information may not update by itself. Leave the meeting and join again to refresh it.',
        fixes: [
          {
            by: 'app',
            text: 'Check the server’s reason in the error message, and check the key you asked to observe.',
          },
          {
            by: 'app',
            text: 'Run observe() again once the meeting connection is stable, and read the current value with getValue() meanwhile.',
          },
          {
            by: 'user',
            text: 'Leave the meeting and join again if the information stays out of date.',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: 'Realtime Store value not saved',
    userTitle: 'Change not saved',
    description: 'Failed to set the Realtime Store value.',
    userMessage: 'Your change wasn’t saved. Try again.',
    causes: [
      'The set request that meeting.realtimeStore.setValue() sent failed on the server or on the network.',
      'Invalid keys, invalid values and values over 1 KB raise other codes before the request is sent. The server also refuses a new key once the meeting holds 100 keys. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the previous value in the UI until setValue() succeeds, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Realtime Store stop observing failed',
    userTitle: 'Live updates not stopped',
    description: 'Failed to stop observing the Realtime Store value.',
    userMessage: 'Some meeting information may keep updating. No action is needed.',
    causes: [
      'The unsubscribe request that meeting.realtimeStore.stopObserving() sent failed on the server or on the network.',
      'In js-sdk 1.1.1, stopObserving() does not throw this code: it only logs the failure through the SDK’s tracer and returns normally.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() does not report this failure to the app. To see it, raise the SDK’s log level with VideoSDK.setLogLevel() and read the console.',
      },
      {
        by: 'app',
        text: 'Ignore updates for keys the app no longer observes, so a late update does no harm.',
      },
    ],
  },
};
