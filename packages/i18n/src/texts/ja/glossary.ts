import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['ミーティング'],
  participant: ['参加者'],
  host: ['主催者'],
  'screen-share': ['画面共有', '画面を共有', '画面の共有'],
  // 録画 (video), 録音 (audio only: RECORD_AUDIO). Never 記録: that is "log" (ログ) territory.
  recording: ['録画', '録音'],
  // RTMP livestream to other platforms such as YouTube.
  livestream: ['ライブ配信'],
  // HLS broadcast: end users read 視聴者向け放送, developers HLS配信. Neither is ライブ配信.
  hls: ['視聴者向け放送', 'HLS配信'],
  transcription: ['文字起こし'],
  translation: ['翻訳'],
  whiteboard: ['ホワイトボード'],
  'api-key': ['APIキー'],
  token: ['トークン'],
  'try-again': ['もう一度お試し', 'もう一度試'],
  browser: ['ブラウザー'],
  subscription: ['サブスクリプション'],
  'realtime-store': ['リアルタイムストア'],
  'media-relay': ['メディアリレー'],
  retry: ['再試行'],
  // ログ after no katakana: カタログ (catalog) and ダイアログ (dialog) are no log.
  log: ['/(?<![ァ-ヺ])ログ/', 'トレース'],
};
