import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['会议'],
  participant: ['参会者'],
  host: ['主持人'],
  'screen-share': ['屏幕共享', '共享屏幕', '共享您的屏幕'],
  recording: ['录制'],
  // RTMP livestream: developers read 推流, end users 转播 (推流 is streamer jargon); both stay apart from 直播 (HLS).
  livestream: ['推流', '转播'],
  hls: ['直播'],
  transcription: ['转录'],
  translation: ['翻译'],
  whiteboard: ['白板'],
  'api-key': ['API 密钥'],
  token: ['令牌'],
  'try-again': ['重试'],
  browser: ['浏览器'],
  subscription: ['订阅'],
  'realtime-store': ['实时存储'],
  'media-relay': ['媒体中继'],
  retry: ['重试'],
  // 记录 (write down) and 日志 (the log): never 录制, the recording word.
  log: ['日志', '记录', '跟踪器'],
};
