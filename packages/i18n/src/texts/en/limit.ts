import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'HLS broadcast time limit reached',
    userTitle: 'Broadcast time limit reached',
    description:
      'The system stopped the HLS broadcast automatically because it reached the maximum duration of 2 hours for a single HLS broadcast.',
    userMessage:
      'The broadcast to viewers stopped because it reached its 2-hour limit. The meeting continues, and you can start a new broadcast.',
    causes: [
      'A single HLS broadcast can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Listen for this warning, and offer to start a new HLS broadcast.',
      },
      {
        by: 'app',
        text: 'Plan long events as several HLS broadcasts of up to 2 hours each.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'The broadcast to viewers stopped because it reached its 2-hour limit. The meeting continues, and the host can start a new broadcast.',
      },
      viewer: {
        userMessage:
          'The broadcast stopped because it reached its 2-hour limit. The host can start a new one. No action is needed.',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Livestream time limit reached',
    userTitle: 'Livestream time limit reached',
    description:
      'The system stopped the livestream automatically because it reached the maximum duration of 2 hours for a single RTMP livestream.',
    userMessage:
      'The livestream stopped because it reached its 2-hour limit. The meeting continues, and you can start a new livestream.',
    causes: [
      'A single RTMP livestream can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Listen for this warning, and offer to start a new livestream.',
      },
      {
        by: 'app',
        text: 'Plan long events as several livestreams of up to 2 hours each.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'The livestream stopped because it reached its 2-hour limit. The meeting continues, and the host can start a new livestream.',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Organization HLS broadcast limit reached',
    userTitle: 'Broadcast not available',
    description:
      'The organization has reached its maximum number of HLS broadcasts. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'The broadcast to viewers can’t start right now because a limit was reached. Try again later.',
    causes: [
      'The organization reached the maximum number of HLS broadcasts that its account allows.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the HLS broadcast limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Stop HLS broadcasts that are no longer needed, then try again.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Organization livestream limit reached',
    userTitle: 'Livestream not available',
    description:
      'The organization has reached its maximum number of livestreams. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'The livestream can’t start right now because a limit was reached. Try again later.',
    causes: ['The organization reached the maximum number of livestreams that its account allows.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the livestream limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Stop livestreams that are no longer needed, then try again.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Meeting is full',
    userTitle: 'Meeting is full',
    description:
      'The meeting has reached its maximum number of participants. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'This meeting is full, so you can’t join right now. Try again later, or ask the host for help.',
    causes: ['The number of participants in the meeting reached the limit of the account.'],
    fixes: [
      {
        by: 'user',
        text: 'Try again later, or ask the host for help.',
      },
      {
        by: 'app',
        text: 'Tell the user that the meeting is full, and offer to try again later.',
      },
      {
        by: 'dashboard',
        text: 'Check the participant limit of the account’s plan in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Organization recording limit reached',
    userTitle: 'Recording not available',
    description:
      'The organization has reached its maximum number of recordings. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'Recording can’t start right now because a limit was reached. Try again later.',
    causes: ['The organization reached the maximum number of recordings that its account allows.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the recording limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Stop recordings that are no longer needed, then try again.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Organization RECV_ONLY limit reached',
    userTitle: 'Viewer limit reached',
    description:
      'The organization has reached the maximum number of participants joining in RECV_ONLY mode. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'You can’t join right now because the viewer limit was reached. Try again later.',
    causes: [
      'A participant tried to join in RECV_ONLY mode while the organization was at its limit for RECV_ONLY participants, so the participant did not get in.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'To raise the organization’s RECV_ONLY limit, contact VideoSDK support at support@videosdk.live.',
      },
      {
        by: 'app',
        text: 'Tell the user that the limit is reached, and do not retry automatically.',
      },
      { by: 'user', text: 'Try again later.' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Organization speaker limit reached',
    userTitle: 'Too many speakers',
    description:
      'The organization has reached its maximum number of speakers. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'You can’t join right now because the speaker limit was reached. Try again later.',
    causes: [
      'Across the organization, the number of participants who joined as speakers reached the limit of the account.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the speaker limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Let participants who only watch join as viewers instead of speakers.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Meeting speaker limit reached',
    userTitle: 'Speaker limit reached',
    description:
      'The meeting has reached its maximum number of speakers. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'This meeting has reached its speaker limit, so you can’t join right now. Try again later, or ask the host for help.',
    causes: ['The number of speakers in the meeting reached the limit of the account.'],
    fixes: [
      {
        by: 'user',
        text: 'Try again later, or ask the host for help.',
      },
      {
        by: 'app',
        text: 'Let participants who only watch join as viewers instead of speakers.',
      },
      {
        by: 'dashboard',
        text: 'Check the speaker limit of the account’s plan in the VideoSDK dashboard.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Organization viewer limit reached',
    userTitle: 'Too many viewers',
    description:
      'The organization has reached its maximum number of viewers, that is, participants who join in VIEWER or SIGNALLING_ONLY mode (the server message spells it SIGNALING_ONLY; VIEWER is the mode’s pre-0.1.4 name). To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage: 'You can’t join right now because the viewer limit was reached. Try again later.',
    causes: [
      'Across the organization, the number of participants who joined in VIEWER or SIGNALLING_ONLY mode reached the limit of the account.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Check the viewer limit and usage of the organization in the VideoSDK dashboard.',
      },
      {
        by: 'app',
        text: 'Tell the user that the meeting can’t take more viewers now, and offer to try again later.',
      },
      {
        by: 'support',
        text: 'To raise the limit, contact VideoSDK support at support@videosdk.live.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Recording time limit reached',
    userTitle: 'Recording time limit reached',
    description:
      'The system stopped the recording automatically because it reached the maximum duration of 2 hours for a single recording.',
    userMessage:
      'Recording stopped because it reached its 2-hour limit. The meeting continues, and you can start a new recording.',
    causes: [
      'A single recording can run for at most 2 hours. The server stopped this one when it reached that limit.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Listen for this warning, and offer to start a new recording.',
      },
      {
        by: 'app',
        text: 'Plan long meetings as several recordings of up to 2 hours each.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Recording stopped because it reached its 2-hour limit. The meeting continues, and the host can start a new recording.',
      },
    },
  },
};
