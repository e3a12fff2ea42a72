import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
  'invalid-api-key': {
    title: 'Invalid API key',
    userTitle: 'Can’t join right now',
    description:
      'The API key (apikey) in the token is empty or invalid. Verify it in the dashboard.',
    userMessage:
      'This app isn’t set up correctly, so you can’t join the meeting right now. Contact {supportContact}.',
    causes: [
      'The apikey value in the token is missing or wrong, or it names an API key that was deleted or turned off.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'In the VideoSDK dashboard, check that the API key exists and is active.',
      },
      {
        by: 'app',
        text: 'On the token server, put that API key in the apikey field, and sign the token with the secret of the same API key.',
      },
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its apikey value.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Invalid token permissions',
    userTitle: 'Can’t join right now',
    description:
      'The permissions in the token are invalid. Do not combine allow_join or allow_mod with ask_join.',
    userMessage:
      'This app isn’t set up correctly, so you can’t join the meeting right now. Contact {supportContact}.',
    causes: [
      'The permissions list in the token combines ask_join with allow_join or allow_mod, or is invalid in another way.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'On the token server, use either ask_join (the participant asks to join) or allow_join, optionally with allow_mod. Never combine ask_join with the other two.',
      },
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its permissions list.',
      },
    ],
  },
  'invalid-token': {
    title: 'Invalid token',
    userTitle: 'Access expired',
    description: 'The token is empty or invalid, or it might have expired.',
    userMessage: 'Your access to this meeting has expired or isn’t valid. Join the meeting again.',
    causes: [
      'The token is missing, is not a valid token signed with the secret of the API key, or its expiry time has passed.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Get a fresh token from the token server right before each join, instead of storing an old one.',
      },
      {
        by: 'app',
        text: 'Check that the token server signs with the secret of the API key named in the token, and check the token’s expiry time.',
      },
      {
        by: 'user',
        text: 'Join the meeting again.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Your access to this meeting has expired or isn’t valid. Reload the page, then join the meeting again.',
        fixes: [
          {
            by: 'app',
            text: 'Get a fresh token from the token server right before each join, instead of storing an old one.',
          },
          {
            by: 'app',
            text: 'Check that the token server signs with the secret of the API key named in the token, and check the token’s expiry time.',
          },
          {
            by: 'user',
            text: 'Reload the page, then join the meeting again.',
          },
        ],
      },
    },
  },
  'unauthorized-meeting-id': {
    title: 'Token not valid for this meeting',
    userTitle: 'No access to this meeting',
    description: 'The token is not valid for the given meeting ID.',
    userMessage:
      'Your invitation isn’t valid for this meeting. Check the meeting link, or ask the host for a new invitation.',
    causes: [
      'The token was created for a different meeting: its roomId value does not match the meeting ID used to join.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Create the token for the meeting being joined: set roomId to that meeting ID, or leave roomId out.',
      },
      {
        by: 'app',
        text: 'Check that the app passes the same meeting ID to the token server and to the join method.',
      },
      {
        by: 'user',
        text: 'Check the meeting link, or ask the host for a new invitation.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token not valid for this participant',
    userTitle: 'Invitation doesn’t match',
    description: 'The token is not valid for the given participant ID.',
    userMessage:
      'Your invitation doesn’t match your account. Join the meeting again, or contact {supportContact}.',
    causes: [
      'The token was created for a different participant: its participantId value does not match the participant ID used to join.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass the same participant ID to the token server and to the join method.',
      },
      {
        by: 'app',
        text: 'If the token does not need to be tied to one participant, leave participantId out of it.',
      },
      {
        by: 'user',
        text: 'Join the meeting again.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Your invitation doesn’t match your account. Reload the page and join again, or contact {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Pass the same participant ID to the token server and to the join method.',
          },
          {
            by: 'app',
            text: 'If the token does not need to be tied to one participant, leave participantId out of it.',
          },
          {
            by: 'user',
            text: 'Reload the page, then join the meeting again.',
          },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Request not allowed',
    userTitle: 'Can’t join right now',
    description: 'The request does not match the security configuration.',
    userMessage:
      'The meeting service didn’t accept this request for security reasons. Contact {supportContact}.',
    causes: [
      'The request did not match the security settings of the account, so the server refused it.',
      'The message does not say which setting. Check the server’s reason in the error message and the app’s logs.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the access settings of the API key in the VideoSDK dashboard, such as the list of allowed domains.',
      },
      {
        by: 'app',
        text: 'Compare the request with those settings, for example the domain the app runs on and the contents of the token.',
      },
      {
        by: 'support',
        text: 'If the settings look right, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Role not allowed',
    userTitle: 'Can’t join this meeting',
    description: 'The role in the token is not valid for joining the meeting.',
    userMessage: 'Your access doesn’t allow you to join this meeting. Contact {supportContact}.',
    causes: [
      'The roles in the token do not include one that allows joining a meeting, for example in a token made only for server API calls.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Decode a token that the app received, and check its roles value.',
      },
      {
        by: 'app',
        text: 'Create join tokens with the role that allows joining meetings, as VideoSDK’s token documentation describes.',
      },
    ],
  },
};
