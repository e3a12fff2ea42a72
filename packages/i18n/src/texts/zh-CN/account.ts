import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
  'account-deactivated': {
    title: '账户已停用',
    userTitle: '会议功能不可用',
    description: 'VideoSDK 似乎已停用该账户。请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此应用目前无法使用会议功能。请联系 {supportContact}。',
    causes: ['VideoSDK 已停用拥有该 API 密钥的账户。消息未说明原因。'],
    fixes: [
      {
        by: 'dashboard',
        text: '登录 VideoSDK 控制台，查看该账户的状态。',
      },
      {
        by: 'support',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，了解账户被停用的原因以及恢复方法。',
      },
      {
        by: 'app',
        text: '在账户恢复正常之前，向最终用户显示清晰的提示和可寻求帮助的联系方式。',
      },
    ],
  },
  'account-discontinued': {
    title: '账户已终止',
    userTitle: '会议功能不可用',
    description:
      '该账户已终止服务。服务器会返回包含详细信息的具体消息。如需了解更多详情，请联系支持团队。',
    userMessage: '此应用目前无法使用会议功能。请联系 {supportContact}。',
    causes: [
      '拥有该 API 密钥的账户已终止服务。',
      '请查看错误消息中服务器给出的原因：服务器会随此错误发送具体详情。',
    ],
    fixes: [
      {
        by: 'app',
        text: '记录随此错误返回的服务器消息，因为其中包含具体原因。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该账户的状态和套餐。',
      },
      {
        by: 'support',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，并提供服务器消息以了解更多详情。',
      },
    ],
  },
  'add-on-services-disabled': {
    title: '附加服务已禁用',
    userTitle: '功能不可用',
    description: '该账户的附加服务已被禁用。请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此应用目前无法使用该功能。请联系 {supportContact}。',
    causes: [
      '拥有该 API 密钥的账户已关闭附加服务，因此服务器拒绝了所请求的功能。',
      '消息未指明是哪项功能。请检查错误出现时应用请求的是哪项功能。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该账户的附加服务和套餐。',
      },
      {
        by: 'support',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，为该账户开启附加服务。',
      },
      {
        by: 'app',
        text: '在附加服务可用之前，在应用中隐藏或禁用该功能。',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'API 密钥已停用',
    userTitle: '暂时无法加入',
    description: '令牌中提供的 API 密钥已停用。请在控制台中核实。',
    userMessage: '此应用目前无法使用会议功能，因此您无法加入。请联系 {supportContact}。',
    causes: [
      '令牌中携带的 API 密钥已停用，因此服务器不允许该参会者进入会议。',
      '请在 VideoSDK 控制台中查看该密钥的状态，确认是否是在控制台中将其停用的。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中检查该 API 密钥，重新启用它或创建新的 API 密钥。',
      },
      {
        by: 'app',
        text: '让令牌服务器使用处于启用状态的 API 密钥及其 secret 生成令牌。',
      },
      {
        by: 'user',
        text: '请联系 {supportContact}。',
      },
    ],
  },
};
