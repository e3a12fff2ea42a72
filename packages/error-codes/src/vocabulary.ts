/** Every category, in the order the docs and the API list them. */
export const categories = [
  'auth',
  'account',
  'session',
  'limit',
  'media-device',
  'screenshare',
  'recording',
  'livestream',
  'hls',
  'transcription',
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
] as const;
