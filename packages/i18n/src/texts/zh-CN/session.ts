import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
  'action-not-supported-in-mode': {
    title: '当前模式不支持该操作',
    userTitle: '操作不可用',
    description: '当前会议模式不支持该操作。',
    userMessage: '您目前在此会议中只能观看和收听，因此无法执行此操作。您可以继续参加会议。',
    causes: [
      '参会者处于无法发送的模式（例如 RECV_ONLY 或 SIGNALLING_ONLY）时，应用尝试发送媒体或数据，例如开启摄像头或麦克风、共享屏幕或发送消息。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在开启媒体之前检查参会者的模式，并在无法发送的模式下隐藏摄像头、麦克风和屏幕共享控件。',
      },
      {
        by: 'app',
        text: '如需让参会者发送媒体，请先使用 changeMode() 切换到 SEND_AND_RECV 模式。',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: '入会前执行了操作',
    userTitle: '尚未进入会议',
    description: '出现问题。会议仍在连接时尝试执行了某项操作，该操作失败。请在加入会议后重试。',
    userMessage: '您尚未进入会议。请等待入会完成后重试。',
    causes: ['应用在会议仍在连接、尚未完成加入时调用了会议操作。'],
    fixes: [
      {
        by: 'app',
        text: '等到 SDK 报告已加入会议后再调用会议操作，或在此之前将这些操作排队。',
      },
      {
        by: 'app',
        text: '在参会者加入之前，禁用界面中的会议控件。',
      },
      {
        by: 'user',
        text: '请等待加入会议后重试。',
      },
    ],
  },
  'change-mode-failed': {
    title: '模式切换失败',
    userTitle: '无法切换参与方式',
    description: '更改会议模式失败。请重试。',
    userMessage: '未能在仅观看和参与之间切换。请重试。',
    causes: [
      '服务器拒绝了 meeting.changeMode() 发出的更改模式请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在界面中继续显示当前模式，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'changing-mode': {
    title: '模式切换失败',
    userTitle: '无法切换参与方式',
    description: '出现问题，无法更改模式。请重试。',
    userMessage: '未能在仅观看和参与之间切换。请重试。',
    causes: [
      '更改参会者在会议中模式的请求（changeMode）未成功。',
      '消息未说明原因。请查看应用日志以及发出请求时的网络状态。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请稍后重试。',
      },
      {
        by: 'app',
        text: '让参会者保持当前模式，告知模式未能更改，并提供重试。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 changeMode 时的日志以及当时的网络状态。',
      },
    ],
  },
  'character-join-failed': {
    title: 'AI 角色未能加入',
    userTitle: 'AI 参会者未能入会',
    description: '角色加入请求因未知错误而失败。',
    userMessage: 'AI 参会者未能加入会议。请重试。',
    causes: [
      '服务器无法添加该角色（VideoSDK 的 AI 角色，会以参会者身份加入会议），且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '确认会议仍在进行，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'character-leave-failed': {
    title: 'AI 角色未能离开',
    userTitle: 'AI 参会者未能退出',
    description: '角色离开请求因未知错误而失败。',
    userMessage: 'AI 参会者未能退出会议，可能仍在会议中。请重试。',
    causes: [
      '服务器无法将该角色（VideoSDK 的 AI 角色）移出会议，且消息未说明原因。',
      '该角色可能仍在会议中。在将其显示为已离开之前，请先检查参会者列表。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请等待几秒钟，然后重试。',
      },
      {
        by: 'app',
        text: '显示该角色是否仍在会议中，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'duplicate-participant': {
    title: '已从其他设备加入',
    userTitle: '已在别处打开会议',
    description: '由于同一参会者 ID 已从其他设备加入，正在退出会议。',
    userMessage: '您已在其他设备或浏览器标签页中加入此会议，因此此标签页已退出会议。',
    causes: [
      '另一个连接使用相同的参会者 ID 加入了会议，因此服务器移除了当前连接。',
      '当应用将同一个参会者 ID 分配给两个不同的人时，也会出现这种情况。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在您的其他设备或浏览器标签页中继续参加会议。',
      },
      {
        by: 'app',
        text: '为每个人分配唯一的参会者 ID，例如用户的账户 ID。',
      },
      {
        by: 'app',
        text: '告知用户会议正在别处继续，而不是显示笼统的错误。',
      },
    ],
    variants: {
      app: {
        userMessage: '您已在其他设备上加入此会议，因此此设备已退出会议。',
        fixes: [
          {
            by: 'user',
            text: '请在您的其他设备上继续参加会议。',
          },
          {
            by: 'app',
            text: '为每个人分配唯一的参会者 ID，例如用户的账户 ID。',
          },
          {
            by: 'app',
            text: '告知用户会议正在别处继续，而不是显示笼统的错误。',
          },
        ],
      },
    },
  },
  'end-meeting-failed': {
    title: '结束会议失败',
    userTitle: '无法结束会议',
    description: '无法结束会议。请重试。',
    userMessage: '无法为所有人结束会议。请重试。',
    causes: [
      '服务器拒绝了结束会议的请求，或该请求失败。',
      '如果服务器给出了原因，错误消息中会包含该原因，例如此参会者无权结束会议。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请稍候片刻，然后重试。',
      },
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '如果该参会者无权结束会议，请只向有权结束会议的参会者显示此控件。',
      },
    ],
  },
  'invalid-meeting-id': {
    title: '会议 ID 无效',
    userTitle: '找不到会议',
    description: '会议 ID 为空或无效。请核实该 ID，或使用 API 创建新的会议 ID。',
    userMessage: '找不到此会议。请检查会议链接，或向主持人索取新链接。',
    causes: [
      '加入时传入的会议 ID 为空，或不是有效的 VideoSDK 会议 ID。',
      '请检查应用从何处获取会议 ID，例如会议链接或应用的服务器。',
    ],
    fixes: [
      {
        by: 'app',
        text: '使用 VideoSDK API 创建会议，并将返回的会议 ID 原样传给加入方法。',
      },
      {
        by: 'app',
        text: '记录应用加入时使用的会议 ID，并确认它不为空且未被截断。',
      },
      {
        by: 'user',
        text: '请检查会议链接，或向主持人索取新链接。',
      },
    ],
  },
  'invalid-mode': {
    title: '会议模式无效',
    userTitle: '无法更改设置',
    description: '请求了无效的会议模式。',
    userMessage: '此应用未针对此操作正确配置。请稍后重试，或联系 {supportContact}。',
    causes: [
      '应用传给 initMeeting() 或 changeMode() 的模式不是 SDK 的模式之一（例如 SEND_AND_RECV、RECV_ONLY 或 SIGNALLING_ONLY）。',
      '错误消息中会指明该无效值。',
    ],
    fixes: [
      {
        by: 'app',
        text: '检查错误消息中指明的值，例如是否有拼写错误。',
      },
      {
        by: 'app',
        text: '使用 VideoSDK.Constants.modes 中的常量，而不是手动输入的字符串。',
      },
    ],
  },
  'invalid-participant-id': {
    title: '参会者 ID 无效',
    userTitle: '暂时无法加入',
    description: '参会者 ID 为空或无效。该 ID 不得包含任何空白字符。',
    userMessage: '此应用无法在此会议中识别您的身份，您暂时无法加入。请联系 {supportContact}。',
    causes: ['加入时传入的参会者 ID 为空或包含空白字符，例如使用了带空格的显示名称。'],
    fixes: [
      {
        by: 'app',
        text: '传入不含空格、制表符或换行符的参会者 ID，例如用户 ID。',
      },
      {
        by: 'app',
        text: '在加入前检查该值：确保它不为空，并去除所有空白字符。',
      },
    ],
  },
  'meeting-id-disabled': {
    title: '会议 ID 已禁用',
    userTitle: '会议链接已失效',
    description: '该会议 ID 已被禁用。请使用 API 生成新的会议 ID。',
    userMessage: '此会议链接已失效。请向主持人索取新链接。',
    causes: ['加入时使用的会议 ID 已被禁用，因此参会者无法加入该会议。'],
    fixes: [
      {
        by: 'app',
        text: '使用 VideoSDK API 创建新的会议 ID，并将新会议分享给参会者。',
      },
      {
        by: 'app',
        text: '不要再在链接和已存储的数据中使用已禁用的会议 ID。',
      },
      {
        by: 'user',
        text: '请向主持人索取新的会议链接。',
      },
    ],
  },
  'respond-entry-failed': {
    title: '入会请求响应失败',
    userTitle: '答复未发送',
    description: '响应入会请求失败。请重试。',
    userMessage: '您对入会请求的答复未能送达。请重试。',
    causes: [
      '服务器拒绝了 meeting.respondEntry() 发出的响应，或该请求在网络上失败。entry-requested 事件的 allow() 和 deny() 函数使用的是同一个请求。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在屏幕上保留入会请求，以便主持人再次答复。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'switch-meeting-failed': {
    title: '切换会议失败',
    userTitle: '无法切换会议',
    description: '切换会议失败。请重试。',
    userMessage: '未能转到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.switchTo() 发出的请求，或该请求在网络上失败。',
      '请查看错误消息中服务器给出的原因，例如与目标会议或其令牌有关的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查要切换到的会议 ID，以及为其传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: '参会者切换房间失败',
    userTitle: '无法移动参会者',
    description: '切换该参会者的房间失败。请重试。',
    userMessage: '未能转到其他会议。请重试。',
    causes: [
      '服务器拒绝了 participant.switchTo()（1.1.1 的类型声明中没有此方法）为将该参会者移到另一个房间而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查目标房间的会议 ID，以及为其传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: '无法加入会议',
    userTitle: '未能加入会议',
    description: '出现问题，无法加入会议。请重试。',
    userMessage: '无法将您连接到会议。请检查网络连接，然后重试。',
    causes: ['加入会议失败，且消息未说明原因。', '请查看应用日志以及出错时的网络状态。'],
    fixes: [
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并记录加入失败的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'unknown-error': {
    title: '服务器报告了未知错误',
    userTitle: '出现问题',
    description: '发生未知错误。',
    userMessage:
      '会议中出现问题。如果有功能无法正常使用，请退出会议后重新加入。如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      '服务器发送了 UNKNOWN_ERROR（4000）：某个请求失败了，但服务器没有给出更具体的原因。',
      '这是 SDK 定义的真实错误代码，而不是本目录不认识的代码。它不会说明是哪个请求失败了。',
      '请在应用日志中查看应用在出错前刚刚执行的操作。',
    ],
    fixes: [
      {
        by: 'user',
        text: '如果有功能无法正常使用，请退出会议后重新加入。如果问题仍然存在，请联系 {supportContact}。',
      },
      {
        by: 'app',
        text: '将该错误连同应用刚执行的操作、会议 ID 和时间一起写入日志，并告知用户哪些操作没有成功。',
      },
      {
        by: 'app',
        text: '不要自动重复同一请求：服务器没有给出原因，再次发送可能会以同样的方式失败。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID、时间和 SDK 版本。',
      },
    ],
  },
};
