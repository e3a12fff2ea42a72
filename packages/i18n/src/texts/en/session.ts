import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
  'action-not-supported-in-mode': {
    title: 'Action not supported in this mode',
    userTitle: 'Action not available',
    description: 'This action is not supported in the current meeting mode.',
    userMessage:
      'You can only watch and listen in this meeting right now, so this action isn’t available. You can keep following the meeting.',
    causes: [
      'The app tried to send media or data, for example turning on the camera or microphone, sharing the screen or sending a message, while the participant is in a mode that can’t send, such as RECV_ONLY or SIGNALLING_ONLY.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the participant’s mode before you turn on media, and hide the camera, microphone and screen sharing controls in modes that can’t send.',
      },
      {
        by: 'app',
        text: 'To let the participant send media, switch to SEND_AND_RECV mode with changeMode() first.',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Action before joining',
    userTitle: 'Not in the meeting yet',
    description:
      'Something went wrong. The meeting was still connecting when an action was attempted, and the action failed. Try again after joining the meeting.',
    userMessage: 'You aren’t in the meeting yet. Wait until you have joined, then try again.',
    causes: [
      'The app called a meeting action while the meeting was still connecting, before the join had finished.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Wait until the SDK reports that the meeting was joined before calling meeting actions, or queue the actions until then.',
      },
      {
        by: 'app',
        text: 'Disable the meeting controls in the interface until the participant has joined.',
      },
      {
        by: 'user',
        text: 'Wait until you have joined the meeting, then try again.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Mode change failed',
    userTitle: 'Couldn’t switch how you take part',
    description: 'Failed to change the meeting mode. Try again.',
    userMessage: 'We couldn’t switch you between watching and taking part. Try again.',
    causes: [
      'The server rejected the request that meeting.changeMode() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep showing the current mode in the UI, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'changing-mode': {
    title: 'Mode change failed',
    userTitle: 'Couldn’t switch how you take part',
    description: 'Something went wrong, and the mode could not be changed. Try again.',
    userMessage: 'We couldn’t switch you between watching and taking part. Try again.',
    causes: [
      'A request to change the participant’s mode in the meeting (changeMode) did not succeed.',
      'The message does not say why. Check the app’s logs and the network state at the time of the request.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Try again in a moment.',
      },
      {
        by: 'app',
        text: 'Keep the participant in the current mode, show that the change did not happen, and offer a retry.',
      },
      {
        by: 'app',
        text: 'If it keeps failing, check the app’s logs from when it called changeMode and the network state at that moment.',
      },
    ],
  },
  'character-join-failed': {
    title: 'AI character could not join',
    userTitle: 'AI participant didn’t join',
    description: 'The request for the character to join failed due to an unknown error.',
    userMessage: 'The AI participant couldn’t join the meeting. Try again.',
    causes: [
      'The server could not add the character (VideoSDK’s AI character, which joins the meeting as a participant), and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Check that the meeting is still running, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'character-leave-failed': {
    title: 'AI character could not leave',
    userTitle: 'AI participant didn’t leave',
    description: 'The request for the character to leave failed due to an unknown error.',
    userMessage: 'The AI participant couldn’t leave the meeting and may still be in it. Try again.',
    causes: [
      'The server could not remove the character (VideoSDK’s AI character) from the meeting, and the message does not give the reason.',
      'The character may still be in the meeting. Check the participant list before you show it as gone.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Show whether the character is still in the meeting, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'duplicate-participant': {
    title: 'Joined from another device',
    userTitle: 'Meeting open elsewhere',
    description: 'Leaving the meeting because the same participant ID joined from another device.',
    userMessage:
      'You joined this meeting from another device or browser tab, so this tab left the meeting.',
    causes: [
      'A second connection joined the meeting with the same participant ID, so the server removed this one.',
      'This also happens when the app gives the same participant ID to two different people.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continue in the meeting on your other device or browser tab.',
      },
      {
        by: 'app',
        text: 'Give every person a unique participant ID, for example the user’s account ID.',
      },
      {
        by: 'app',
        text: 'Tell the user that the meeting continues elsewhere, instead of showing a generic error.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'You joined this meeting from another device, so this device left the meeting.',
        fixes: [
          {
            by: 'user',
            text: 'Continue in the meeting on your other device.',
          },
          {
            by: 'app',
            text: 'Give every person a unique participant ID, for example the user’s account ID.',
          },
          {
            by: 'app',
            text: 'Tell the user that the meeting continues elsewhere, instead of showing a generic error.',
          },
        ],
      },
    },
  },
  'end-meeting-failed': {
    title: 'Ending the meeting failed',
    userTitle: 'Couldn’t end the meeting',
    description: 'Unable to end the meeting. Try again.',
    userMessage: 'We couldn’t end the meeting for everyone. Try again.',
    causes: [
      'The server rejected the request to end the meeting, or the request failed.',
      'The error message carries the server’s reason when it sent one, for example that this participant isn’t allowed to end the meeting.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a moment, then try again.',
      },
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'If the participant isn’t allowed to end the meeting, show this control only to participants who are.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'Invalid meeting ID',
    userTitle: 'Meeting not found',
    description:
      'The meeting ID is empty or invalid. Verify it, or create a new meeting ID with the API.',
    userMessage:
      'This meeting can’t be found. Check the meeting link, or ask the host for a new one.',
    causes: [
      'The meeting ID passed when joining is empty or isn’t a valid VideoSDK meeting ID.',
      'Check where the app gets the meeting ID, for example the meeting link or the app’s server.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Create meetings with the VideoSDK API, and pass the returned meeting ID unchanged to the join method.',
      },
      {
        by: 'app',
        text: 'Log the meeting ID that the app uses when joining, and check that it isn’t empty or cut off.',
      },
      {
        by: 'user',
        text: 'Check the meeting link, or ask the host for a new one.',
      },
    ],
  },
  'invalid-mode': {
    title: 'Invalid meeting mode',
    userTitle: 'Couldn’t change the setting',
    description: 'An invalid meeting mode was requested.',
    userMessage:
      'This app isn’t set up correctly for this action. Try again later, or contact {supportContact}.',
    causes: [
      'The app passed a mode to initMeeting() or changeMode() that isn’t one of the SDK’s modes, such as SEND_AND_RECV, RECV_ONLY or SIGNALLING_ONLY.',
      'The error message names the invalid value.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the value that the error message names, for example for a typo.',
      },
      {
        by: 'app',
        text: 'Use the constants in VideoSDK.Constants.modes instead of typed strings.',
      },
    ],
  },
  'invalid-participant-id': {
    title: 'Invalid participant ID',
    userTitle: 'Can’t join right now',
    description: 'The participant ID is empty or invalid. It must not contain any whitespace.',
    userMessage:
      'This app couldn’t identify you for this meeting, so you can’t join right now. Contact {supportContact}.',
    causes: [
      'The participant ID passed when joining is empty or contains whitespace, for example a display name with spaces.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Pass a participant ID without spaces, tabs or line breaks, such as a user ID.',
      },
      {
        by: 'app',
        text: 'Check the value before joining: make sure it isn’t empty, and remove any whitespace.',
      },
    ],
  },
  'meeting-id-disabled': {
    title: 'Meeting ID disabled',
    userTitle: 'Meeting link no longer works',
    description: 'The meeting ID is disabled. Generate a new meeting ID using the API.',
    userMessage: 'This meeting link no longer works. Ask the host for a new one.',
    causes: [
      'The meeting ID used to join is disabled, so the participant cannot join that meeting.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Create a new meeting ID with the VideoSDK API, and share the new meeting with the participants.',
      },
      {
        by: 'app',
        text: 'Stop reusing the disabled meeting ID in links and stored data.',
      },
      {
        by: 'user',
        text: 'Ask the host for a new meeting link.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Entry response failed',
    userTitle: 'Answer not sent',
    description: 'Failed to respond to the entry request. Try again.',
    userMessage: 'Your answer to the request to join didn’t go through. Try again.',
    causes: [
      'The server rejected the response that meeting.respondEntry() sent, or the request failed on the network. The allow() and deny() functions of the entry-requested event use the same request.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the entry request on screen so the host can answer it again.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'switch-meeting-failed': {
    title: 'Meeting switch failed',
    userTitle: 'Couldn’t switch meetings',
    description: 'Failed to switch the meeting. Try again.',
    userMessage: 'Moving to the other meeting didn’t work. Try again.',
    causes: [
      'The server rejected the request that meeting.switchTo() sent, or the request failed on the network.',
      'Check the server’s reason in the error message, for example about the destination meeting or its token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check the meeting ID you switch to, and the token you pass for it.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: 'Participant room switch failed',
    userTitle: 'Couldn’t move participant',
    description: 'Failed to switch the participant’s room. Try again.',
    userMessage: 'The move to the other meeting didn’t work. Try again.',
    causes: [
      'The server rejected the request that participant.switchTo() (not in the 1.1.1 type declarations) sent to move the participant to another room, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check the meeting ID of the destination room and the token you pass for it.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Could not join the meeting',
    userTitle: 'Couldn’t join the meeting',
    description: 'Something went wrong, and the meeting could not be joined. Try again.',
    userMessage:
      'We couldn’t connect you to the meeting. Check your internet connection, then try again.',
    causes: [
      'Joining the meeting failed, and the message does not give the reason.',
      'Check the app’s logs and the state of the network at the time of the error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and log the details of the failed join.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'unknown-error': {
    title: 'Server reported an unknown error',
    userTitle: 'Something went wrong',
    description: 'An unknown error occurred.',
    userMessage:
      'Something went wrong in the meeting. If something stopped working, leave the meeting and join again. If it keeps happening, contact {supportContact}.',
    causes: [
      'The server sent UNKNOWN_ERROR (4000): a request failed, and the server gave no more specific reason.',
      'This is a real code that the SDK defines, not a code this catalog does not know. It does not say which request failed.',
      'Check the app’s logs for what the app did just before the error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'If something stopped working, leave the meeting and join again. If it keeps happening, contact {supportContact}.',
      },
      {
        by: 'app',
        text: 'Log the error with what the app had just done, the meeting ID and the time, and show the user what didn’t work.',
      },
      {
        by: 'app',
        text: 'Don’t repeat the same request automatically: the server gives no reason, so it may fail the same way again.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the SDK version.',
      },
    ],
  },
};
