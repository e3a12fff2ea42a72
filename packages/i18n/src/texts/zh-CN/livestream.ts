import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
  'invalid-livestream-config': {
    title: '推流设置无效',
    userTitle: '转播设置无效',
    description: '推流的输出（outputs）配置无效。',
    userMessage: '转播设置无效。请检查推流地址和推流密钥，然后重试。',
    causes: ['开始推流时传入的 outputs 无效。每个输出都需要一个 RTMP URL 和一个推流密钥。'],
    fixes: [
      {
        by: 'app',
        text: '检查 outputs 中的每一项：每项都需要目标平台的 RTMP URL 和推流密钥。',
      },
      {
        by: 'app',
        text: '在开始推流之前检查这些值，并告诉用户哪个值有误。',
      },
      {
        by: 'user',
        text: '请从您要推流到的平台（例如 YouTube）重新复制推流地址和推流密钥，然后重试。',
      },
    ],
  },
  'livestream-failed': {
    title: '推流已停止',
    userTitle: '转播已停止',
    description: '推流因未知错误而停止。',
    userMessage: '转播到其他平台意外停止。您可以重新开始转播。',
    causes: [
      '推流失败，且消息未说明原因。',
      '请查看应用日志，并检查目标平台（例如 YouTube）是否在其一侧报告了错误。',
    ],
    fixes: [
      {
        by: 'app',
        text: '提供重新开始推流的选项。',
      },
      {
        by: 'app',
        text: '在目标平台的推流管理后台中查看错误，例如推流密钥已失效。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
    audiences: {
      participant: { userMessage: '转播到其他平台意外停止。主持人可以重新开始转播。' },
    },
  },
  'prev-rtmp-recording-processing': {
    title: '上一次推流仍在处理',
    userTitle: '上一次转播仍在处理',
    description: '上一次 RTMP 推流仍在处理中。请几秒钟后重试。',
    userMessage: '上一次转播仍在处理中。请几秒钟后重试。',
    causes: [
      '服务器仍在处理上一次 RTMP 推流时，又请求了新的推流。消息中将其称为 RTMP 录制（RTMP recording）。',
    ],
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
  'start-livestream-failed': {
    title: '推流未能开始',
    userTitle: '转播未能开始',
    description: '由于未知错误，开始推流的请求失败。',
    userMessage: '转播未能开始。请重试。',
    causes: [
      '服务器无法开始推流，且消息未说明原因。',
      '请查看应用日志，并确认每个输出的 RTMP URL 和推流密钥仍然有效。',
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
  'stop-livestream-failed': {
    title: '推流未能停止',
    userTitle: '转播未能停止',
    description: '由于未知错误，停止推流的请求失败。',
    userMessage: '转播未能停止。请重试。',
    causes: [
      '服务器无法停止推流，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查推流是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
};
