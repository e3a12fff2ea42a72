import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'zh-CN',
  unknown: {
    title: '未知错误',
    userTitle: '出现问题',
    description:
      'SDK 报告了错误代码 {code}，本目录尚未收录该代码。该代码可能是较新版本的 SDK 新增的。',
    userMessage: '出现问题（错误 {code}）。请重试。如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      'SDK 报告了本目录未列出的错误代码，因此本目录无法说明其含义。',
      '应用使用的 SDK 版本可能比本目录涵盖的版本更新。请检查 SDK 版本和本目录的版本。',
      '随错误一起返回的消息可能包含更多信息。请在应用日志中查看。',
    ],
    fixes: [
      { by: 'user', text: '请重试。如果问题仍然存在，请联系 {supportContact}。' },
      {
        by: 'app',
        text: '在应用日志中阅读随错误一起返回的消息，并记下应用使用的 SDK 版本。',
      },
      {
        by: 'app',
        text: '将本目录更新到最新版本，新版本可能已收录该错误代码。',
      },
      {
        by: 'support',
        text: '如果该错误代码仍然未知，请联系 VideoSDK 支持团队，并提供错误代码、消息和 SDK 版本。',
      },
    ],
  },
  labels: {
    categories: {
      auth: '身份验证',
      account: '账户',
      session: '会议与入会',
      limit: '限制',
      connection: '连接',
      'media-device': '摄像头和麦克风',
      screenshare: '屏幕共享',
      stream: '音视频流',
      'participant-control': '参会者控制',
      recording: '录制',
      livestream: '推流（RTMP）',
      hls: 'HLS 直播',
      transcription: '转录',
      translation: '实时翻译',
      whiteboard: '白板',
      pubsub: '消息（PubSub）',
      'realtime-store': '实时存储',
      'media-relay': '媒体中继',
      data: '数据和文件',
      usage: 'API 用量',
    },
    severities: {
      fatal: '致命',
      error: '错误',
      warning: '警告',
    },
    sources: {
      client: '客户端',
      server: '服务器',
    },
    features: {
      recording: '录制',
      livestream: '推流（RTMP）',
      hls: 'HLS 直播',
      transcription: '转录',
      'participant-recording': '参会者录制',
      'track-recording': '轨道录制',
      'composite-recording': '合成录制',
      translation: '实时翻译',
      whiteboard: '白板',
      pubsub: '消息（PubSub）',
      'realtime-store': '实时存储',
      'media-relay': '媒体中继',
    },
    platforms: {
      web: 'Web（JavaScript、React）',
      'react-native': 'React Native',
      ios: 'iOS（Swift）',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: '应用开发者',
      user: '最终用户',
      dashboard: '账户所有者（控制台）',
      support: 'VideoSDK 支持团队',
    },
    supportTeam: '此应用的支持团队',
  },
};
