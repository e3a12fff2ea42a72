import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
  'participant-recording-failed': {
    title: '参会者录制失败',
    userTitle: '录制已停止',
    description: '参会者录制因未知错误而停止。',
    userMessage: '一位参会者的录制意外停止。您可以重新开始录制。',
    causes: [
      '参会者录制（单独录制某一位参会者）在开始后于 VideoSDK 服务器上停止。',
      '服务器未给出停止原因。请求本身并未被拒绝，因此重新开始可能会成功。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重新开始录制。',
      },
      {
        by: 'app',
        text: '告知会议中的人员录制已停止，并提供重新开始参会者录制的选项。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID、参会者 ID 和失败时间。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '一位参会者的录制意外停止。主持人可以重新开始录制。',
        userSteps: ['请让主持人重新开始录制。'],
      },
    },
  },
  'prev-recording-processing': {
    title: '上一次录制仍在处理',
    userTitle: '上一次录制仍在保存',
    description: '上一次录制仍在处理中。请几秒钟后重试。',
    userMessage: '上一次录制仍在保存中。请几秒钟后重试。',
    causes: ['服务器仍在处理上一次录制时，又请求了新的录制。'],
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
  'recording-failed': {
    title: '录制已停止',
    userTitle: '录制已停止',
    description: '录制因未知错误而停止。',
    userMessage: '录制意外停止。您可以重新开始录制。',
    causes: [
      '录制在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'app',
        text: '提供重新开始录制的选项。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其录制的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
    audiences: {
      participant: { userMessage: '录制意外停止。主持人可以重新开始录制。' },
    },
  },
  'start-composite-recording-failed': {
    title: '合成录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始合成录制的请求失败。',
    userMessage: '录制未能开始。请重试。',
    causes: [
      '服务器无法开始合成录制，且 SDK 文档注释未指明原因。',
      'js-sdk 1.1.1 本身不会发出此错误代码，而是转发服务器报告的内容，因此请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '提供重试，并仅在服务器确认录制已开始后才将其显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: '参会者录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制该参会者的请求失败。',
    userMessage: '此参会者的录制未能开始。请重试。',
    causes: [
      '服务器无法开始参会者录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '确认该参会者仍在会议中，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-recording-failed': {
    title: '录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制的请求失败。',
    userMessage: '录制未能开始。请重试。',
    causes: [
      '服务器无法开始录制，且消息未说明原因。',
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
  'start-track-recording-failed': {
    title: '轨道录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制该轨道的请求失败。',
    userMessage: '此音频或视频的录制未能开始。请重试。',
    causes: [
      '服务器无法开始录制该音频或视频轨道，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '确认该轨道仍在发送，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: '合成录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止合成录制的请求失败。',
    userMessage: '录制未能停止。请重试。',
    causes: [
      '服务器无法停止合成录制，且 SDK 文档注释未指明原因。',
      'js-sdk 1.1.1 本身不会发出此错误代码，而是转发服务器报告的内容，因此请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在服务器确认录制已停止之前，继续将其显示为开启，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: '参会者录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制该参会者的请求失败。',
    userMessage: '此参会者的录制未能停止。请重试。',
    causes: [
      '服务器无法停止参会者录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查参会者录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-recording-failed': {
    title: '录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制的请求失败。',
    userMessage: '录制未能停止。请重试。',
    causes: [
      '服务器无法停止录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: '轨道录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制该轨道的请求失败。',
    userMessage: '此音频或视频的录制未能停止。请重试。',
    causes: [
      '服务器无法停止录制该音频或视频轨道，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查轨道录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'track-recording-failed': {
    title: '轨道录制失败',
    userTitle: '录制已停止',
    description: '轨道录制因未知错误而停止。',
    userMessage: '一位参会者的音频或视频录制意外停止。您可以重新开始录制。',
    causes: [
      '轨道录制（录制某位参会者的一条音频或视频轨道）在开始后于 VideoSDK 服务器上停止。',
      '服务器未给出停止原因。请求本身并未被拒绝，因此重新开始可能会成功。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重新开始录制。',
      },
      {
        by: 'app',
        text: '告知会议中的人员录制已停止，并提供重新开始轨道录制的选项。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID、参会者 ID、轨道类型和失败时间。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '一位参会者的音频或视频录制意外停止。主持人可以重新开始录制。',
        userSteps: ['请让主持人重新开始录制。'],
      },
    },
  },
};
