import { englishSupportTeam } from '../../localeList.js';
import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'en',
  unknown: {
    title: 'Unknown error',
    userTitle: 'Something went wrong',
    description:
      'The SDK reported error code {code}, which this catalog does not know yet. A newer SDK version may have added it.',
    userMessage:
      'Something went wrong (error {code}). Try again. If it keeps happening, contact {supportContact}.',
    causes: [
      'The SDK reported a code that this catalog does not list, so the catalog cannot say what it means.',
      'The app may use a newer SDK version than this catalog covers. Check the SDK version and the catalog version.',
      'The message that came with the error may say more. Check it in the app’s logs.',
    ],
    fixes: [
      { by: 'user', text: 'Try again. If it keeps happening, contact {supportContact}.' },
      {
        by: 'app',
        text: 'Read the message that came with the error in the app’s logs, and note the SDK version the app uses.',
      },
      {
        by: 'app',
        text: 'Update this catalog to its latest version, which may list the code.',
      },
      {
        by: 'support',
        text: 'If the code is still unknown, contact VideoSDK support with the code, the message and the SDK version.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'Authentication',
      account: 'Account',
      session: 'Meeting and joining',
      limit: 'Limits',
      connection: 'Connection',
      'media-device': 'Camera and microphone',
      screenshare: 'Screen sharing',
      stream: 'Audio and video streams',
      'participant-control': 'Participant controls',
      recording: 'Recording',
      livestream: 'Livestream (RTMP)',
      hls: 'HLS broadcast',
      transcription: 'Transcription',
      translation: 'Real-time translation',
      whiteboard: 'Whiteboard',
      pubsub: 'Messaging (PubSub)',
      'realtime-store': 'Realtime store',
      'media-relay': 'Media relay',
      data: 'Data and files',
      usage: 'API usage',
    },
    severities: {
      fatal: 'Fatal',
      error: 'Error',
      warning: 'Warning',
    },
    sources: {
      client: 'Client',
      server: 'Server',
    },
    features: {
      recording: 'Recording',
      livestream: 'Livestream (RTMP)',
      hls: 'HLS broadcast',
      transcription: 'Transcription',
      'participant-recording': 'Participant recording',
      'track-recording': 'Track recording',
      'composite-recording': 'Composite recording',
      translation: 'Real-time translation',
      whiteboard: 'Whiteboard',
      pubsub: 'Messaging (PubSub)',
      'realtime-store': 'Realtime store',
      'media-relay': 'Media relay',
    },
    platforms: {
      web: 'Web (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'App developer',
      user: 'End user',
      dashboard: 'Account owner (dashboard)',
      support: 'VideoSDK support',
    },
    supportTeam: englishSupportTeam,
  },
};
