import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
  'participant-recording-failed': {
    title: 'Participant recording failed',
    userTitle: 'Recording stopped',
    description: 'Participant recording stopped due to an unknown error.',
    userMessage: 'The recording of one participant stopped unexpectedly. You can start it again.',
    causes: [
      'A participant recording (the separate recording of one participant) stopped on VideoSDK’s servers after it had started.',
      'The server gives no reason for the stop. The request itself was not rejected, so a new start can succeed.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Start the recording again.',
      },
      {
        by: 'app',
        text: 'Tell the people in the meeting that the recording stopped, and offer to start the participant recording again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID, the participant ID and the time of the failure.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'The recording of one participant stopped unexpectedly. The host can start it again.',
        userSteps: ['Ask the host to start the recording again.'],
      },
    },
  },
  'prev-recording-processing': {
    title: 'Previous recording still processing',
    userTitle: 'Recording still being saved',
    description: 'The previous recording is still being processed. Try again in a few seconds.',
    userMessage: 'The last recording is still being saved. Try again in a few seconds.',
    causes: [
      'A new recording was requested while the server was still processing the previous one.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Try the start again automatically after a few seconds, with a limit on the number of retries.',
      },
    ],
  },
  'recording-failed': {
    title: 'Recording stopped',
    userTitle: 'Recording stopped',
    description: 'The recording stopped due to an unknown error.',
    userMessage: 'Recording stopped unexpectedly. You can start it again.',
    causes: [
      'The recording failed on the server, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Offer to start the recording again.',
      },
      {
        by: 'dashboard',
        text: 'Check the details of the meeting and its recordings in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
    audiences: {
      participant: { userMessage: 'Recording stopped unexpectedly. The host can start it again.' },
    },
  },
  'start-composite-recording-failed': {
    title: 'Composite recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start composite recording failed due to an unknown error.',
    userMessage: 'Recording didn’t start. Try again.',
    causes: [
      'The server could not start the composite recording, and the SDK doc comment names no reason.',
      'js-sdk 1.1.1 does not raise this code itself. It passes on what the server reports, so check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Offer a retry, and show recording as on only once the server confirms that it started.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'Participant recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording the participant failed due to an unknown error.',
    userMessage: 'Recording of this participant didn’t start. Try again.',
    causes: [
      'The server could not start the participant recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Check that the participant is still in the meeting, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'Recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording failed due to an unknown error.',
    userMessage: 'Recording didn’t start. Try again.',
    causes: [
      'The server could not start the recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'Track recording did not start',
    userTitle: 'Recording didn’t start',
    description: 'The request to start recording the track failed due to an unknown error.',
    userMessage: 'Recording of this audio or video didn’t start. Try again.',
    causes: [
      'The server could not start recording the audio or video track, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Check that the track is still being sent, offer a retry button, and log the details of the failed request.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'Composite recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop composite recording failed due to an unknown error.',
    userMessage: 'Recording didn’t stop. Try again.',
    causes: [
      'The server could not stop the composite recording, and the SDK doc comment names no reason.',
      'js-sdk 1.1.1 does not raise this code itself. It passes on what the server reports, so check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep showing recording as on until the server confirms that it stopped, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'Participant recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording the participant failed due to an unknown error.',
    userMessage: 'Recording of this participant didn’t stop. Try again.',
    causes: [
      'The server could not stop the participant recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the participant recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'Recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording failed due to an unknown error.',
    userMessage: 'Recording didn’t stop. Try again.',
    causes: [
      'The server could not stop the recording, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'Track recording did not stop',
    userTitle: 'Recording didn’t stop',
    description: 'The request to stop recording the track failed due to an unknown error.',
    userMessage: 'Recording of this audio or video didn’t stop. Try again.',
    causes: [
      'The server could not stop recording the audio or video track, and the message does not give the reason.',
      'Check the app’s logs and the details of the meeting in the VideoSDK dashboard.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Wait a few seconds, then try again.',
      },
      {
        by: 'app',
        text: 'Offer a retry button, and check whether the track recording is still running before trying again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID and the time of the error.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Track recording failed',
    userTitle: 'Recording stopped',
    description: 'Track recording stopped due to an unknown error.',
    userMessage:
      'The recording of one participant’s audio or video stopped unexpectedly. You can start it again.',
    causes: [
      'A track recording (the recording of one audio or video track of a participant) stopped on VideoSDK’s servers after it had started.',
      'The server gives no reason for the stop. The request itself was not rejected, so a new start can succeed.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Start the recording again.',
      },
      {
        by: 'app',
        text: 'Tell the people in the meeting that the recording stopped, and offer to start the track recording again.',
      },
      {
        by: 'support',
        text: 'If it keeps failing, contact VideoSDK support with the meeting ID, the participant ID, the kind of track and the time of the failure.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'The recording of one participant’s audio or video stopped unexpectedly. The host can start it again.',
        userSteps: ['Ask the host to start the recording again.'],
      },
    },
  },
};
