import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'How it reaches your app',
  deliveryEmitted:
    'js-sdk {version} reports it on the meeting’s error event (`{event}`; in React, `{hook}`). No call throws it.',
  deliveryThrown:
    'js-sdk {version} never emits it on the error event: the call that meets it throws or rejects with it. Catch it around the call, as the code below does.',
  deliveryBoth:
    'js-sdk {version} does both: it reports it on the error event (`{event}`) and the call that met it throws or rejects with it. Handle it on the event, and catch the call so its rejection is not left unhandled.',
  deliveryServer:
    'The meeting server sends it. js-sdk {version} never names it in its code: it passes what the server sends to the error event (`{event}`).',
  deliveryTableOnly:
    'js-sdk {version} names it only in its tables: no call of that version raises it.',
  thrownBy: 'Calls that throw it: {calls}.',
  deliveryOther:
    'Which objects emit errors on {platform}, which calls throw, and what happens with no error event:',
  howErrorsLink: 'How errors reach your app ({platform})',
  retryableMeans:
    'Retryable means the same call can succeed if the app repeats it unchanged after a short wait; nothing needs fixing first.',
  howToRetry: 'Retrying',
  retryPolicy:
    'Retry policy: wait {waits} before each repeat, at most {attempts} repeats; then show the error.',
  notRetryable:
    'Not retryable: repeating the call unchanged fails again until something changes (a permission, a device, a setting, the app’s code or an account).',
  explainedByHeading: 'Often explained by',
  explainedByLead:
    'This code is vague. One of these codes, reported around the same time, usually says what went wrong:',
  apiKeyPointer: 'Passing the API key where the SDK expects a token gives this error.',

  pagesLabel: 'Guides',

  howErrorsTitle: 'How errors reach your app: {platform}',
  howErrorsLead:
    'An error reaches your app in one of three ways: an error event, a call that throws or rejects, or only a change of state with no error at all. This page says which, for this SDK line.',
  englishNote: 'The facts below name the SDK’s own methods and events, so they are in English.',
  retryHeading: 'Retryable, and how to retry',
  retryBody: [
    '`retryable: true` means the same call can succeed if the app repeats it unchanged after a short wait: nothing needs fixing first, and the app may repeat it by itself as the entry’s `retry` policy says.',
    '`retryable: false` means repeating the call unchanged fails again until someone changes something: a permission, a device, a setting, the app’s code, an account or a limit. An end-user text may still say “then try again” after such a change: that is the user’s step, not an automatic retry.',
    'The policy is data on every retryable entry: `retry: { afterMs, backoff, maxAttempts }`, the first wait in milliseconds, `exponential` (each later wait twice the one before) or `none`, and the most repeats. After the last repeat, show the error.',
  ],
  policyDefault:
    'The stated default, `{name}`: waits of {waits} ({attempts} repeats), for every retryable code whose SDK words give no delay.',
  policyFewSeconds:
    '`{name}`: waits of {waits} ({attempts} repeats), where the SDK says “try again after few seconds” (4018–4020).',

  apiKey: {
    title: 'API key vs token',
    lead: 'The SDKs take a token, never the API key. Passing the API key where a token belongs is the most common cause of 4001 and 4002.',
    keyHeading: 'The API key and its secret',
    keyBody: [
      'The API key identifies your VideoSDK account. With it comes a secret, and both live on your server only.',
      'Never ship the API key or the secret in an app, a web page or a mobile build: anyone can read them there and start meetings on your account.',
    ],
    tokenHeading: 'The token',
    tokenBody: [
      'The token is a JWT (JSON Web Token) that your server signs with the secret (HS256) and hands to the app, which passes it to the SDK (`VideoSDK.config(token)`, `<MeetingProvider token>`, or the token argument of the native SDKs).',
      'Make it short-lived and give it only the permissions the user needs.',
    ],
    claimsHeading: 'What the token holds (per VideoSDK’s guide)',
    claims: {
      apikey: 'your API key: the server checks it against the signature.',
      permissions:
        '`allow_join` (join directly), `ask_join` (ask the host first) or `allow_mod` (moderate).',
      version: '`2` when the token names a room, a participant or roles.',
      roomId: 'optional: the only room this token may join.',
      participantId: 'optional: the only participant id this token may use.',
      roles: 'optional: `rtc` for meetings, `crawler` for server-side API calls.',
      exp: 'when the token expires, in seconds since 1970 (set with `expiresIn` when you sign).',
    },
    wrongHeading: 'What goes wrong',
    wrongBody:
      'An API key passed as the token is not a JWT, so the server refuses it: {codes}. An expired token, or one signed with another account’s secret, is refused the same way.',
    debugHeading: 'How to debug a refused token',
    debugSteps: [
      'Check that the value is a JWT: three base64url parts joined by dots. A short string without dots is an API key.',
      'Decode the middle part (on your machine, not on a website: it is a credential) and read its claims.',
      'Check `exp`: it must be in the future. Compare it with the current time in seconds (`date +%s`).',
      'Check `apikey`: it must be the API key of the account whose secret signed the token.',
      'Check `permissions`, and `roomId` or `participantId` if the token sets them: they must allow what the app asks for.',
    ],
    keywords: 'jwt json web token apikey api key secret sign token expired exp claims',
  },
};
