import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
  'disable-participant-mic-failed': {
    title: 'Participant microphone not disabled',
    userTitle: 'Microphone request failed',
    description: 'Failed to disable the participant’s microphone. Try again.',
    userMessage:
      'The request to turn off this participant’s microphone didn’t go through. Try again.',
    causes: [
      'The server rejected the request that participant.disableMic() sent for a remote participant, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message. If it names a permission, check the permissions in the local participant’s token.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Participant webcam not disabled',
    userTitle: 'Camera request failed',
    description: 'Failed to disable the participant’s webcam. Try again.',
    userMessage: 'The request to turn off this participant’s camera didn’t go through. Try again.',
    causes: [
      'The server rejected the request that participant.disableWebcam() sent for a remote participant, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message. If it names a permission, check the permissions in the local participant’s token.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Participant microphone not enabled',
    userTitle: 'Microphone request failed',
    description: 'Failed to enable the participant’s microphone. Try again.',
    userMessage:
      'The request to turn on this participant’s microphone didn’t go through. Try again.',
    causes: [
      'The server rejected the request that participant.enableMic() sent for a remote participant, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message. If it names a permission, check the permissions in the local participant’s token.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Participant webcam not enabled',
    userTitle: 'Camera request failed',
    description: 'Failed to enable the participant’s webcam. Try again.',
    userMessage: 'The request to turn on this participant’s camera didn’t go through. Try again.',
    causes: [
      'The server rejected the request that participant.enableWebcam() sent for a remote participant, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message. If it names a permission, check the permissions in the local participant’s token.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'pin-failed': {
    title: 'Pin failed',
    userTitle: 'Pin didn’t work',
    description: 'Failed to pin the participant. Try again.',
    userMessage: 'This participant couldn’t be pinned. Try again.',
    causes: [
      'The server rejected the request that participant.pin() sent, or the request failed on the network.',
      'The SDK restores the previous pin state when the server refuses.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Update the layout from the pin-state-changed event, not from the request alone.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Participant not removed',
    userTitle: 'Couldn’t remove participant',
    description: 'Failed to remove the participant. Try again.',
    userMessage: 'This participant couldn’t be removed from the meeting. Try again.',
    causes: [
      'The server rejected the request that participant.remove() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message. If it names a permission, check the permissions in the local participant’s token.',
      },
      {
        by: 'app',
        text: 'Keep the participant in the list until the participant-left event arrives.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Unpin failed',
    userTitle: 'Unpin didn’t work',
    description: 'Failed to unpin the participant. Try again.',
    userMessage: 'This participant couldn’t be unpinned. Try again.',
    causes: [
      'The server rejected the request that participant.unpin() sent, or the request failed on the network.',
      'The SDK restores the previous pin state when the server refuses.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Update the layout from the pin-state-changed event, not from the request alone.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
};
