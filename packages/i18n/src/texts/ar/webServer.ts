import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
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
        by: 'dashboard',
        text: 'Contact VideoSDK support at support@videosdk.live and ask them to enable adaptive subscription.',
      },
      {
        by: 'app',
        text: 'Until it is enabled, do not use enableAdaptiveSubscription() or disableAdaptiveSubscription().',
      },
      {
        by: 'support',
        text: 'Enable adaptive subscription, or explain why it is not available.',
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
  'change-mode-failed': {
    title: 'Mode change failed',
    userTitle: 'Mode didn’t change',
    description: 'Failed to change the meeting mode. Try again.',
    userMessage: 'Switching your mode in the meeting didn’t work. Try again.',
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
  'change-translation-language-failed': {
    title: 'Translation language not changed',
    userTitle: 'Language didn’t change',
    description: 'The request to change the translation language failed due to an unknown error.',
    userMessage: 'The translation language didn’t change. Try again.',
    causes: [
      'The server rejected the request that meeting.changeTranslationLanguage() sent, or the request failed on the network.',
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
  'codec-not-supported': {
    title: 'Video codec not supported',
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
        by: 'app',
        text: 'If it keeps happening, send the meeting ID, the time and the error message to VideoSDK support.',
      },
    ],
  },
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
  'failed-to-get-value': {
    title: 'Realtime Store value not read',
    userTitle: 'Couldn’t load meeting data',
    description: 'Failed to get the Realtime Store value.',
    userMessage: 'Some meeting information didn’t load. Try again.',
    causes: [
      'The get request that meeting.realtimeStore.getValue() sent failed on the server or on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the key you asked for.',
      },
      {
        by: 'app',
        text: 'Run getValue() again once the meeting connection is stable, and keep the last known value meanwhile.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Realtime Store observe failed',
    userTitle: 'Live updates not started',
    description: 'Failed to start observing the Realtime Store value.',
    userMessage:
      'Some meeting information may not update by itself. Reload the page to refresh it.',
    causes: [
      'The subscribe request that meeting.realtimeStore.observe() sent failed on the server or on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the key you asked to observe.',
      },
      {
        by: 'app',
        text: 'Run observe() again once the meeting connection is stable, and read the current value with getValue() meanwhile.',
      },
      {
        by: 'user',
        text: 'Reload the page if the information stays out of date.',
      },
    ],
  },
  'failed-to-set-value': {
    title: 'Realtime Store value not saved',
    userTitle: 'Change not saved',
    description: 'Failed to set the Realtime Store value.',
    userMessage: 'Your change wasn’t saved. Try again.',
    causes: [
      'The set request that meeting.realtimeStore.setValue() sent failed on the server or on the network.',
      'Invalid keys, invalid values and values over 1 KB raise other codes before the request is sent. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the previous value in the UI until setValue() succeeds, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Realtime Store stop observing failed',
    userTitle: 'Live updates not stopped',
    description: 'Failed to stop observing the Realtime Store value.',
    userMessage: 'Some meeting information may keep updating. No action is needed.',
    causes: [
      'The unsubscribe request that meeting.realtimeStore.stopObserving() sent failed on the server or on the network.',
      'In js-sdk 1.1.1, stopObserving() does not throw this code: it records the failure in the SDK’s trace and returns normally.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message or in the SDK’s trace.',
      },
      {
        by: 'app',
        text: 'Ignore updates for keys the app no longer observes, so a late update does no harm.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Organization RECV_ONLY limit reached',
    userTitle: 'Viewer limit reached',
    description:
      'The organization has reached the maximum number of participants joining in RECV_ONLY mode. To increase the limit, contact VideoSDK support at support@videosdk.live.',
    userMessage:
      'This service has reached its limit for viewers, so you can’t join right now. Try again later.',
    causes: [
      'A participant tried to join in RECV_ONLY mode while the organization was at its limit for RECV_ONLY participants, so the participant did not get in.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Contact VideoSDK support at support@videosdk.live to increase the organization’s RECV_ONLY limit.',
      },
      {
        by: 'support',
        text: 'Increase the organization’s limit for RECV_ONLY participants.',
      },
      {
        by: 'app',
        text: 'Tell the user that the limit is reached, and do not retry automatically.',
      },
      {
        by: 'user',
        text: 'Try again later.',
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
  'pubsub-publish-failed': {
    title: 'PubSub publish failed',
    userTitle: 'Message not sent',
    description: 'Failed to publish the message to the PubSub topic. Try again.',
    userMessage: 'Your message wasn’t sent. Check your internet connection, then try again.',
    causes: [
      'The publish request that meeting.pubSub.publish() sent timed out or the server returned an error.',
      'The error message says whether it timed out, or gives the server’s reason.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Keep the unsent message in the UI, and let the user send it again.',
      },
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSub subscribe failed',
    userTitle: 'Messages not loading',
    description: 'Failed to subscribe to the PubSub topic. Try again.',
    userMessage:
      'New messages may not appear. Check your internet connection, then reload the page.',
    causes: [
      'The subscribe request that meeting.pubSub.subscribe() sent timed out or the server returned an error.',
      'The error message carries the reason, if one was given.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Run subscribe() again once the meeting connection is stable.',
      },
      {
        by: 'user',
        text: 'Check your internet connection, then reload the page.',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSub unsubscribe failed',
    userTitle: 'Messages not stopped',
    description: 'Failed to unsubscribe from the PubSub topic. Try again.',
    userMessage: 'You may still get some messages here. No action is needed.',
    causes: [
      'The unsubscribe request that meeting.pubSub.unsubscribe() sent timed out or the server returned an error.',
      'The error message carries the reason, if one was given.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the error message to tell a timeout from a server error.',
      },
      {
        by: 'app',
        text: 'Run unsubscribe() again with the same listeners object, and ignore messages for the topic meanwhile.',
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
  'request-media-relay-failed': {
    title: 'Media relay request failed',
    userTitle: 'Couldn’t send to other meeting',
    description: 'Failed to request media relay. Try again.',
    userMessage: 'Your audio and video couldn’t be sent to the other meeting. Try again.',
    causes: [
      'The server rejected the request that meeting.requestMediaRelay() sent, or the request failed on the network.',
      'Check the server’s reason in the error message, for example about the destination meeting or its token.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check the destination meeting ID and the token you pass for the destination meeting.',
      },
      {
        by: 'user',
        text: 'Try again.',
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
  'respond-media-relay-request-failed': {
    title: 'Media relay response failed',
    userTitle: 'Answer not sent',
    description: 'Failed to respond to the media relay request. Try again.',
    userMessage: 'Your answer to the request from the other meeting didn’t go through. Try again.',
    causes: [
      'The server rejected the response sent by accept() or reject() of the media-relay-request-received event, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the relay request on screen so the host can answer it again.',
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
  'something-went-wrong': {
    title: 'Something went wrong',
    userTitle: 'Something went wrong',
    description: 'Something went wrong.',
    userMessage:
      'Something went wrong in the meeting. Try again, and if it keeps happening, contact {supportContact}.',
    causes: [
      'The server reported a failure without a more specific code.',
      'js-sdk 1.1.1 does not raise this code itself. Check the server’s reason in the error message.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message and the app’s logs, and note the meeting ID and the time.',
      },
      {
        by: 'user',
        text: 'Try again. If it keeps happening, reload the page.',
      },
      {
        by: 'app',
        text: 'If it keeps happening, send the meeting ID, the time and the error message to VideoSDK support.',
      },
    ],
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
  'start-translation-failed': {
    title: 'Translation did not start',
    userTitle: 'Translation didn’t start',
    description: 'The request to start translation failed due to an unknown error.',
    userMessage: 'Translation didn’t start. Try again.',
    causes: [
      'The server rejected the request that meeting.startTranslation() sent, or the request failed on the network.',
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
  'start-whiteboard-failed': {
    title: 'Whiteboard did not start',
    userTitle: 'Whiteboard didn’t start',
    description: 'Failed to start the whiteboard. Try again.',
    userMessage: 'The whiteboard didn’t start. Try again.',
    causes: [
      'The server rejected the request that meeting.startWhiteboard() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Show the whiteboard only after the whiteboard-started event, and offer a retry.',
      },
      {
        by: 'user',
        text: 'Try again.',
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
  'stop-media-relay-failed': {
    title: 'Media relay did not stop',
    userTitle: 'Still sending to other meeting',
    description: 'Failed to stop media relay. Try again.',
    userMessage: 'Your audio and video are still being sent to the other meeting. Try again.',
    causes: [
      'The server rejected the request that meeting.stopMediaRelay() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message, and check the destination meeting ID you passed.',
      },
      {
        by: 'app',
        text: 'Keep showing the relay as active until the media-relay-stopped event arrives.',
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
      'The server rejected the request that meeting.stopTranslation() sent, or the request failed on the network.',
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
  'stop-whiteboard-failed': {
    title: 'Whiteboard did not stop',
    userTitle: 'Whiteboard didn’t stop',
    description: 'Failed to stop the whiteboard. Try again.',
    userMessage: 'The whiteboard didn’t stop. Try again.',
    causes: [
      'The server rejected the request that meeting.stopWhiteboard() sent, or the request failed on the network.',
      'The error message carries the server’s reason, if it gave one.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Check the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Keep the whiteboard open until the whiteboard-stopped event arrives, and offer a retry.',
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
      'The server rejected the request that participant.switchTo() sent to move the participant to another room, or the request failed on the network.',
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
        by: 'app',
        text: 'If it keeps happening, send the meeting ID, the time and the error message to VideoSDK support.',
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
  'whiteboard-operation-in-progress': {
    title: 'Whiteboard operation in progress',
    userTitle: 'Whiteboard is busy',
    description: 'A whiteboard operation is already in progress. Wait for it to complete.',
    userMessage:
      'The whiteboard is already starting or stopping, so wait a moment. No action is needed.',
    causes: [
      'The app ran meeting.startWhiteboard() or meeting.stopWhiteboard() while an earlier whiteboard operation was still in progress, so the new request was refused.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Disable the whiteboard controls while a start or stop is pending, and wait for the whiteboard-started or whiteboard-stopped event.',
      },
      {
        by: 'user',
        text: 'Wait a moment for the whiteboard to finish.',
      },
    ],
  },
};
