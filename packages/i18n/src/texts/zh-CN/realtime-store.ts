import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: '未能读取实时存储的值',
    userTitle: '无法加载会议数据',
    description: '获取实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息未能加载。请重试。',
    causes: [
      'meeting.realtimeStore.getValue() 向实时存储发出的读取请求在服务器或网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查所请求的键。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 getValue()，在此期间保留最后已知的值。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'failed-to-observe-value': {
    title: '未能监听实时存储的值',
    userTitle: '实时更新未开始',
    description: '开始监听实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息可能不会自动更新。请重新加载页面以刷新。',
    causes: [
      'meeting.realtimeStore.observe() 向实时存储发出的订阅请求在服务器或网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查要监听的键。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 observe()，在此期间使用 getValue() 读取当前值。',
      },
      {
        by: 'user',
        text: '如果信息一直没有更新，请重新加载页面。',
      },
    ],
    variants: {
      app: {
        userMessage: '部分会议信息可能不会自动更新。请退出会议并重新加入以刷新。',
        fixes: [
          {
            by: 'app',
            text: '查看错误消息中服务器给出的原因，并检查要监听的键。',
          },
          {
            by: 'app',
            text: '在会议连接稳定后再次调用 observe()，在此期间使用 getValue() 读取当前值。',
          },
          {
            by: 'user',
            text: '如果信息一直没有更新，请退出会议并重新加入。',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: '未能保存实时存储的值',
    userTitle: '更改未保存',
    description: '设置实时存储（Realtime Store）的值失败。',
    userMessage: '您的更改未能保存。请重试。',
    causes: [
      'meeting.realtimeStore.setValue() 向实时存储发出的写入请求在服务器或网络上失败。',
      '无效的键、无效的值以及超过 1 KB 的值会在请求发出之前触发其他错误代码。此外，当会议已有 100 个键时，服务器会拒绝新的键。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在 setValue() 成功之前，在界面中保留之前的值，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: '未能停止监听实时存储的值',
    userTitle: '实时更新未停止',
    description: '停止监听实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息可能仍会继续更新。无需任何操作。',
    causes: [
      'meeting.realtimeStore.stopObserving() 向实时存储发出的取消订阅请求在服务器或网络上失败。',
      '在 js-sdk 1.1.1 中，stopObserving() 不会抛出此错误代码：它只会通过 SDK 的跟踪器把失败写入日志，然后正常返回。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() 不会向应用报告此失败。如需查看，请使用 VideoSDK.setLogLevel() 提高 SDK 的日志级别，然后查看控制台。',
      },
      {
        by: 'app',
        text: '忽略应用已不再监听的键的更新，这样迟到的更新也不会造成影响。',
      },
    ],
  },
};
