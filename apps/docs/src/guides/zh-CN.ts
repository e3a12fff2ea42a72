import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: '错误如何到达你的应用',
  deliveryEmitted:
    'js-sdk {version} 通过会议的错误事件（`{event}`；在 React 中为 `{hook}`）报告此错误。没有调用会抛出它。',
  deliveryThrown:
    'js-sdk {version} 从不通过错误事件发出此错误：遇到它的调用会抛出它，或以它拒绝 Promise。请像下面的代码那样，在调用处捕获它。',
  deliveryBoth:
    'js-sdk {version} 两者都做：通过错误事件（`{event}`）报告此错误，遇到它的调用也会抛出它或以它拒绝 Promise。请在事件中处理它，并捕获该调用，以免拒绝无人处理。',
  deliveryServer:
    '此错误由会议服务器发送。js-sdk {version} 的代码中没有它的名字：SDK 将服务器发来的错误原样交给错误事件（`{event}`）。',
  deliveryTableOnly: 'js-sdk {version} 只在其错误表中列出此错误：该版本没有任何调用会产生它。',
  thrownBy: '会抛出它的调用：{calls}。',
  deliveryOther:
    '在 {platform} 上哪些对象发出错误、哪些调用会抛出错误，以及没有错误事件时会发生什么：',
  howErrorsLink: '错误如何到达你的应用（{platform}）',
  retryableMeans:
    '可重试是指：应用在短暂等待后原样重复同一调用，就可能成功；事先无需修复任何东西。',
  howToRetry: '重试',
  retryPolicy: '重试策略：每次重复前等待 {waits}，最多重复 {attempts} 次；之后显示错误。',
  notRetryable:
    '不可重试：在某些东西改变之前（权限、设备、设置、应用代码或账户），原样重复调用仍会失败。',
  explainedByHeading: '常见的背后原因',
  explainedByLead: '此错误码含义笼统。大约同一时间报告的下列错误码之一，通常能说明真正的问题：',
  apiKeyPointer: '在 SDK 需要令牌的地方传入了 API 密钥，就会出现此错误。',

  pagesLabel: '指南',

  howErrorsTitle: '错误如何到达你的应用：{platform}',
  howErrorsLead:
    '错误通过三种方式之一到达你的应用：错误事件；抛出异常或拒绝 Promise 的调用；或者只有状态变化，没有任何错误。本页说明此 SDK 版本线属于哪种。',
  englishNote: '以下内容列出 SDK 自身的方法和事件名称，因此保留英文。',
  retryHeading: '可重试的含义与重试方法',
  retryBody: [
    '`retryable: true` 表示：应用在短暂等待后原样重复同一调用，就可能成功。事先无需修复任何东西，应用可以按条目的 `retry` 策略自动重复。',
    '`retryable: false` 表示：在有人改变某些东西（权限、设备、设置、应用代码、账户或限额）之前，原样重复调用仍会失败。面向最终用户的文字可能在这类改变之后说“然后重试”：那是用户的步骤，不是自动重试。',
    '策略以数据形式写在每个可重试条目中：`retry: { afterMs, backoff, maxAttempts }`，即首次等待的毫秒数、`exponential`（每次等待是前一次的两倍）或 `none`，以及最多重复次数。最后一次重复之后，显示错误。',
  ],
  policyDefault:
    '默认策略 `{name}`：等待 {waits}（重复 {attempts} 次），用于 SDK 文字未给出等待时间的所有可重试错误码。',
  policyFewSeconds:
    '`{name}`：等待 {waits}（重复 {attempts} 次），用于 SDK 说 “try again after few seconds” 的错误码（4018–4020）。',

  apiKey: {
    title: 'API 密钥与令牌',
    lead: 'SDK 接收的是令牌，从来不是 API 密钥。在应传令牌的地方传入 API 密钥，是 4001 和 4002 最常见的原因。',
    keyHeading: 'API 密钥及其密钥串（secret）',
    keyBody: [
      'API 密钥标识你的 VideoSDK 账户。它附带一个 secret，两者都只保存在你的服务器上。',
      '切勿将 API 密钥或 secret 打包进应用、网页或移动端构建：任何人都能在那里读到它们，并用你的账户发起会议。',
    ],
    tokenHeading: '令牌',
    tokenBody: [
      '令牌是一个 JWT（JSON Web Token），由你的服务器用 secret 签名（HS256）后交给应用，应用再把它传给 SDK（`VideoSDK.config(token)`、`<MeetingProvider token>`，或原生 SDK 的 token 参数）。',
      '请让它的有效期尽量短，并只授予用户所需的权限。',
    ],
    claimsHeading: '令牌包含的内容（依据 VideoSDK 的指南）',
    claims: {
      apikey: '你的 API 密钥：服务器会结合签名进行核对。',
      permissions:
        '`allow_join`（直接加入）、`ask_join`（先请求主持人同意）或 `allow_mod`（主持管理）。',
      version: '令牌指定房间、参会者或角色时为 `2`。',
      roomId: '可选：此令牌唯一可以加入的房间。',
      participantId: '可选：此令牌唯一可以使用的参会者 ID。',
      roles: '可选：会议用 `rtc`，服务器端 API 调用用 `crawler`。',
      exp: '令牌的过期时间，自 1970 年起的秒数（签名时用 `expiresIn` 设置）。',
    },
    wrongHeading: '会出什么问题',
    wrongBody:
      '作为令牌传入的 API 密钥不是 JWT，因此服务器会拒绝它：{codes}。已过期的令牌，或用其他账户的 secret 签名的令牌，也会被同样拒绝。',
    debugHeading: '如何排查被拒绝的令牌',
    debugSteps: [
      '确认该值是 JWT：由点连接的三段 base64url。没有点的短字符串是 API 密钥。',
      '解码中间一段（在你自己的机器上，不要在网站上：它是凭据），查看其中的声明。',
      '检查 `exp`：必须是将来的时间。与当前时间的秒数（`date +%s`）比较。',
      '检查 `apikey`：必须是签署该令牌的 secret 所属账户的 API 密钥。',
      '检查 `permissions`，以及令牌中设置的 `roomId` 或 `participantId`：它们必须允许应用请求的操作。',
    ],
    keywords: 'jwt json web token 令牌 api 密钥 apikey secret 签名 过期 exp 声明',
  },
};
