import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
  'start-transcription-failed': {
    title: '转录未能开始',
    userTitle: '转录未能开始',
    description: '由于未知错误，开始转录的请求失败。',
    userMessage: '转录未能开始。请重试。',
    causes: [
      '服务器无法开始转录，且消息未说明原因。',
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
  'stop-transcription-failed': {
    title: '转录未能停止',
    userTitle: '转录未能停止',
    description: '由于未知错误，停止转录的请求失败。',
    userMessage: '转录未能停止。请重试。',
    causes: [
      '服务器无法停止转录，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查转录是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'transcription-failed': {
    title: '转录已停止',
    userTitle: '转录已停止',
    description: '转录因未知错误而停止。',
    userMessage: '转录意外停止。您可以重新开始转录。',
    causes: [
      '转录在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'app',
        text: '提供重新开始转录的选项。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其转录的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
    audiences: {
      participant: { userMessage: '转录意外停止。主持人可以重新开始转录。' },
    },
  },
};
