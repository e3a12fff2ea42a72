/** Every category, in the order the docs and the API list them. The package README says what falls in each. */
export const categories = [
  'auth',
  'account',
  'session',
  'limit',
  'connection',
  'media-device',
  'screenshare',
  'stream',
  'participant-control',
  'recording',
  'livestream',
  'hls',
  'transcription',
  'translation',
  'whiteboard',
  'pubsub',
  'realtime-store',
  'media-relay',
  'data',
  'usage',
] as const;

export const sources = ['client', 'server'] as const;

export const severities = ['fatal', 'error', 'warning'] as const;

export const features = [
  'recording',
  'livestream',
  'hls',
  'transcription',
  'participant-recording',
  'track-recording',
  'composite-recording',
  'translation',
  'whiteboard',
  'pubsub',
  'realtime-store',
  'media-relay',
] as const;
