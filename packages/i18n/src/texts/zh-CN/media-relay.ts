import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: '媒体中继请求失败',
    userTitle: '无法发送到其他会议',
    description: '请求媒体中继失败。请重试。',
    userMessage: '无法将您的音频和视频发送到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.requestMediaRelay() 发出的媒体中继请求，或该请求在网络上失败。',
      '请查看错误消息中服务器给出的原因，例如与目标会议或其令牌有关的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查目标会议 ID，以及为目标会议传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: '媒体中继请求响应失败',
    userTitle: '答复未发送',
    description: '响应媒体中继请求失败。请重试。',
    userMessage: '您对其他会议请求的答复未能送达。请重试。',
    causes: [
      '服务器拒绝了 media-relay-request-received 事件的 accept() 或 reject() 发出的响应，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在屏幕上保留中继请求，以便主持人再次答复。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: '媒体中继未能停止',
    userTitle: '仍在发送到其他会议',
    description: '停止媒体中继失败。请重试。',
    userMessage: '您的音频和视频仍在发送到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopMediaRelay() 为停止媒体中继而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查传入的目标会议 ID。',
      },
      {
        by: 'app',
        text: '在收到 media-relay-stopped 事件之前，继续将中继显示为进行中。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
};
