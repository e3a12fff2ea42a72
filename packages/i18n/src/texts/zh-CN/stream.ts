import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
  'adaptive-subscription-disable-failed': {
    title: '未能禁用自适应订阅',
    userTitle: '视频设置未更改',
    description: '自适应订阅已处于禁用状态。',
    userMessage: '视频自动调节未发生变化。会议照常进行。',
    causes: [
      '如 SDK 文档注释所述，应用在自适应订阅已禁用时又调用了 meeting.disableAdaptiveSubscription()。',
      '当禁用请求在服务器或网络上失败时，SDK 也会发出此错误代码。此时错误消息中会包含原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪自适应订阅是否已开启，仅在其开启时调用 disableAdaptiveSubscription()。',
      },
      {
        by: 'app',
        text: '如果请求前自适应订阅处于开启状态，请查看错误消息中服务器给出的原因。',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: '未能启用自适应订阅',
    userTitle: '视频设置未更改',
    description: '自适应订阅已处于启用状态。',
    userMessage: '视频自动调节未发生变化。会议照常进行。',
    causes: [
      '如 SDK 文档注释所述，应用在自适应订阅已启用时又调用了 meeting.enableAdaptiveSubscription()。',
      '当启用请求在服务器或网络上失败时，SDK 也会发出此错误代码。此时错误消息中会包含原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪自适应订阅是否已开启，仅在其关闭时调用 enableAdaptiveSubscription()。',
      },
      {
        by: 'app',
        text: '如果请求前自适应订阅处于关闭状态，请查看错误消息中服务器给出的原因。',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: '自适应订阅不可用',
    userTitle: '视频自动调节不可用',
    description: 'SDK 未启用自适应订阅。请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议不提供视频自动调节功能。会议照常进行。',
    causes: [
      '服务器报告自适应订阅未启用，因此无法开启或关闭它。',
      'SDK 文档注释未说明原因。VideoSDK 支持团队可以告知您。',
    ],
    fixes: [
      {
        by: 'support',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，为该账户启用自适应订阅，或了解其不可用的原因。',
      },
      {
        by: 'app',
        text: '在启用之前，不要调用 enableAdaptiveSubscription() 或 disableAdaptiveSubscription()。',
      },
    ],
  },
  'codec-not-supported': {
    title: '不支持远端视频编解码器',
    userTitle: '无法显示视频',
    description: '您的平台不支持远端参会者的视频编解码器。',
    userMessage: '您的浏览器无法显示此参会者的视频。更新浏览器或换用其他浏览器可能会有帮助。',
    causes: ['远端参会者发送视频所用的编解码器，此浏览器或设备无法解码。'],
    fixes: [
      {
        by: 'app',
        text: '检查远端参会者发送的是哪种编解码器，以及此浏览器支持哪些视频编解码器。',
      },
      {
        by: 'app',
        text: '让参会者使用您支持的所有浏览器都能解码的编解码器发送视频。',
      },
      {
        by: 'user',
        text: '请更新浏览器，或从其他浏览器加入。',
      },
    ],
    variants: {
      app: {
        userMessage: '此设备无法显示此参会者的视频。更新应用可能会有帮助。',
        fixes: [
          {
            by: 'app',
            text: '检查远端参会者发送的是哪种编解码器，以及此设备支持哪些视频编解码器。',
          },
          {
            by: 'app',
            text: '让参会者使用您支持的所有设备都能解码的编解码器发送视频。',
          },
          {
            by: 'user',
            text: '请更新应用，或从其他设备加入。',
          },
        ],
      },
    },
  },
  'consume-mic-streams-failed': {
    title: '未能接收麦克风流',
    userTitle: '音频未能加载',
    description: '接收该参会者的麦克风流失败。请重试。',
    userMessage: '此参会者的音频未能加载。请重试。',
    causes: [
      '服务器拒绝了 participant.consumeMicStreams() 为接收该参会者麦克风流而发出的请求，或该请求在网络上失败。',
      '由于 initMeeting() 中的 autoConsume 为 false，应用需要自行调用此方法。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 consumeMicStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: '未能接收网络摄像头流',
    userTitle: '视频未能加载',
    description: '接收该参会者的网络摄像头流失败。请重试。',
    userMessage: '此参会者的视频未能加载。请重试。',
    causes: [
      '服务器拒绝了 participant.consumeWebcamStreams() 为接收该参会者网络摄像头流而发出的请求，或该请求在网络上失败。',
      '由于 initMeeting() 中的 autoConsume 为 false，应用需要自行调用此方法。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 consumeWebcamStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'create-consumer-failed': {
    title: '未能创建 consumer',
    userTitle: '音频或视频未能加载',
    description: '创建 consumer 失败。',
    userMessage: '会议中某人的音频或视频未能加载。如果仍然缺失，请重新加载页面。',
    causes: [
      '服务器无法创建 consumer，因此此参会者收不到其中一路远端媒体流。',
      'SDK 文档注释未指明原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因和应用日志，并记下受影响的是哪位远端参会者。',
      },
      {
        by: 'user',
        text: '如果某人的音频或视频一直缺失，请重新加载页面并重新加入。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和错误消息。',
      },
    ],
    variants: {
      app: {
        userMessage: '会议中某人的音频或视频未能加载。如果仍然缺失，请退出会议并重新加入。',
        fixes: [
          {
            by: 'app',
            text: '查看错误消息中服务器给出的原因和应用日志，并记下受影响的是哪位远端参会者。',
          },
          {
            by: 'user',
            text: '如果某人的音频或视频一直缺失，请退出会议并重新加入。',
          },
          {
            by: 'support',
            text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和错误消息。',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: '该编解码器不支持多流',
    userTitle: '视频画质受限',
    description: '此编解码器不支持多流（multistream）。',
    userMessage: '您的视频仍可正常使用，但只有一种画质。无需任何操作。',
    causes: [
      '应用请求多流时使用了 SDK 无法与之配合的编解码器：VP9 或 AV1，或 React Native 中的 H264。',
      'SDK 会关闭多流，只发送一路视频流。',
    ],
    fixes: [
      {
        by: 'app',
        text: '需要多流时请使用 VP8；使用 VP9 或 AV1 时请关闭多流。',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: '暂停所有流失败',
    userTitle: '无法暂停',
    description: '暂停所有流失败。请重试。',
    userMessage: '无法暂停其他人的音频和视频。请重试。',
    causes: [
      '服务器拒绝了 meeting.pauseAllStreams() 为暂停所有流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '让界面保持之前的状态，并在会议连接稳定后再次调用 pauseAllStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'pause-stream-failed': {
    title: '暂停流失败',
    userTitle: '无法暂停',
    description: '暂停该流失败。请重试。',
    userMessage: '无法暂停此参会者的音频或视频。请重试。',
    causes: [
      '服务器拒绝了 stream.pause() 针对远端参会者的流发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续将该流显示为播放中，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: '恢复所有流失败',
    userTitle: '无法恢复',
    description: '恢复所有流失败。请重试。',
    userMessage: '无法恢复其他人的音频和视频。请重试。',
    causes: [
      '服务器拒绝了 meeting.resumeAllStreams() 为恢复所有流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '让界面保持之前的状态，并在会议连接稳定后再次调用 resumeAllStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'resume-stream-failed': {
    title: '恢复流失败',
    userTitle: '无法恢复',
    description: '恢复该流失败。请重试。',
    userMessage: '无法恢复此参会者的音频或视频。请重试。',
    causes: [
      '服务器拒绝了 stream.resume() 针对远端参会者的流发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续将该流显示为已暂停，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'set-quality-failed': {
    title: '未能设置流画质',
    userTitle: '视频画质未更改',
    description: '设置流画质失败。请重试。',
    userMessage: '视频画质未更改。请重试。',
    causes: [
      '服务器拒绝了 participant.setQuality() 或 participant.setScreenShareQuality() 为更改该参会者画质而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续显示之前的画质，并在会议连接稳定后再次调用该方法。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: '停止接收麦克风流失败',
    userTitle: '音频未能停止',
    description: '停止接收该参会者的麦克风流失败。请重试。',
    userMessage: '未能停止此参会者的音频。请重试。',
    causes: [
      '服务器拒绝了 participant.stopConsumingMicStreams() 为停止接收该参会者麦克风流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 stopConsumingMicStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: '停止接收网络摄像头流失败',
    userTitle: '视频未能停止',
    description: '停止接收该参会者的网络摄像头流失败。请重试。',
    userMessage: '未能停止此参会者的视频。请重试。',
    causes: [
      '服务器拒绝了 participant.stopConsumingWebcamStreams() 为停止接收该参会者网络摄像头流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 stopConsumingWebcamStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
};
