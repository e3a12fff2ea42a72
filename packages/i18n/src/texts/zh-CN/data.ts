import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: '文件获取失败',
    userTitle: '无法加载文件',
    description: '无法获取文件。请重试。',
    userMessage: '无法加载文件。请检查网络连接，然后重试。',
    causes: [
      'fetchBase64File() 发出的 HTTPS 请求失败，或服务器返回了错误状态。',
      '错误消息中包含 HTTP 状态，以及服务器返回的文本（如有）。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'app',
        text: '查看错误消息中的 HTTP 状态和服务器给出的原因。',
      },
      {
        by: 'app',
        text: '确认该 URL 是 uploadBase64File() 返回的 URL，并确认令牌有效且未过期。',
      },
    ],
  },
  'file-upload-failed': {
    title: '文件上传失败',
    userTitle: '无法上传文件',
    description: '无法上传文件。请重试。',
    userMessage: '无法上传文件。请检查网络连接，然后重试。',
    causes: [
      'uploadBase64File() 发出的 HTTPS 请求失败，服务器返回了错误状态，或响应中没有文件 URL。',
      '错误消息中包含 HTTP 状态，以及服务器返回的文本（如有）。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'app',
        text: '查看错误消息中的 HTTP 状态和服务器给出的原因。',
      },
      {
        by: 'app',
        text: '确认令牌有效且未过期，并确认文件数据和文件名正确。',
      },
    ],
  },
  'payload-too-large': {
    title: '数据过大',
    userTitle: '内容过大，无法发送',
    description: '数据超过了允许的最大大小。',
    userMessage: '内容过大，无法发送。请缩短后重试。',
    causes: [
      '传给 meeting.send() 的数据大于 15 KiB，或实时存储（Realtime Store）的某个值大于 1 KB。错误消息中会给出大小。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请缩短消息，然后重试。',
      },
      {
        by: 'app',
        text: '发送前检查大小，并将大块数据拆分为多条较小的消息。',
      },
      {
        by: 'app',
        text: '对于文件，请使用 uploadBase64File() 上传，只发送返回的 URL。',
      },
    ],
  },
  'send-failed': {
    title: '数据发送失败',
    userTitle: '消息未发送',
    description: '无法发送消息。请重试。',
    userMessage: '无法发送您的消息。请重试。',
    causes: ['使用 meeting.send() 向会议发送数据失败。', '错误消息中包含原因。'],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'app',
        text: '查看错误消息中的原因，对必须送达的消息使用 RELIABLE 模式。',
      },
    ],
  },
};
