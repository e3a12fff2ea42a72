import type { LocaleMessages } from '../types.js';

/** Simplified Chinese. */
export const messages: LocaleMessages = {
  locale: 'zh-CN',
  unknown: {
    title: '未知错误',
    description:
      'SDK 报告了错误代码 {code}，本目录尚未收录该代码。该代码可能是较新版本的 SDK 新增的。',
    userMessage: '出现问题（错误 {code}）。请重试。如果问题仍然存在，请联系支持团队。',
  },
  codes: {
    3001: {
      title: '自定义视频轨道已结束',
      description: '提供的自定义视频轨道已被释放，现处于结束状态。SDK 已恢复使用默认视频轨道。',
      userMessage: '视频已切换回默认摄像头，您可以继续使用。',
    },
    3002: {
      title: '自定义音频轨道已结束',
      description: '提供的自定义音频轨道已被释放，现处于结束状态。SDK 已恢复使用默认音频轨道。',
      userMessage: '音频已切换回默认麦克风，您可以继续使用。',
    },
    3003: {
      title: '摄像头被占用',
      description:
        '摄像头正被其他应用程序使用。请关闭所有正在使用摄像头的程序（如视频会议工具、录屏软件或其他浏览器），然后重启浏览器并重试。',
      userMessage: '摄像头正被其他应用占用。请关闭其他视频或录制应用，重启浏览器后重试。',
    },
    3004: {
      title: '麦克风被占用',
      description:
        '麦克风正被其他应用程序使用。请关闭所有正在使用麦克风的程序（如视频会议工具、录屏软件或其他浏览器），然后重启浏览器并重试。',
      userMessage: '麦克风正被其他应用占用。请关闭其他通话或录音应用，重启浏览器后重试。',
    },
    3005: {
      title: '摄像头不可用',
      description: '无法访问摄像头。请确保设备兼容，且页面通过安全连接（https://）提供。',
      userMessage:
        '无法连接到摄像头。请确认设备上有可正常使用的摄像头，且页面地址以 https:// 开头。',
    },
    3006: {
      title: '麦克风不可用',
      description: '无法访问麦克风。请确保设备兼容，且页面通过安全连接（https://）提供。',
      userMessage:
        '无法连接到麦克风。请确认设备上有可正常使用的麦克风，且页面地址以 https:// 开头。',
    },
    3007: {
      title: '摄像头访问被拒绝',
      description:
        '摄像头访问请求被拒绝或被关闭。如需继续，请在设备或浏览器设置中手动授予访问权限。',
      userMessage: '摄像头访问权限已关闭。请在浏览器或设备设置中允许使用摄像头。',
    },
    3008: {
      title: '麦克风访问被拒绝',
      description: '麦克风访问请求被拒绝或被关闭。如需继续，请在设备或浏览器设置中授予访问权限。',
      userMessage: '麦克风访问权限已关闭。请在浏览器或设备设置中允许使用麦克风。',
    },
    3009: {
      title: '摄像头被系统阻止',
      description: '操作系统设置拒绝了摄像头权限。请检查系统设置，并为此浏览器授予权限。',
      userMessage: '电脑的系统设置阻止了摄像头。请打开系统隐私设置，允许此浏览器使用摄像头。',
    },
    3010: {
      title: '麦克风被系统阻止',
      description: '操作系统设置拒绝了麦克风权限。请检查系统设置，并为此浏览器授予权限。',
      userMessage: '电脑的系统设置阻止了麦克风。请打开系统隐私设置，允许此浏览器使用麦克风。',
    },
    3011: {
      title: '摄像头无法启动',
      description: '出现问题，无法启用摄像头。请重试。',
      userMessage: '摄像头未能启动，请重试。',
    },
    3012: {
      title: '麦克风无法启动',
      description: '出现问题，无法启用麦克风。请重试。',
      userMessage: '麦克风未能启动，请重试。',
    },
    3013: {
      title: '屏幕共享无法启动',
      description: '出现问题，无法启用屏幕共享。请重试。',
      userMessage: '屏幕共享未能启动，请重试。',
    },
    3014: {
      title: '屏幕共享权限被拒绝',
      description: '屏幕共享权限被拒绝。请重试并授予所需权限，以启用屏幕共享。',
      userMessage: '屏幕共享需要您的授权。请重试，并在出现提示时允许。',
    },
    3015: {
      title: '不支持屏幕共享',
      description: '不支持屏幕共享：无法创建屏幕共享流。请确保设备和浏览器兼容。',
      userMessage: '此设备或浏览器不支持屏幕共享。请尝试其他浏览器或设备。',
    },
    3016: {
      title: '前台服务启动失败',
      description: '启动前台服务时出错，因此无法启用屏幕共享。请重试。',
      userMessage: '无法在此设备上启动屏幕共享，请重试。',
    },
    3017: {
      title: '视频轨道创建失败',
      description: '创建视频轨道时出错。请重试。',
      userMessage: '视频未能启动，请重试。',
    },
    3018: {
      title: '音频轨道创建失败',
      description: '创建音频轨道时出错。请重试。',
      userMessage: '音频未能启动，请重试。',
    },
    3019: {
      title: '摄像头不兼容',
      description: '摄像头设备无法输出视频：无法创建视频流。请确保设备兼容。',
      userMessage: '摄像头没有传出画面。请尝试其他摄像头或设备。',
    },
    3020: {
      title: '麦克风不兼容',
      description: '麦克风设备无法输出音频：无法创建音频流。请确保设备兼容。',
      userMessage: '麦克风没有传出声音。请尝试其他麦克风或设备。',
    },
    3021: {
      title: '无法切换模式',
      description: '出现问题，无法更改会议模式。请重试。',
      userMessage: '无法切换会议模式，请重试。',
    },
    3022: {
      title: '入会前执行了操作',
      description: '房间仍在连接时尝试执行了某项操作，该操作失败。请在加入会议后重试。',
      userMessage: '您尚未进入会议。请等待入会完成后再试。',
    },
    3023: {
      title: '无法加入会议',
      description: '出现问题，无法加入会议。请重试。',
      userMessage: '未能加入会议，请重试。',
    },
    4001: {
      title: 'API 密钥无效',
      description: '令牌中提供的 API 密钥为空或无效。请在控制台中核实。',
      userMessage: '此会议应用配置有误，暂时无法加入。请联系该应用的支持团队。',
    },
    4002: {
      title: '令牌无效',
      description: '令牌为空或无效，也可能已过期。',
      userMessage: '您的会话已过期或无效。请刷新页面或重新登录。',
    },
    4003: {
      title: '会议 ID 无效',
      description: '会议 ID 为空或无效。请核实该 ID，或使用 API 生成新的会议 ID。',
      userMessage: '此会议链接无效。请检查链接，或向主持人索取新链接。',
    },
    4004: {
      title: '参会者 ID 无效',
      description: '参会者 ID 为空或无效。该 ID 不得包含空白字符。',
      userMessage: '无法在此会议中识别您的身份。请刷新页面后重新加入。',
    },
    4005: {
      title: '已从其他设备加入',
      description: '由于同一参会者 ID 已从其他设备加入，正在退出会议。',
      userMessage: '您已在其他设备或标签页中加入此会议，因此已在此处退出。',
    },
    4006: {
      title: '账户已停用',
      description: 'VideoSDK 似乎已停用该账户。请联系 {supportContact}。',
      userMessage: '此服务目前无法使用会议功能。请联系 {supportContact}。',
    },
    4007: {
      title: '账户已终止',
      description: '该账户已终止服务。服务器会返回具体的消息。',
      userMessage: '此服务目前无法使用会议功能。请联系支持团队。',
    },
    4008: {
      title: '权限无效',
      description: '令牌中提供的权限无效。请勿将 allow_join 或 allow_mod 与 ask_join 一起使用。',
      userMessage: '此会议应用配置有误，暂时无法加入。请联系该应用的支持团队。',
    },
    4009: {
      title: '会议人数已满',
      description: '会议参会人数已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '此会议人数已满。请稍后重试，或向主持人寻求帮助。',
    },
    4010: {
      title: '发言人数已达上限',
      description: '会议发言人数已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '此会议的发言人数已满。请稍后重试，或向主持人寻求帮助。',
    },
    4011: {
      title: '录制未能开始',
      description: '由于未知错误，开始录制的请求失败。',
      userMessage: '录制未能开始，请重试。',
    },
    4012: {
      title: '录制未能停止',
      description: '由于未知错误，停止录制的请求失败。',
      userMessage: '录制未能停止，请重试。',
    },
    4013: {
      title: '直播未能开始',
      description: '由于未知错误，开始直播的请求失败。',
      userMessage: '直播未能开始，请重试。',
    },
    4014: {
      title: '直播未能停止',
      description: '由于未知错误，停止直播的请求失败。',
      userMessage: '直播未能停止，请重试。',
    },
    4015: {
      title: '直播设置无效',
      description: '提供的直播输出（outputs）配置无效。',
      userMessage: '直播设置无效。请检查推流地址和推流密钥，然后重试。',
    },
    4016: {
      title: 'HLS 未能开始',
      description: '由于未知错误，开始 HLS 的请求失败。',
      userMessage: '广播未能开始，请重试。',
    },
    4017: {
      title: 'HLS 未能停止',
      description: '由于未知错误，停止 HLS 的请求失败。',
      userMessage: '广播未能停止，请重试。',
    },
    4018: {
      title: '上一次录制仍在处理',
      description: '上一个录制会话仍在处理中。请几秒钟后重试。',
      userMessage: '上一次录制仍在保存中。请几秒钟后重试。',
    },
    4019: {
      title: '上一次直播仍在处理',
      description: '上一个 RTMP 直播会话仍在处理中。请几秒钟后重试。',
      userMessage: '上一次直播仍在收尾中。请几秒钟后重试。',
    },
    4020: {
      title: '上一次 HLS 流仍在处理',
      description: '上一个 HLS 流会话仍在处理中。请几秒钟后重试。',
      userMessage: '上一次广播仍在收尾中。请几秒钟后重试。',
    },
    4021: {
      title: '附加服务已禁用',
      description: '该账户的附加服务已被禁用。请联系 {supportContact}。',
      userMessage: '此服务无法使用该功能。请联系 {supportContact}。',
    },
    4022: {
      title: '令牌对此会议无效',
      description: '令牌对所提供的会议 ID 无效。',
      userMessage: '您的访问权限不适用于此会议。请检查链接，或向主持人索取新的邀请。',
    },
    4023: {
      title: '令牌对此参会者无效',
      description: '令牌对所提供的参会者 ID 无效。',
      userMessage: '您的访问权限与您在此会议中的身份不匹配。请刷新页面后重新加入。',
    },
    4024: {
      title: '角色不被允许',
      description: '令牌中提供的角色不能用于加入会议。',
      userMessage: '您当前的角色无法加入此会议。请向主持人申请访问权限。',
    },
    4025: {
      title: '请求不被允许',
      description: '请求与安全配置不匹配。',
      userMessage: '会议的安全设置不允许此请求。请联系该应用的支持团队。',
    },
    4026: {
      title: '组织发言人数已达上限',
      description: '组织的发言人数已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '当前发言人数过多。请稍后重试。',
    },
    4027: {
      title: '组织观众人数已达上限',
      description: '组织的观众人数已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '当前观众人数过多。请稍后重试。',
    },
    4028: {
      title: '组织录制数量已达上限',
      description: '组织的录制数量已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '由于已达到使用上限，录制暂不可用。请稍后重试。',
    },
    4029: {
      title: '组织 HLS 数量已达上限',
      description: '组织的 HLS 流数量已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '由于已达到使用上限，广播暂不可用。请稍后重试。',
    },
    4030: {
      title: '组织直播数量已达上限',
      description: '组织的直播数量已达上限。如需提高上限，请联系 {supportContact}。',
      userMessage: '由于已达到使用上限，直播暂不可用。请稍后重试。',
    },
    4031: {
      title: '转录未能开始',
      description: '由于未知错误，开始转录的请求失败。',
      userMessage: '转录未能开始，请重试。',
    },
    4032: {
      title: '转录未能停止',
      description: '由于未知错误，停止转录的请求失败。',
      userMessage: '转录未能停止，请重试。',
    },
    4035: {
      title: '参会者录制未能开始',
      description: '由于未知错误，开始参会者录制的请求失败。',
      userMessage: '此参会者的录制未能开始，请重试。',
    },
    4036: {
      title: '参会者录制未能停止',
      description: '由于未知错误，停止参会者录制的请求失败。',
      userMessage: '此参会者的录制未能停止，请重试。',
    },
    4037: {
      title: '轨道录制未能开始',
      description: '由于未知错误，开始轨道录制的请求失败。',
      userMessage: '此音频或视频轨道的录制未能开始，请重试。',
    },
    4038: {
      title: '轨道录制未能停止',
      description: '由于未知错误，停止轨道录制的请求失败。',
      userMessage: '此音频或视频轨道的录制未能停止，请重试。',
    },
    5001: {
      title: '录制已停止',
      description: '录制因未知错误而停止。',
      userMessage: '录制意外停止。您可以重新开始录制。',
    },
    5002: {
      title: '直播已停止',
      description: '直播因未知错误而停止。',
      userMessage: '直播意外停止。您可以重新开始直播。',
    },
    5003: {
      title: 'HLS 已停止',
      description: 'HLS 因未知错误而停止。',
      userMessage: '广播意外停止。您可以重新开始广播。',
    },
    5004: {
      title: '录制时长已达上限',
      description: '单次录制已达到 2 小时的最长时长，系统已自动停止录制。',
      userMessage: '录制已在 2 小时后停止，这是单次录制的最长时长。如需继续录制，请开始新的录制。',
    },
    5005: {
      title: '直播时长已达上限',
      description: '单个 RTMP 流已达到 2 小时的最长时长，系统已自动停止直播。',
      userMessage: '直播已在 2 小时后停止，这是单次直播的最长时长。如需继续直播，请开始新的直播。',
    },
    5006: {
      title: 'HLS 时长已达上限',
      description: '单个 HLS 流已达到 2 小时的最长时长，系统已自动停止 HLS。',
      userMessage: '广播已在 2 小时后停止，这是单次广播的最长时长。如需继续广播，请开始新的广播。',
    },
    5007: {
      title: '转录已停止',
      description: '转录因未知错误而停止。',
      userMessage: '转录意外停止。您可以重新开始转录。',
    },
    5012: {
      title: '参会者录制已停止',
      description: '参会者录制因未知错误而停止。',
      userMessage: '此参会者的录制意外停止。您可以重新开始录制。',
    },
    5013: {
      title: '轨道录制已停止',
      description: '轨道录制因未知错误而停止。',
      userMessage: '此音频或视频轨道的录制意外停止。您可以重新开始录制。',
    },
  },
};
