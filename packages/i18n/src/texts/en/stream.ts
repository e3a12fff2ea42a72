import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
  'adaptive-subscription-disable-failed': {
    title: 'Adaptive subscription not disabled',
    userTitle: 'Video setting unchanged',
    description: 'Adaptive subscription is already disabled.',
    userMessage: 'The automatic video adjustment didn’t change. The meeting continues as usual.',
    causes: [
      'The app ran meeting.disableAdaptiveSubscription() while adaptive subscription was already disabled, as the SDK doc comment says.',
      'The SDK also raises this code when the disable request fails on the server or on the network. The error message then carries the reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Keep track of whether adaptive subscription is on, and run disableAdaptiveSubscription() only while it is on.',
      },
      {
        by: 'app',
        text: 'If adaptive subscription was on before the request, check the server’s reason in the error message.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Adaptive subscription not enabled',
    userTitle: 'Video setting unchanged',
    description: 'Adaptive subscription is already enabled.',
    userMessage: 'The automatic video adjustment didn’t change. The meeting continues as usual.',
    causes: [
      'The app ran meeting.enableAdaptiveSubscription() while adaptive subscription was already enabled, as the SDK doc comment says.',
      'The SDK also raises this code when the enable request fails on the server or on the network. The error message then carries the reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Keep track of whether adaptive subscription is on, and run enableAdaptiveSubscription() only while it is off.',
      },
      {
        by: 'app',
        text: 'If adaptive subscription was off before the request, check the server’s reason in the error message.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Adaptive subscription unavailable',
    userTitle: 'Video adjustment unavailable',
    description:
      'Adaptive subscription is not enabled by the SDK. Contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'Automatic video adjustment isn’t available in this meeting. The meeting continues as usual.',
    causes: [
      'The server reports that adaptive subscription is not enabled, so it cannot be turned on or off.',
      'The SDK doc comment does not say why. VideoSDK support can tell you.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Contact VideoSDK support at support@videosdk.live to enable adaptive subscription for the account, or to learn why it isn’t available.',
      },
      {
        by: 'app',
        text: 'Until it is enabled, don’t call enableAdaptiveSubscription() or disableAdaptiveSubscription().',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Remote video codec not supported',
    userTitle: 'Video can’t be shown',
    description: 'Your platform doesn’t support the remote participant’s video codec.',
    userMessage:
      'Your browser can’t show this participant’s video. Updating your browser or using another browser may help.',
    causes: [
      'The remote participant sends video in a codec that this browser or device cannot decode.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check which codec the remote participant sends, and which video codecs this browser supports.',
      },
      {
        by: 'app',
        text: 'Have participants send video in a codec that every browser you support can decode.',
      },
      {
        by: 'user',
        text: 'Update your browser, or join from another browser.',
      },
    ],
    variants: {
      app: {
        userMessage: 'This device can’t show this participant’s video. Updating the app may help.',
        fixes: [
          {
            by: 'app',
            text: 'Check which codec the remote participant sends, and which video codecs this device supports.',
          },
          {
            by: 'app',
            text: 'Have participants send video in a codec that every device you support can decode.',
          },
          {
            by: 'user',
            text: 'Update the app, or join from another device.',
          },
        ],
      },
    },
  },
  'consume-mic-streams-failed': {
    title: 'Microphone stream not consumed',
    userTitle: 'Audio didn’t load',
    description: 'Failed to consume the participant’s microphone streams. Try again.',
    userMessage: 'This participant’s audio didn’t load. Try again.',
    causes: [
      'The server rejected the request that participant.consumeMicStreams() sent, or the request failed on the network.',
      'The app runs this method itself because autoConsume is false in initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Run consumeMicStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: 'Webcam stream not consumed',
    userTitle: 'Video didn’t load',
    description: 'Failed to consume the participant’s webcam streams. Try again.',
    userMessage: 'This participant’s video didn’t load. Try again.',
    causes: [
      'The server rejected the request that participant.consumeWebcamStreams() sent, or the request failed on the network.',
      'The app runs this method itself because autoConsume is false in initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Run consumeWebcamStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'create-consumer-failed': {
    title: 'Consumer not created',
    userTitle: 'Audio or video didn’t load',
    description: 'Failed to create a consumer.',
    userMessage:
      'Audio or video from someone in the meeting didn’t load. If it stays missing, reload the page.',
    causes: [
      'The server could not create a consumer, so this participant does not receive one of the remote media streams.',
      'The SDK doc comment names no reason. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message and the app’s logs, and note which remote participant is affected.',
      },
      {
        by: 'user',
        text: 'If audio or video from someone stays missing, reload the page and join again.',
      },
      {
        by: 'support',
        text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the error message.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Audio or video from someone in the meeting didn’t load. If it stays missing, leave the meeting and join again.',
        fixes: [
          {
            by: 'app',
            text: 'Check the server’s reason in the error message and the app’s logs, and note which remote participant is affected.',
          },
          {
            by: 'user',
            text: 'If audio or video from someone stays missing, leave the meeting and join again.',
          },
          {
            by: 'support',
            text: 'If it keeps happening, contact VideoSDK support with the meeting ID, the time and the error message.',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: 'Multistream not supported for codec',
    userTitle: 'Video quality limited',
    description: 'Multistream is not supported for this codec.',
    userMessage: 'Your video still works, but only at one quality level. No action is needed.',
    causes: [
      'The app asked for multistream with a codec that the SDK can’t use it with: VP9 or AV1, or H264 in React Native.',
      'The SDK turns multistream off and sends one video stream.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Use VP8 when you need multistream, or turn multistream off when you use VP9 or AV1.',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: 'Pausing all streams failed',
    userTitle: 'Couldn’t pause',
    description: 'Failed to pause all streams. Try again.',
    userMessage: 'Audio and video from others couldn’t be paused. Try again.',
    causes: [
      'The server rejected the request that meeting.pauseAllStreams() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the UI in its previous state, and run pauseAllStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'pause-stream-failed': {
    title: 'Pausing stream failed',
    userTitle: 'Couldn’t pause',
    description: 'Failed to pause the stream. Try again.',
    userMessage: 'This participant’s audio or video couldn’t be paused. Try again.',
    causes: [
      'The server rejected the request that stream.pause() sent for a remote participant’s stream, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the stream shown as playing, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: 'Resuming all streams failed',
    userTitle: 'Couldn’t resume',
    description: 'Failed to resume all streams. Try again.',
    userMessage: 'Audio and video from others couldn’t be resumed. Try again.',
    causes: [
      'The server rejected the request that meeting.resumeAllStreams() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the UI in its previous state, and run resumeAllStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'resume-stream-failed': {
    title: 'Resuming stream failed',
    userTitle: 'Couldn’t resume',
    description: 'Failed to resume the stream. Try again.',
    userMessage: 'This participant’s audio or video couldn’t be resumed. Try again.',
    causes: [
      'The server rejected the request that stream.resume() sent for a remote participant’s stream, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the stream shown as paused, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'set-quality-failed': {
    title: 'Stream quality not set',
    userTitle: 'Video quality unchanged',
    description: 'Failed to set the stream quality. Try again.',
    userMessage: 'The video quality didn’t change. Try again.',
    causes: [
      'The server rejected the request that participant.setQuality() or participant.setScreenShareQuality() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep showing the previous quality, and run the method again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: 'Stop consuming microphone failed',
    userTitle: 'Audio didn’t stop',
    description: 'Failed to stop consuming the participant’s microphone streams. Try again.',
    userMessage: 'Stopping this participant’s audio didn’t work. Try again.',
    causes: [
      'The server rejected the request that participant.stopConsumingMicStreams() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Run stopConsumingMicStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: 'Stop consuming webcam failed',
    userTitle: 'Video didn’t stop',
    description: 'Failed to stop consuming the participant’s webcam streams. Try again.',
    userMessage: 'Stopping this participant’s video didn’t work. Try again.',
    causes: [
      'The server rejected the request that participant.stopConsumingWebcamStreams() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Run stopConsumingWebcamStreams() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
};
