import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
  'hls-failed': {
    title: 'HLS 直播已停止',
    userTitle: '直播已停止',
    description: 'HLS 直播因未知错误而停止。',
    userMessage: '面向观众的直播意外停止。您可以重新开始直播。',
    causes: [
      'HLS 直播在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'app',
        text: '提供重新开始 HLS 直播的选项。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其 HLS 直播的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '面向观众的直播意外停止。会议仍在继续，主持人可以重新开始直播。',
      },
      viewer: { userMessage: '直播意外停止。主持人可以重新开始直播。无需任何操作。' },
    },
  },
  'prev-hls-streaming-processing': {
    title: '上一次 HLS 直播仍在处理',
    userTitle: '上一次直播仍在处理',
    description: '上一次 HLS 直播仍在处理中。请几秒钟后重试。',
    userMessage: '上一次直播仍在处理中。请几秒钟后重试。',
    causes: ['服务器仍在处理上一次 HLS 直播时，又请求了新的 HLS 直播。'],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '几秒钟后自动再次尝试开始，并限制重试次数。',
      },
    ],
  },
  'start-hls-failed': {
    title: 'HLS 直播未能开始',
    userTitle: '直播未能开始',
    description: '由于未知错误，开始 HLS 直播的请求失败。',
    userMessage: '面向观众的直播未能开始。请重试。',
    causes: [
      '服务器无法开始 HLS 直播，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'HLS 直播未能停止',
    userTitle: '直播未能停止',
    description: '由于未知错误，停止 HLS 直播的请求失败。',
    userMessage: '面向观众的直播未能停止。请重试。',
    causes: [
      '服务器无法停止 HLS 直播，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查 HLS 直播是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
};
