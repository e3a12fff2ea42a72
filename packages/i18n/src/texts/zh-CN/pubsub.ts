import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'PubSub 发布失败',
    userTitle: '消息未发送',
    description: '向 PubSub 主题发布消息失败。请重试。',
    userMessage: '您的消息未能发送。请检查网络连接，然后重试。',
    causes: [
      'meeting.pubSub.publish() 向 PubSub 发出的发布请求超时，或服务器返回了错误。',
      '错误消息会说明是否超时，或给出服务器的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '在界面中保留未发送的消息，并允许用户再次发送。',
      },
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSub 订阅失败',
    userTitle: '消息无法加载',
    description: '订阅 PubSub 主题失败。请重试。',
    userMessage: '新消息可能无法显示。请检查网络连接，然后重新加载页面。',
    causes: [
      'meeting.pubSub.subscribe() 向 PubSub 发出的订阅请求超时，或服务器返回了错误。',
      '如果给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 subscribe()。',
      },
      {
        by: 'user',
        text: '请检查网络连接，然后重新加载页面。',
      },
    ],
    variants: {
      app: {
        userMessage: '新消息可能无法显示。请检查网络连接，然后退出会议并重新加入。',
        fixes: [
          {
            by: 'app',
            text: '查看错误消息，区分是超时还是服务器错误。',
          },
          {
            by: 'app',
            text: '在会议连接稳定后再次调用 subscribe()。',
          },
          {
            by: 'user',
            text: '请检查网络连接，然后退出会议并重新加入。',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSub 取消订阅失败',
    userTitle: '消息未停止',
    description: '取消订阅 PubSub 主题失败。请重试。',
    userMessage: '您可能仍会在这里收到一些消息。无需任何操作。',
    causes: [
      'meeting.pubSub.unsubscribe() 向 PubSub 发出的取消订阅请求超时，或服务器返回了错误。',
      '如果给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '使用同一个 listeners 对象再次调用 unsubscribe()，并在此期间忽略该主题的消息。',
      },
    ],
  },
};
