import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
  'account-deactivated': {
    title: 'Account deactivated',
    userTitle: 'Meetings not available',
    description:
      'The account appears to have been deactivated by VideoSDK. Contact VideoSDK support at support@videosdk.live.',
    userMessage: 'Meetings aren’t available in this app right now. Contact {supportContact}.',
    causes: [
      'VideoSDK deactivated the account that owns the API key. The message does not give the reason.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Sign in to the VideoSDK dashboard and check the status of the account.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live to learn why the account was deactivated and how to restore it.',
      },
      {
        by: 'app',
        text: 'Until the account is active again, show end users a clear message and a contact for help.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Account discontinued',
    userTitle: 'Meetings not available',
    description:
      'The account has been discontinued. The server sends a specific message with the details. Contact support for more details.',
    userMessage: 'Meetings aren’t available in this app right now. Contact {supportContact}.',
    causes: [
      'The account that owns the API key has been discontinued.',
      'Check the server’s reason in the error message: the server sends the specific details with this error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Log the server’s message that comes with this error, because it gives the specific reason.',
      },
      {
        by: 'dashboard',
        text: 'Check the status and plan of the account in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live with the server’s message for more details.',
      },
    ],
  },
  'add-on-services-disabled': {
    title: 'Add-on services disabled',
    userTitle: 'Feature not available',
    description:
      'Add-on services are disabled for the account. Contact VideoSDK support at support@videosdk.live.',
    userMessage: 'This feature isn’t available in this app right now. Contact {supportContact}.',
    causes: [
      'Add-on services are turned off for the account that owns the API key, so the server refused the requested feature.',
      'The message does not name the feature. Check which feature the app requested when the error arrived.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the add-ons and the plan of the account in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live to turn on add-on services for the account.',
      },
      {
        by: 'app',
        text: 'Hide or disable the feature in the app until add-on services are available.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'API key deactivated',
    userTitle: 'Can’t join right now',
    description: 'The API key provided in the token is deactivated. Verify it on the dashboard.',
    userMessage:
      'Meetings aren’t available in this app right now, so you can’t join. Contact {supportContact}.',
    causes: [
      'The token carries an API key that is deactivated, so the server does not let the participant into the meeting.',
      'Check the key’s status in the VideoSDK dashboard to see whether it was deactivated there.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the API key in the VideoSDK dashboard, and reactivate it or create a new one.',
      },
      {
        by: 'app',
        text: 'Make the token server generate tokens with an active API key and its secret.',
      },
      {
        by: 'user',
        text: 'Contact {supportContact}.',
      },
    ],
  },
};
