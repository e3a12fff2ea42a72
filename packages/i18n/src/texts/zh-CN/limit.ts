import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'HLS 直播时长已达上限',
    userTitle: '直播时长已达上限',
    description: '单次 HLS 直播已达到 2 小时的最长时长，系统已自动停止该 HLS 直播。',
    userMessage:
      '面向观众的直播已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的直播。',
    causes: ['单次 HLS 直播最长可持续 2 小时。达到该上限时，服务器停止了此次直播。'],
    fixes: [
      {
        by: 'app',
        text: '监听此警告，并提供开始新 HLS 直播的选项。',
      },
      {
        by: 'app',
        text: '将长时间活动规划为多场 HLS 直播，每场不超过 2 小时。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          '面向观众的直播已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，主持人可以开始新的直播。',
      },
      viewer: {
        userMessage:
          '直播已达到单次 2 小时的时长上限，已自动停止。主持人可以开始新的直播。无需任何操作。',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: '推流时长已达上限',
    userTitle: '转播时长已达上限',
    description: '单次 RTMP 推流已达到 2 小时的最长时长，系统已自动停止推流。',
    userMessage: '转播已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的转播。',
    causes: ['单次 RTMP 推流最长可持续 2 小时。达到该上限时，服务器停止了此次推流。'],
    fixes: [
      {
        by: 'app',
        text: '监听此警告，并提供开始新推流的选项。',
      },
      {
        by: 'app',
        text: '将长时间活动规划为多次推流，每次不超过 2 小时。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          '转播已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，主持人可以开始新的转播。',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: '组织 HLS 直播数量已达上限',
    userTitle: '直播暂不可用',
    description:
      '该组织的 HLS 直播数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，面向观众的直播暂时无法开始。请稍后重试。',
    causes: ['该组织的 HLS 直播数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的 HLS 直播上限和用量。',
      },
      {
        by: 'app',
        text: '停止不再需要的 HLS 直播，然后重试。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: '组织推流数量已达上限',
    userTitle: '转播暂不可用',
    description:
      '该组织的推流数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，转播暂时无法开始。请稍后重试。',
    causes: ['该组织的推流数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的推流上限和用量。',
      },
      {
        by: 'app',
        text: '停止不再需要的推流，然后重试。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-participant-reached': {
    title: '会议人数已满',
    userTitle: '会议人数已满',
    description:
      '会议参会者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议人数已满，您暂时无法加入。请稍后重试，或向主持人寻求帮助。',
    causes: ['会议中的参会者人数已达到账户的上限。'],
    fixes: [
      {
        by: 'user',
        text: '请稍后重试，或向主持人寻求帮助。',
      },
      {
        by: 'app',
        text: '告知用户会议人数已满，并提供稍后重试的选项。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看账户套餐的参会者人数上限。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: '组织录制数量已达上限',
    userTitle: '录制暂不可用',
    description:
      '该组织的录制数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，录制暂时无法开始。请稍后重试。',
    causes: ['该组织的录制数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的录制上限和用量。',
      },
      {
        by: 'app',
        text: '停止不再需要的录制，然后重试。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: '组织 RECV_ONLY 人数已达上限',
    userTitle: '观众人数已达上限',
    description:
      '该组织以 RECV_ONLY 模式加入的参会者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于观众人数已达上限，您暂时无法加入。请稍后重试。',
    causes: [
      '参会者尝试以 RECV_ONLY 模式加入时，该组织的 RECV_ONLY 参会者人数已达上限，因此该参会者未能进入。',
    ],
    fixes: [
      {
        by: 'support',
        text: '如需提高该组织的 RECV_ONLY 上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
      { by: 'app', text: '告知用户已达上限，并且不要自动重试。' },
      { by: 'user', text: '请稍后重试。' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: '组织发言者人数已达上限',
    userTitle: '发言者过多',
    description:
      '该组织的发言者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于发言者人数已达上限，您暂时无法加入。请稍后重试。',
    causes: ['在整个组织范围内，以发言者身份加入的参会者人数已达到账户的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的发言者上限和用量。',
      },
      {
        by: 'app',
        text: '让只观看的参会者以观众而非发言者身份加入。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-speaker-reached': {
    title: '会议发言者人数已达上限',
    userTitle: '发言者人数已达上限',
    description:
      '会议的发言者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议的发言者人数已达上限，您暂时无法加入。请稍后重试，或向主持人寻求帮助。',
    causes: ['会议中的发言者人数已达到账户的上限。'],
    fixes: [
      {
        by: 'user',
        text: '请稍后重试，或向主持人寻求帮助。',
      },
      {
        by: 'app',
        text: '让只观看的参会者以观众而非发言者身份加入。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看账户套餐的发言者上限。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: '组织观众人数已达上限',
    userTitle: '观众过多',
    description:
      '该组织的观众人数已达上限（观众即以 VIEWER 或 SIGNALLING_ONLY 模式加入的参会者）。服务器消息中拼写为 SIGNALING_ONLY；VIEWER 是该模式在 0.1.4 之前的名称。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于观众人数已达上限，您暂时无法加入。请稍后重试。',
    causes: [
      '在整个组织范围内，以 VIEWER 或 SIGNALLING_ONLY 模式加入的参会者人数已达到账户的上限。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的观众上限和用量。',
      },
      {
        by: 'app',
        text: '告知用户会议目前无法容纳更多观众，并提供稍后重试的选项。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: '录制时长已达上限',
    userTitle: '录制时长已达上限',
    description: '单次录制已达到 2 小时的最长时长，系统已自动停止录制。',
    userMessage: '录制已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的录制。',
    causes: ['单次录制最长可持续 2 小时。达到该上限时，服务器停止了此次录制。'],
    fixes: [
      {
        by: 'app',
        text: '监听此警告，并提供开始新录制的选项。',
      },
      {
        by: 'app',
        text: '将长时间的会议规划为多段录制，每段不超过 2 小时。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          '录制已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，主持人可以开始新的录制。',
      },
    },
  },
};
