import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
  'account-deactivated': {
    title: '账户已停用',
    userTitle: '会议暂不可用',
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
    userTitle: '会议暂不可用',
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
      { by: 'user', text: '请等待加入会议后重试。' },
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
  'audio-track-creation-failed': {
    title: '音频轨道创建失败',
    userTitle: '音频无法启动',
    description: '出现错误，无法创建音频轨道。请重试。',
    userMessage: '您的音频无法启动。请检查麦克风，然后重试。',
    causes: [
      'SDK 无法从麦克风创建音频轨道。',
      '消息未说明原因。请在应用日志中查看底层的设备错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风已连接且没有被其他应用占用，然后重试。',
      },
      {
        by: 'app',
        text: '记录底层错误，并提供重试按钮。',
      },
      {
        by: 'app',
        text: '问题持续期间，让参会者在不开音频的情况下留在会议中。',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: '摄像头访问被拒绝',
    userTitle: '摄像头已被阻止',
    description: '摄像头访问请求被拒绝或被关闭。如需继续，请在浏览器或设备设置中授予访问权限。',
    userMessage: '此页面的摄像头访问已被阻止。请在浏览器设置中允许使用摄像头，然后重新加载页面。',
    causes: [
      '用户拒绝或关闭了请求摄像头访问权限的提示。',
      '也可能此前已为该网站或应用阻止了摄像头访问。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在浏览器设置中允许此网站使用摄像头，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '在浏览器询问之前说明应用为何需要摄像头，并展示如何在浏览器设置中允许使用。',
      },
      { by: 'app', text: '在此期间允许用户不开视频入会。' },
    ],
    variants: {
      flutter: {
        userMessage: '此应用无权使用您的摄像头。请在设备的“设置”中允许此应用访问摄像头，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
          },
          {
            by: 'app',
            text: '在系统询问之前说明应用为何需要摄像头，并提供跳转到设备“设置”中本应用页面的快捷入口。',
          },
          { by: 'app', text: '在此期间允许用户不开视频入会。' },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: '摄像头不可用',
    userTitle: '摄像头不可用',
    description: '无法访问摄像头。请确保设备兼容，且页面通过安全连接（https://）提供。',
    userMessage: '目前无法使用您的摄像头。请确认您的设备上有可正常使用的摄像头，然后重试。',
    causes: [
      '浏览器或设备未提供摄像头访问，例如设备上没有兼容的摄像头。',
      '浏览器只允许安全页面（https:// 或 localhost）使用摄像头，因此通过普通 http:// 提供的页面无法获得摄像头。',
    ],
    fixes: [
      {
        by: 'app',
        text: '通过 https:// 提供应用。开发时也可以使用 localhost。',
      },
      {
        by: 'user',
        text: '请确认摄像头已连接且工作正常，或尝试其他浏览器或设备。',
      },
      { by: 'app', text: '在此期间允许用户不开视频入会。' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: '请确认您的设备上有可正常使用的摄像头，然后重试。',
          },
          {
            by: 'app',
            text: '确认设备上有应用可使用的摄像头，并记录底层错误。',
          },
          {
            by: 'app',
            text: '如果应用也在浏览器中运行，请通过 https:// 提供。',
          },
          { by: 'app', text: '在此期间允许用户不开视频入会。' },
        ],
      },
    },
  },
  'camera-in-use': {
    title: '摄像头被占用',
    userTitle: '摄像头正被占用',
    description:
      '摄像头正被其他应用程序使用。请关闭所有正在使用摄像头的程序（如视频会议工具、屏幕录制软件或其他浏览器），然后重启浏览器并重试。',
    userMessage: '其他应用或浏览器标签页正在使用您的摄像头。请将其关闭，然后重试。',
    causes: ['其他应用程序或浏览器标签页占用了摄像头，而操作系统一次只允许一个程序使用。'],
    fixes: [
      { by: 'user', text: '请关闭其他正在使用摄像头的应用或浏览器标签页，然后重试。' },
      { by: 'app', text: '提供重试按钮，并在此期间允许用户不开视频入会。' },
    ],
    variants: {
      flutter: {
        userMessage: '其他应用正在使用您的摄像头。请将其关闭，然后重试。',
        fixes: [
          { by: 'user', text: '请关闭其他正在使用摄像头的应用，然后重试。' },
          {
            by: 'app',
            text: '提供重试按钮，并在此期间允许用户不开视频入会。',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: '摄像头被系统阻止',
    userTitle: '摄像头被设置阻止',
    description: '操作系统设置拒绝了摄像头权限。请检查系统设置，并为此浏览器授予权限。',
    userMessage:
      '您设备的隐私设置阻止此浏览器使用摄像头。请在系统设置中允许此浏览器使用摄像头，然后重新加载页面。',
    causes: ['操作系统拒绝浏览器或应用访问摄像头，例如在 macOS 或 Windows 的隐私设置中。'],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的隐私设置，允许此浏览器使用摄像头，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '针对用户的操作系统显示简短的操作步骤，并在此期间允许用户不开视频入会。',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          '您设备的隐私设置阻止此应用使用摄像头。请在设备的“设置”中允许此应用使用摄像头，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
          },
          {
            by: 'app',
            text: '针对用户的操作系统显示简短的操作步骤，并在此期间允许用户不开视频入会。',
          },
        ],
      },
    },
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
      { by: 'user', text: '请在您的其他设备或浏览器标签页中继续参加会议。' },
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
      flutter: {
        userMessage: '您已在其他设备上加入此会议，因此此设备已退出会议。',
        fixes: [
          { by: 'user', text: '请在您的其他设备上继续参加会议。' },
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
  'hls-duration-limit-reached': {
    title: 'HLS 直播时长已达上限',
    userTitle: '直播时长已达上限',
    description: '单次 HLS 直播已达到 2 小时的最长时长，系统已自动停止该 HLS 直播。',
    userMessage:
      '面向观众的直播已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的直播。',
    causes: ['单次 HLS 直播最长可持续 2 小时。达到该上限时，服务器停止了此次直播。'],
    fixes: [
      {
        by: 'app',
        text: '监听此警告，并提供开始新 HLS 直播的选项。',
      },
      {
        by: 'app',
        text: '将长时间活动规划为多场 HLS 直播，每场不超过 2 小时。',
      },
    ],
  },
  'hls-failed': {
    title: 'HLS 直播已停止',
    userTitle: '直播已停止',
    description: 'HLS 直播因未知错误而停止。',
    userMessage: '面向观众的直播意外停止。您可以重新开始直播。',
    causes: [
      'HLS 直播在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'app', text: '提供重新开始 HLS 直播的选项。' },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其 HLS 直播的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
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
  'invalid-livestream-config': {
    title: '推流设置无效',
    userTitle: '推流设置无效',
    description: '推流的输出（outputs）配置无效。',
    userMessage: '推流设置无效。请检查推流地址和推流密钥，然后重试。',
    causes: ['开始推流时传入的 outputs 无效。每个输出都需要一个 RTMP URL 和一个推流密钥。'],
    fixes: [
      {
        by: 'app',
        text: '检查 outputs 中的每一项：每项都需要目标平台的 RTMP URL 和推流密钥。',
      },
      {
        by: 'app',
        text: '在开始推流之前检查这些值，并告诉用户哪个值有误。',
      },
      {
        by: 'user',
        text: '请从您要推流到的平台（例如 YouTube）重新复制推流地址和推流密钥，然后重试。',
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
      { by: 'user', text: '请检查会议链接，或向主持人索取新链接。' },
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
    userTitle: '访问权限无效',
    description: '令牌为空或无效，也可能已过期。',
    userMessage: '您对此会议的访问已过期或无效。请重新加入会议。',
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
      { by: 'user', text: '请重新加入会议。' },
    ],
    variants: {
      web: {
        userMessage: '您对此会议的访问已过期或无效。请重新加载页面，然后重新加入会议。',
        fixes: [
          {
            by: 'app',
            text: '每次加入前从令牌服务器获取新的令牌，而不是保存旧令牌。',
          },
          {
            by: 'app',
            text: '确认令牌服务器使用令牌中所指定 API 密钥的 secret 签名，并检查令牌的过期时间。',
          },
          { by: 'user', text: '请重新加载页面，然后重新加入会议。' },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: '推流时长已达上限',
    userTitle: '推流时长已达上限',
    description: '单次 RTMP 推流已达到 2 小时的最长时长，系统已自动停止推流。',
    userMessage: '推流已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的推流。',
    causes: ['单次 RTMP 推流最长可持续 2 小时。达到该上限时，服务器停止了此次推流。'],
    fixes: [
      { by: 'app', text: '监听此警告，并提供开始新推流的选项。' },
      { by: 'app', text: '将长时间活动规划为多次推流，每次不超过 2 小时。' },
    ],
  },
  'livestream-failed': {
    title: '推流已停止',
    userTitle: '推流已停止',
    description: '推流因未知错误而停止。',
    userMessage: '推流意外停止。您可以重新开始推流。',
    causes: [
      '推流失败，且消息未说明原因。',
      '请查看应用日志，并检查目标平台（例如 YouTube）是否在其一侧报告了错误。',
    ],
    fixes: [
      { by: 'app', text: '提供重新开始推流的选项。' },
      {
        by: 'app',
        text: '在目标平台的推流管理后台中查看错误，例如推流密钥已失效。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: '组织 HLS 直播数量已达上限',
    userTitle: '直播暂不可用',
    description:
      '该组织的 HLS 直播数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，面向观众的直播暂时无法开始。请稍后重试。',
    causes: ['该组织的 HLS 直播数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的 HLS 直播上限和用量。',
      },
      {
        by: 'app',
        text: '停止不再需要的 HLS 直播，然后重试。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: '组织推流数量已达上限',
    userTitle: '推流暂不可用',
    description:
      '该组织的推流数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，推流暂时无法开始。请稍后重试。',
    causes: ['该组织的推流数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的推流上限和用量。',
      },
      { by: 'app', text: '停止不再需要的推流，然后重试。' },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-participant-reached': {
    title: '会议人数已满',
    userTitle: '会议人数已满',
    description:
      '会议参会者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议人数已满，您暂时无法加入。请稍后重试，或向主持人寻求帮助。',
    causes: ['会议中的参会者人数已达到账户的上限。'],
    fixes: [
      { by: 'user', text: '请稍后重试，或向主持人寻求帮助。' },
      {
        by: 'app',
        text: '告知用户会议人数已满，并提供稍后重试的选项。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看账户套餐的参会者人数上限。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: '组织录制数量已达上限',
    userTitle: '录制暂不可用',
    description:
      '该组织的录制数量已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于已达到使用上限，录制暂时无法开始。请稍后重试。',
    causes: ['该组织的录制数量已达到其账户允许的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的录制上限和用量。',
      },
      { by: 'app', text: '停止不再需要的录制，然后重试。' },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: '组织发言者人数已达上限',
    userTitle: '发言者过多',
    description:
      '该组织的发言者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于发言者人数已达上限，您暂时无法加入。请稍后重试。',
    causes: ['在整个组织范围内，以发言者身份加入的参会者人数已达到账户的上限。'],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的发言者上限和用量。',
      },
      {
        by: 'app',
        text: '让只观看的参会者以观众而非发言者身份加入。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-speaker-reached': {
    title: '会议发言者人数已达上限',
    userTitle: '发言者人数已达上限',
    description:
      '会议的发言者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议的发言者人数已达上限，您暂时无法加入。请稍后重试，或向主持人寻求帮助。',
    causes: ['会议中的发言者人数已达到账户的上限。'],
    fixes: [
      { by: 'user', text: '请稍后重试，或向主持人寻求帮助。' },
      {
        by: 'app',
        text: '让只观看的参会者以观众而非发言者身份加入。',
      },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看账户套餐的发言者上限。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: '组织观众人数已达上限',
    userTitle: '观众过多',
    description:
      '该组织的观众人数已达上限（观众即以 VIEWER 或 SIGNALING_ONLY 模式加入的参会者）。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '由于观众人数已达上限，您暂时无法加入。请稍后重试。',
    causes: [
      '在整个组织范围内，以 VIEWER 或 SIGNALING_ONLY 模式加入的参会者人数已达到账户的上限。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该组织的观众上限和用量。',
      },
      {
        by: 'app',
        text: '告知用户会议目前无法容纳更多观众，并提供稍后重试的选项。',
      },
      {
        by: 'support',
        text: '如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: '麦克风访问被拒绝',
    userTitle: '麦克风已被阻止',
    description: '麦克风访问请求被拒绝或被关闭。如需继续，请在浏览器或设备设置中授予访问权限。',
    userMessage: '此页面的麦克风访问已被阻止。请在浏览器设置中允许使用麦克风，然后重新加载页面。',
    causes: [
      '用户拒绝或关闭了请求麦克风访问权限的提示。',
      '也可能此前已为该网站或应用阻止了麦克风访问。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在浏览器设置中允许此网站使用麦克风，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '在浏览器询问之前说明应用为何需要麦克风，并展示如何在浏览器设置中允许使用。',
      },
      { by: 'app', text: '在此期间允许用户不开音频入会。' },
    ],
    variants: {
      flutter: {
        userMessage: '此应用无权使用您的麦克风。请在设备的“设置”中允许此应用访问麦克风，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用麦克风，然后重试。',
          },
          {
            by: 'app',
            text: '在系统询问之前说明应用为何需要麦克风，并提供跳转到设备“设置”中本应用页面的快捷入口。',
          },
          { by: 'app', text: '在此期间允许用户不开音频入会。' },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: '麦克风不可用',
    userTitle: '麦克风不可用',
    description: '无法访问麦克风。请确保设备兼容，且页面通过安全连接（https://）提供。',
    userMessage: '目前无法使用您的麦克风。请确认您的设备上有可正常使用的麦克风，然后重试。',
    causes: [
      '浏览器或设备未提供麦克风访问，例如设备上没有兼容的麦克风。',
      '浏览器只允许安全页面（https:// 或 localhost）使用麦克风，因此通过普通 http:// 提供的页面无法获得麦克风。',
    ],
    fixes: [
      {
        by: 'app',
        text: '通过 https:// 提供应用。开发时也可以使用 localhost。',
      },
      {
        by: 'user',
        text: '请确认麦克风已连接且工作正常，或尝试其他浏览器或设备。',
      },
      { by: 'app', text: '在此期间允许用户不开音频入会。' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: '请确认您的设备上有可正常使用的麦克风，然后重试。',
          },
          {
            by: 'app',
            text: '确认设备上有应用可使用的麦克风，并记录底层错误。',
          },
          {
            by: 'app',
            text: '如果应用也在浏览器中运行，请通过 https:// 提供。',
          },
          { by: 'app', text: '在此期间允许用户不开音频入会。' },
        ],
      },
    },
  },
  'microphone-in-use': {
    title: '麦克风被占用',
    userTitle: '麦克风正被占用',
    description:
      '麦克风正被其他应用程序使用。请关闭所有正在使用麦克风的程序（如视频会议工具、屏幕录制软件或其他浏览器），然后重启浏览器并重试。',
    userMessage: '其他应用或浏览器标签页正在使用您的麦克风。请将其关闭，然后重试。',
    causes: ['其他应用程序或浏览器标签页占用了麦克风，而操作系统一次只允许一个程序使用。'],
    fixes: [
      {
        by: 'user',
        text: '请关闭其他正在使用麦克风的应用或浏览器标签页，然后重试。',
      },
      { by: 'app', text: '提供重试按钮，并在此期间允许用户不开音频入会。' },
    ],
    variants: {
      flutter: {
        userMessage: '其他应用正在使用您的麦克风。请将其关闭，然后重试。',
        fixes: [
          { by: 'user', text: '请关闭其他正在使用麦克风的应用，然后重试。' },
          {
            by: 'app',
            text: '提供重试按钮，并在此期间允许用户不开音频入会。',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: '麦克风被系统阻止',
    userTitle: '麦克风被设置阻止',
    description: '操作系统设置拒绝了麦克风权限。请检查系统设置，并为此浏览器授予权限。',
    userMessage:
      '您设备的隐私设置阻止此浏览器使用麦克风。请在系统设置中允许此浏览器使用麦克风，然后重新加载页面。',
    causes: ['操作系统拒绝浏览器或应用访问麦克风，例如在 macOS 或 Windows 的隐私设置中。'],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的隐私设置，允许此浏览器使用麦克风，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '针对用户的操作系统显示简短的操作步骤，并在此期间允许用户不开音频入会。',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          '您设备的隐私设置阻止此应用使用麦克风。请在设备的“设置”中允许此应用使用麦克风，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用麦克风，然后重试。',
          },
          {
            by: 'app',
            text: '针对用户的操作系统显示简短的操作步骤，并在此期间允许用户不开音频入会。',
          },
        ],
      },
    },
  },
  'prev-hls-streaming-processing': {
    title: '上一次 HLS 直播仍在处理',
    userTitle: '上一次直播仍在处理',
    description: '上一次 HLS 直播仍在处理中。请几秒钟后重试。',
    userMessage: '上一次直播仍在处理中。请几秒钟后重试。',
    causes: ['服务器仍在处理上一次 HLS 直播时，又请求了新的 HLS 直播。'],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '几秒钟后自动再次尝试开始，并限制重试次数。',
      },
    ],
  },
  'prev-recording-processing': {
    title: '上一次录制仍在处理',
    userTitle: '上一次录制仍在保存',
    description: '上一次录制仍在处理中。请几秒钟后重试。',
    userMessage: '上一次录制仍在保存中。请几秒钟后重试。',
    causes: ['服务器仍在处理上一次录制时，又请求了新的录制。'],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '几秒钟后自动再次尝试开始，并限制重试次数。',
      },
    ],
  },
  'prev-rtmp-recording-processing': {
    title: '上一次推流仍在处理',
    userTitle: '上一次推流仍在处理',
    description: '上一次 RTMP 推流仍在处理中。请几秒钟后重试。',
    userMessage: '上一次推流仍在处理中。请几秒钟后重试。',
    causes: [
      '服务器仍在处理上一次 RTMP 推流时，又请求了新的推流。消息中将其称为 RTMP 录制（RTMP recording）。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '几秒钟后自动再次尝试开始，并限制重试次数。',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: '录制时长已达上限',
    userTitle: '录制时长已达上限',
    description: '单次录制已达到 2 小时的最长时长，系统已自动停止录制。',
    userMessage: '录制已达到单次 2 小时的时长上限，已自动停止。会议仍在继续，您可以开始新的录制。',
    causes: ['单次录制最长可持续 2 小时。达到该上限时，服务器停止了此次录制。'],
    fixes: [
      { by: 'app', text: '监听此警告，并提供开始新录制的选项。' },
      { by: 'app', text: '将长时间的会议规划为多段录制，每段不超过 2 小时。' },
    ],
  },
  'recording-failed': {
    title: '录制已停止',
    userTitle: '录制已停止',
    description: '录制因未知错误而停止。',
    userMessage: '录制意外停止。您可以重新开始录制。',
    causes: [
      '录制在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'app', text: '提供重新开始录制的选项。' },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其录制的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'screenshare-not-supported': {
    title: '不支持屏幕共享',
    userTitle: '无法共享屏幕',
    description: '此浏览器或设备不支持屏幕共享：无法创建屏幕共享流。请确保设备或浏览器兼容。',
    userMessage: '此浏览器或此设备不支持屏幕共享。请在电脑上尝试其他浏览器。',
    causes: [
      '浏览器或设备无法捕获屏幕。例如，大多数移动浏览器不支持屏幕共享。',
      '在应用中，请按照 SDK 的屏幕共享指南，检查是否已为相应平台设置屏幕共享。',
    ],
    fixes: [
      { by: 'user', text: '请在电脑上尝试其他浏览器。' },
      {
        by: 'app',
        text: '检查是否支持屏幕共享（navigator.mediaDevices.getDisplayMedia），在不支持时隐藏共享按钮。',
      },
    ],
    variants: {
      flutter: {
        userMessage: '此设备不支持屏幕共享。请尝试其他设备，或在不共享屏幕的情况下继续。',
        fixes: [
          {
            by: 'user',
            text: '请尝试其他设备，或在不共享屏幕的情况下继续参加会议。',
          },
          {
            by: 'app',
            text: '按照 SDK 的屏幕共享指南，检查是否已为应用支持的每个平台设置屏幕共享。',
          },
          {
            by: 'app',
            text: '在无法共享屏幕的设备上隐藏共享按钮。',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: '屏幕共享权限被拒绝',
    userTitle: '屏幕共享未获允许',
    description: '共享屏幕的权限被拒绝。如需共享您的屏幕，请重试并授予所需权限。',
    userMessage: '屏幕共享需要您的授权。请重试，并在出现提示时选择允许。',
    causes: [
      '用户取消或拒绝了共享屏幕的提示。',
      '在某些电脑上，操作系统也会阻止浏览器或应用进行屏幕录制，直到在隐私设置中允许为止。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试，并在出现提示时选择要共享的屏幕、窗口或标签页。',
      },
      {
        by: 'user',
        text: '如果没有出现提示，请在设备的隐私设置中允许此浏览器进行屏幕录制。',
      },
      {
        by: 'app',
        text: '将取消提示视为正常选择，并允许用户重试。',
      },
    ],
    variants: {
      flutter: {
        fixes: [
          { by: 'user', text: '请重试，并在设备询问时允许屏幕共享。' },
          {
            by: 'user',
            text: '如果没有出现提示，请在设备的“设置”中允许此应用进行屏幕录制。',
          },
          {
            by: 'app',
            text: '将取消提示视为正常选择，并允许用户重试。',
          },
        ],
      },
    },
  },
  'start-hls-failed': {
    title: 'HLS 直播未能开始',
    userTitle: '直播未能开始',
    description: '由于未知错误，开始 HLS 直播的请求失败。',
    userMessage: '面向观众的直播未能开始。请重试。',
    causes: [
      '服务器无法开始 HLS 直播，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      { by: 'app', text: '提供重试按钮，并记录失败请求的详细信息。' },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-livestream-failed': {
    title: '推流未能开始',
    userTitle: '推流未能开始',
    description: '由于未知错误，开始推流的请求失败。',
    userMessage: '推流未能开始。请重试。',
    causes: [
      '服务器无法开始推流，且消息未说明原因。',
      '请查看应用日志，并确认每个输出的 RTMP URL 和推流密钥仍然有效。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      { by: 'app', text: '提供重试按钮，并记录失败请求的详细信息。' },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: '参会者录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制该参会者的请求失败。',
    userMessage: '此参会者的录制未能开始。请重试。',
    causes: [
      '服务器无法开始参会者录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '确认该参会者仍在会议中，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-recording-failed': {
    title: '录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制的请求失败。',
    userMessage: '录制未能开始。请重试。',
    causes: [
      '服务器无法开始录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      { by: 'app', text: '提供重试按钮，并记录失败请求的详细信息。' },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-track-recording-failed': {
    title: '轨道录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始录制该轨道的请求失败。',
    userMessage: '这路音频或视频的录制未能开始。请重试。',
    causes: [
      '服务器无法开始录制该音频或视频轨道，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '确认该轨道仍在发送，提供重试按钮，并记录失败请求的详细信息。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'start-transcription-failed': {
    title: '转录未能开始',
    userTitle: '转录未能开始',
    description: '由于未知错误，开始转录的请求失败。',
    userMessage: '转录未能开始。请重试。',
    causes: [
      '服务器无法开始转录，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      { by: 'app', text: '提供重试按钮，并记录失败请求的详细信息。' },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'HLS 直播未能停止',
    userTitle: '直播未能停止',
    description: '由于未知错误，停止 HLS 直播的请求失败。',
    userMessage: '面向观众的直播未能停止。请重试。',
    causes: [
      '服务器无法停止 HLS 直播，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查 HLS 直播是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-livestream-failed': {
    title: '推流未能停止',
    userTitle: '推流未能停止',
    description: '由于未知错误，停止推流的请求失败。',
    userMessage: '推流未能停止。请重试。',
    causes: [
      '服务器无法停止推流，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查推流是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: '参会者录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制该参会者的请求失败。',
    userMessage: '此参会者的录制未能停止。请重试。',
    causes: [
      '服务器无法停止参会者录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查参会者录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-recording-failed': {
    title: '录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制的请求失败。',
    userMessage: '录制未能停止。请重试。',
    causes: [
      '服务器无法停止录制，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: '轨道录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止录制该轨道的请求失败。',
    userMessage: '这路音频或视频的录制未能停止。请重试。',
    causes: [
      '服务器无法停止录制该音频或视频轨道，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查轨道录制是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'stop-transcription-failed': {
    title: '转录未能停止',
    userTitle: '转录未能停止',
    description: '由于未知错误，停止转录的请求失败。',
    userMessage: '转录未能停止。请重试。',
    causes: [
      '服务器无法停止转录，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'user', text: '请等待几秒钟，然后重试。' },
      {
        by: 'app',
        text: '提供重试按钮，并在重试前检查转录是否仍在进行。',
      },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
  },
  'transcription-failed': {
    title: '转录已停止',
    userTitle: '转录已停止',
    description: '转录因未知错误而停止。',
    userMessage: '转录意外停止。您可以重新开始转录。',
    causes: [
      '转录在服务器上失败，且消息未说明原因。',
      '请查看应用日志，以及 VideoSDK 控制台中该会议的详细信息。',
    ],
    fixes: [
      { by: 'app', text: '提供重新开始转录的选项。' },
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中查看该会议及其转录的详细信息。',
      },
      {
        by: 'support',
        text: '如果问题反复出现，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
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
      { by: 'user', text: '请检查网络连接，然后重试。' },
      { by: 'app', text: '提供重试按钮，并记录加入失败的详细信息。' },
      {
        by: 'support',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID 和出错时间。',
      },
    ],
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
      { by: 'user', text: '请重新加入会议。' },
    ],
    variants: {
      web: {
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
          { by: 'user', text: '请重新加载页面，然后重新加入会议。' },
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
  'video-track-creation-failed': {
    title: '视频轨道创建失败',
    userTitle: '视频无法启动',
    description: '出现错误，无法创建视频轨道。请重试。',
    userMessage: '您的视频无法启动。请检查摄像头，然后重试。',
    causes: [
      'SDK 无法从摄像头创建视频轨道。',
      '消息未说明原因。请在应用日志中查看底层的设备错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认摄像头已连接且没有被其他应用占用，然后重试。',
      },
      { by: 'app', text: '记录底层错误，并提供重试按钮。' },
      {
        by: 'app',
        text: '问题持续期间，让参会者在不开视频的情况下留在会议中。',
      },
    ],
  },
};
