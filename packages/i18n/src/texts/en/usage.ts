import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
  'action-not-supported': {
    title: 'Action not supported here',
    userTitle: 'Action not available',
    description: 'This action is not supported here.',
    userMessage: 'This action isn’t available here. You can keep using the meeting.',
    causes: [
      'The app used a method on an object that doesn’t support it, for example setting the quality of the local participant’s own video, or pausing a stream that isn’t an active remote stream.',
      'The app asked for a camera or microphone permission check in a browser that can’t do it.',
      'The SDK rejects the method and doesn’t emit a meeting error. The error message names the method and the reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the method and the reason in the error message, and use the method only where it is supported.',
      },
      {
        by: 'app',
        text: 'Hide or disable the control where the action isn’t supported.',
      },
    ],
    variants: {
      app: {
        causes: [
          'The app used a method on an object that doesn’t support it, for example setting the quality of the local participant’s own video, or pausing a stream that isn’t an active remote stream.',
          'The app asked for a camera or microphone permission check on a device that can’t do it.',
          'The SDK rejects the method and doesn’t emit a meeting error. The error message names the method and the reason.',
        ],
      },
    },
  },
  'already-in-requested-state': {
    title: 'Already in requested state',
    userTitle: 'Already done',
    description: 'The requested state is already active.',
    userMessage: 'This is already done. No action is needed.',
    causes: [
      'The app asked for a state that is already active, for example turning on a camera that is already on, joining twice, or leaving a meeting that was already left.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error. The error message names the resource.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the current state before you change it, and skip requests that change nothing.',
      },
      {
        by: 'app',
        text: 'Treat this rejection as a no-op, not as a failure to show to the user.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Missing or invalid parameter',
    userTitle: 'Something went wrong',
    description: 'The provided parameter is missing or invalid. Check the parameter and try again.',
    userMessage: 'Something didn’t work as expected. Contact {supportContact}.',
    causes: [
      'The app passed a missing or wrong value to an SDK method, for example an empty key, a message that isn’t a string, or an unknown event name.',
      'The SDK rejects the method and doesn’t emit a meeting error. The error message names the parameter.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Read the parameter that the error message names, and fix the value that the app passes.',
      },
      {
        by: 'app',
        text: 'Check user input before you pass it to the SDK.',
      },
    ],
  },
  'operation-aborted': {
    title: 'Operation aborted',
    userTitle: 'Action stopped',
    description: 'The operation was stopped before it completed.',
    userMessage: 'This action stopped before it finished. Try again.',
    causes: [
      'In SDK 1.1.1 this happens to join() when the meeting is left or closed while the join is still running. The error message carries the leave reason.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the leave reason in the error message.',
      },
      {
        by: 'app',
        text: 'Don’t leave the meeting while join() is still running, unless the user chose to cancel.',
      },
      {
        by: 'app',
        text: 'If the user didn’t cancel, offer to join again.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Operation already in progress',
    userTitle: 'Already in progress',
    description: 'The requested operation is already in progress.',
    userMessage: 'This is already in progress. No action is needed.',
    causes: [
      'The app started a request while the same or a conflicting request was still running, for example a second click on the camera button, or a change of mode.',
      'This is a caller-state code: the SDK rejects the method but doesn’t emit it as a meeting error. The error message names the request.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Disable the control until the running request finishes.',
      },
      {
        by: 'app',
        text: 'Treat this rejection as a no-op, or retry after the running request completes.',
      },
    ],
  },
};
