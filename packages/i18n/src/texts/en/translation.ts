import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: 'Translation language not changed',
    userTitle: 'Language didn’t change',
    description: 'The request to change the translation language failed due to an unknown error.',
    userMessage: 'The translation language didn’t change. Try again.',
    causes: [
      'The server rejected the request that meeting.changeTranslationLanguage() (not in the 1.1.1 type declarations) sent, or the request failed on the network.',
      'The SDK doc comment names no specific reason. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check that translation is running and the language is supported.',
      },
      {
        by: 'app',
        text: 'Keep showing the previous language in the UI until the change succeeds.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'start-translation-failed': {
    title: 'Translation did not start',
    userTitle: 'Translation didn’t start',
    description: 'The request to start translation failed due to an unknown error.',
    userMessage: 'Translation didn’t start. Try again.',
    causes: [
      'The server rejected the request that meeting.startTranslation() (not in the 1.1.1 type declarations) sent, or the request failed on the network.',
      'The SDK doc comment names no specific reason. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the translation configuration you passed.',
      },
      {
        by: 'app',
        text: 'Show translation as on only after the translation-state-changed event says it started.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'Translation did not stop',
    userTitle: 'Translation didn’t stop',
    description: 'The request to stop translation failed due to an unknown error.',
    userMessage: 'Translation didn’t stop. Try again.',
    causes: [
      'The server rejected the request that meeting.stopTranslation() (not in the 1.1.1 type declarations) sent, or the request failed on the network.',
      'The SDK doc comment names no specific reason. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep showing translation as on until the translation-state-changed event says it stopped.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'translation-failed': {
    title: 'Translation stopped',
    userTitle: 'Translation stopped',
    description: 'Translation stopped due to an internal error.',
    userMessage: 'Translation stopped unexpectedly. You can start it again.',
    causes: [
      'Translation stopped because of an internal server error, as the SDK doc comment says.',
      'The SDK names no further detail. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Update the UI from the translation-state-changed event, and let the user start translation again.',
      },
      {
        by: 'user',
        text: 'Start translation again.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the error message.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'Translation stopped unexpectedly. The host can start it again.',
        userSteps: ['Ask the host to start translation again.'],
      },
    },
  },
};
