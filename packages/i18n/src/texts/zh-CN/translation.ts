import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: '翻译语言未更改',
    userTitle: '语言未更改',
    description: '由于未知错误，更改翻译语言的请求失败。',
    userMessage: '翻译语言未更改。请重试。',
    causes: [
      '服务器拒绝了 meeting.changeTranslationLanguage()（1.1.1 的类型声明中没有此方法）发出的更改翻译语言请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并确认翻译正在进行且该语言受支持。',
      },
      {
        by: 'app',
        text: '在更改成功之前，在界面中继续显示之前的语言。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'start-translation-failed': {
    title: '翻译未能开始',
    userTitle: '翻译未能开始',
    description: '由于未知错误，开始翻译的请求失败。',
    userMessage: '翻译未能开始。请重试。',
    causes: [
      '服务器拒绝了 meeting.startTranslation()（1.1.1 的类型声明中没有此方法）为开始翻译而发出的请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查传入的翻译配置。',
      },
      {
        by: 'app',
        text: '仅在 translation-state-changed 事件表明翻译已开始后，才将翻译显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-translation-failed': {
    title: '翻译未能停止',
    userTitle: '翻译未能停止',
    description: '由于未知错误，停止翻译的请求失败。',
    userMessage: '翻译未能停止。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopTranslation()（1.1.1 的类型声明中没有此方法）为停止翻译而发出的请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在 translation-state-changed 事件表明翻译已停止之前，继续将翻译显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'translation-failed': {
    title: '翻译已停止',
    userTitle: '翻译已停止',
    description: '翻译因内部错误而停止。',
    userMessage: '翻译意外停止。您可以重新开始翻译。',
    causes: [
      '如 SDK 文档注释所述，翻译因服务器内部错误而停止。',
      'SDK 未给出更多细节。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '根据 translation-state-changed 事件更新界面，并允许用户重新开始翻译。',
      },
      {
        by: 'user',
        text: '请重新开始翻译。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和错误消息。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '翻译意外停止。主持人可以重新开始翻译。',
        userSteps: ['请让主持人重新开始翻译。'],
      },
    },
  },
};
