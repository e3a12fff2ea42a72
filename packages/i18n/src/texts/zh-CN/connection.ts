import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
  'media-not-ready': {
    title: '媒体连接尚未就绪',
    userTitle: '连接尚未就绪',
    description: '会议的媒体连接尚未就绪。请稍后重试。',
    userMessage: '与会议的连接尚未就绪。请稍后重试。',
    causes: [
      '应用在与会议的媒体连接建立之前尝试发送媒体或数据。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请稍候片刻，然后重试。',
      },
      {
        by: 'app',
        text: '等到已加入会议且媒体连接建立后再操作，或短暂延迟后重试。',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: '媒体连接失败',
    userTitle: '连接出现问题',
    description:
      '无法建立会议或媒体连接。请检查网络连接、防火墙或安全设置，然后重试，或改用其他网络连接。',
    userMessage: '无法将您的音频和视频连接到会议。请检查网络连接，或尝试其他网络。',
    causes: [
      '与会议媒体服务器的媒体连接失败，因此音频和视频无法传输。',
      '如消息所述，网络、防火墙或安全设置可能会阻止此连接。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'user',
        text: '如果您使用 VPN 或工作网络，请尝试其他网络，例如手机热点。',
      },
      {
        by: 'app',
        text: '出现此错误后，SDK 会尝试重新建立连接。请显示会议正在重新连接，如果音频和视频未能恢复，请提供重新加入的选项。',
      },
    ],
  },
  'meeting-reconnecting': {
    title: '会议正在重新连接',
    userTitle: '会议正在重新连接',
    description: '会议正在重新连接。请在重新连接后重试。',
    userMessage: '会议正在重新连接。请在连接恢复后重试。',
    causes: [
      '与会议服务器的连接中断，会议正在重新连接，因此该方法目前无法执行。',
      '这是调用方状态类错误代码：SDK 会拒绝该方法调用，但不会将其作为会议错误发出。应用可通过会议状态得知正在重新连接。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪会议状态，并在重新连接期间禁用会议控件。',
      },
      {
        by: 'app',
        text: '在会议重新连接后重试。',
      },
    ],
  },
  'operation-timed-out': {
    title: '请求超时',
    userTitle: '未及时响应',
    description: '操作超时。请检查连接，然后重试。',
    userMessage: '会议未能及时响应。请检查网络连接，然后重试。',
    causes: ['发往会议服务器的请求未及时得到答复，或在答复到达之前连接已中断。'],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'app',
        text: '在会议连接后重试，并在应用日志中检查连接问题。',
      },
    ],
  },
  'something-went-wrong': {
    title: '出现问题',
    userTitle: '出现问题',
    description: '出现问题。',
    userMessage: '会议中出现问题。请重试；如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      '服务器报告了一个失败，但没有给出更具体的错误代码。',
      'js-sdk 1.1.1 本身不会发出此错误代码。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因和应用日志，并记下会议 ID 和时间。',
      },
      {
        by: 'user',
        text: '请重试。如果问题仍然存在，请重新加载页面。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和错误消息。',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: '查看错误消息中服务器给出的原因和应用日志，并记下会议 ID 和时间。',
          },
          {
            by: 'user',
            text: '请重试。如果问题仍然存在，请关闭应用，然后重新打开。',
          },
          {
            by: 'support',
            text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和错误消息。',
          },
        ],
      },
    },
  },
};
