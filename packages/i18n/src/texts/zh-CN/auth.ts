import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
  'invalid-api-key': {
    title: 'API 密钥无效',
    userTitle: '暂时无法加入',
    description: '令牌中的 API 密钥（apikey）为空或无效。请在控制台中核实。',
    userMessage: '此应用配置有误，您暂时无法加入会议。请联系 {supportContact}。',
    causes: ['令牌中的 apikey 值缺失或错误，或者它指向的 API 密钥已被删除或停用。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中确认该 API 密钥存在且处于启用状态。',
      },
      {
        by: 'app',
        text: '在令牌服务器上将该 API 密钥填入 apikey 字段，并使用同一 API 密钥的 secret 签署令牌。',
      },
      {
        by: 'app',
        text: '解码应用收到的令牌，检查其中的 apikey 值。',
      },
    ],
  },
  'invalid-permissions': {
    title: '令牌权限无效',
    userTitle: '暂时无法加入',
    description: '令牌中的权限无效。请勿将 allow_join 或 allow_mod 与 ask_join 一起使用。',
    userMessage: '此应用配置有误，您暂时无法加入会议。请联系 {supportContact}。',
    causes: [
      '令牌中的权限列表将 ask_join 与 allow_join 或 allow_mod 组合使用，或存在其他无效之处。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在令牌服务器上，要么使用 ask_join（参会者申请加入），要么使用 allow_join（可同时加上 allow_mod）。切勿将 ask_join 与另外两者组合使用。',
      },
      {
        by: 'app',
        text: '解码应用收到的令牌，检查其中的权限列表。',
      },
    ],
  },
  'invalid-token': {
    title: '令牌无效',
    userTitle: '访问权限已过期',
    description: '令牌为空或无效，也可能已过期。',
    userMessage: '您进入此会议的权限已过期或无效。请重新加入会议。',
    causes: ['令牌缺失、不是用 API 密钥的 secret 签署的有效令牌，或已超过有效期。'],
    fixes: [
      {
        by: 'app',
        text: '每次加入前从令牌服务器获取新的令牌，而不是保存旧令牌。',
      },
      {
        by: 'app',
        text: '确认令牌服务器使用令牌中所指定 API 密钥的 secret 签名，并检查令牌的过期时间。',
      },
      {
        by: 'user',
        text: '请重新加入会议。',
      },
    ],
    variants: {
      browser: {
        userMessage: '您进入此会议的权限已过期或无效。请重新加载页面，然后重新加入会议。',
        fixes: [
          {
            by: 'app',
            text: '每次加入前从令牌服务器获取新的令牌，而不是保存旧令牌。',
          },
          {
            by: 'app',
            text: '确认令牌服务器使用令牌中所指定 API 密钥的 secret 签名，并检查令牌的过期时间。',
          },
          {
            by: 'user',
            text: '请重新加载页面，然后重新加入会议。',
          },
        ],
      },
    },
  },
  'unauthorized-meeting-id': {
    title: '令牌对此会议无效',
    userTitle: '无权进入此会议',
    description: '令牌对所提供的会议 ID 无效。',
    userMessage: '您的邀请对此会议无效。请检查会议链接，或向主持人索取新的邀请。',
    causes: ['该令牌是为其他会议创建的：其 roomId 值与加入时使用的会议 ID 不一致。'],
    fixes: [
      {
        by: 'app',
        text: '为要加入的会议创建令牌：将 roomId 设为该会议 ID，或不设置 roomId。',
      },
      {
        by: 'app',
        text: '确认应用传给令牌服务器和加入方法的是同一个会议 ID。',
      },
      {
        by: 'user',
        text: '请检查会议链接，或向主持人索取新的邀请。',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: '令牌对此参会者无效',
    userTitle: '邀请与账户不匹配',
    description: '令牌对所提供的参会者 ID 无效。',
    userMessage: '您的邀请与您的账户不匹配。请重新加入会议，或联系 {supportContact}。',
    causes: ['该令牌是为其他参会者创建的：其 participantId 值与加入时使用的参会者 ID 不一致。'],
    fixes: [
      {
        by: 'app',
        text: '将同一个参会者 ID 传给令牌服务器和加入方法。',
      },
      {
        by: 'app',
        text: '如果令牌不需要绑定到某一位参会者，请在令牌中省略 participantId。',
      },
      {
        by: 'user',
        text: '请重新加入会议。',
      },
    ],
    variants: {
      browser: {
        userMessage:
          '您的邀请与您的账户不匹配。请重新加载页面并重新加入会议，或联系 {supportContact}。',
        fixes: [
          {
            by: 'app',
            text: '将同一个参会者 ID 传给令牌服务器和加入方法。',
          },
          {
            by: 'app',
            text: '如果令牌不需要绑定到某一位参会者，请在令牌中省略 participantId。',
          },
          {
            by: 'user',
            text: '请重新加载页面，然后重新加入会议。',
          },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: '请求未获允许',
    userTitle: '暂时无法加入',
    description: '请求与安全配置不匹配。',
    userMessage: '出于安全原因，会议服务未接受此请求。请联系 {supportContact}。',
    causes: [
      '请求与账户的安全设置不匹配，因此服务器拒绝了该请求。',
      '消息未指明是哪项设置。请查看错误消息中服务器给出的原因以及应用日志。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中检查该 API 密钥的访问设置，例如允许的域名列表。',
      },
      {
        by: 'app',
        text: '将请求与这些设置进行比对，例如应用运行所在的域名以及令牌的内容。',
      },
      {
        by: 'support',
        text: '如果设置看起来无误，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'unauthorized-role': {
    title: '角色无权加入',
    userTitle: '无法加入此会议',
    description: '令牌中的角色不能用于加入会议。',
    userMessage: '您的访问权限不允许您加入此会议。请联系 {supportContact}。',
    causes: ['令牌中的角色不包含允许加入会议的角色，例如仅为服务器 API 调用而创建的令牌。'],
    fixes: [
      {
        by: 'app',
        text: '解码应用收到的令牌，检查其中的 roles 值。',
      },
      {
        by: 'app',
        text: '按照 VideoSDK 的令牌文档，使用允许加入会议的角色创建入会令牌。',
      },
    ],
  },
};
