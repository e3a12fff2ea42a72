import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
  'action-not-supported': {
    title: '此处不支持该操作',
    userTitle: '操作不可用',
    description: '此处不支持该操作。',
    userMessage: '此操作在这里不可用。您可以继续使用会议。',
    causes: [
      '应用在不支持某方法的对象上调用了该方法，例如为本地参会者自己的视频设置画质，或暂停一个并非活动远端流的流。',
      '应用在无法执行摄像头或麦克风权限检查的浏览器中请求了此类检查。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。错误消息中会指明方法和原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '阅读错误消息中的方法和原因，仅在受支持的场景下使用该方法。',
      },
      { by: 'app', text: '在不支持该操作的地方隐藏或禁用相应控件。' },
    ],
  },
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
  'already-in-requested-state': {
    title: '已处于所请求的状态',
    userTitle: '已经完成',
    description: '所请求的状态已经生效。',
    userMessage: '此操作已经完成，无需任何操作。',
    causes: [
      '应用请求了一个已经生效的状态，例如开启已开启的摄像头、重复加入，或离开已经离开的会议。',
      '这是调用方状态类错误代码：SDK 会拒绝该方法调用，但不会将其作为会议错误发出。错误消息中会指明相关资源。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在更改状态之前先读取当前状态，并跳过不会带来任何变化的请求。',
      },
      { by: 'app', text: '将此拒绝视为无操作，而不是需要向用户显示的失败。' },
    ],
  },
  'camera-not-found': {
    title: '找不到摄像头',
    userTitle: '未找到摄像头',
    description: '请确保摄像头已连接并已开启，且摄像头驱动程序已安装并为最新版本。',
    userMessage: '找不到您的摄像头。请确认它已连接并已开启，然后重试。',
    causes: [
      '浏览器报告未找到可满足请求的摄像头，因此摄像头无法启动。',
      '如消息所述，摄像头可能已断开或已关闭，或者其驱动程序缺失或已过时。',
    ],
    fixes: [
      { by: 'user', text: '请确认摄像头已连接并已开启，然后重试。' },
      {
        by: 'user',
        text: '如果仍找不到摄像头，请更新其驱动程序或重启设备，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '允许用户不开视频入会，并让用户从设备列表中选择其他摄像头。',
      },
    ],
  },
  'camera-permission-or-autoplay-issue': {
    title: '摄像头权限或自动播放问题',
    userTitle: '摄像头已被阻止',
    description:
      '摄像头权限或视频自动播放似乎存在问题。详情请参阅 http://tinyurl.com/autoplay-issue。',
    userMessage:
      '您的浏览器未允许使用摄像头。请在浏览器设置中允许此页面使用摄像头，然后重新加载页面。',
    causes: [
      '浏览器以 NotAllowedError 拒绝了摄像头访问，提示用户代理不允许该请求。SDK 指出，Firefox 会以这种方式报告被拒绝的权限。',
      '该消息还指向浏览器的自动播放规则，这些规则可能会阻止未经用户操作就开始播放的视频。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在浏览器设置中允许此页面使用摄像头，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '通过用户操作（例如点击）来启动摄像头和视频播放，以便浏览器允许。',
      },
      {
        by: 'app',
        text: '有关此问题的 SDK 说明，请参阅 http://tinyurl.com/autoplay-issue。',
      },
    ],
  },
  'capture-image-failed': {
    title: '图像捕获失败',
    userTitle: '无法截取图像',
    description: '无法捕获图像。请重试。',
    userMessage: '无法截取图像。请重试。',
    causes: [
      '浏览器无法为 captureImage() 绘制或编码参会者视频的一帧画面。',
      '错误消息中包含浏览器给出的原因。',
    ],
    fixes: [
      { by: 'user', text: '请稍候片刻，然后重试。' },
      {
        by: 'app',
        text: '在捕获图像之前，确认该参会者的摄像头已开启且视频正在播放。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看错误消息中的原因以及应用日志。',
      },
    ],
  },
  'custom-audio-track-ended': {
    title: '自定义音频轨道已结束',
    userTitle: '已切换到默认麦克风',
    description: '提供的自定义音频轨道已结束。请检查音频轨道的状态，然后重试。',
    userMessage: '您的音频已切换到默认麦克风。您可以继续发言。',
    causes: [
      '应用传入的自定义音频轨道已经结束，例如它已被停止，或其来源已消失。',
      'SDK 无法使用已结束的轨道，因此改用默认麦克风。',
    ],
    fixes: [
      {
        by: 'app',
        text: '传入自定义轨道之前，确认其 readyState 为 live；如果已结束，请新建轨道。',
      },
      { by: 'app', text: '会议仍在使用自定义轨道时，不要停止该轨道。' },
    ],
  },
  'custom-video-track-ended': {
    title: '自定义视频轨道已结束',
    userTitle: '已切换到默认摄像头',
    description: '提供的自定义视频轨道已结束。请检查视频轨道的状态，然后重试。',
    userMessage: '您的视频已切换到默认摄像头。您可以继续使用。',
    causes: [
      '应用传入的自定义视频轨道已经结束，例如它已被停止，或其来源已消失。',
      'SDK 无法使用已结束的轨道，因此改用默认摄像头。',
    ],
    fixes: [
      {
        by: 'app',
        text: '传入自定义轨道之前，确认其 readyState 为 live；如果已结束，请新建轨道。',
      },
      { by: 'app', text: '会议仍在使用自定义轨道时，不要停止该轨道。' },
    ],
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
      { by: 'user', text: '请稍候片刻，然后重试。' },
      { by: 'app', text: '查看错误消息中服务器给出的原因。' },
      {
        by: 'app',
        text: '如果该参会者无权结束会议，请只向有权结束会议的参会者显示此控件。',
      },
    ],
  },
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
      { by: 'user', text: '请检查网络连接，然后重试。' },
      { by: 'app', text: '查看错误消息中的 HTTP 状态和服务器给出的原因。' },
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
      { by: 'user', text: '请检查网络连接，然后重试。' },
      { by: 'app', text: '查看错误消息中的 HTTP 状态和服务器给出的原因。' },
      {
        by: 'app',
        text: '确认令牌有效且未过期，并确认文件数据和文件名正确。',
      },
    ],
  },
  'get-audio-media': {
    title: '不支持音频采集',
    userTitle: '不支持麦克风',
    description: '您的浏览器或设备不支持音频。',
    userMessage: '您的浏览器或设备无法在此会议中使用麦克风。请尝试其他浏览器或设备。',
    causes: [
      '浏览器或设备报告无法采集音频。',
      'SDK 1.1.1 声明了此错误代码但不会触发它，因此请在应用日志中查看浏览器自身的错误。',
    ],
    fixes: [
      { by: 'user', text: '请更新浏览器，或尝试其他浏览器或设备。' },
      {
        by: 'app',
        text: '在开启麦克风之前确认 navigator.mediaDevices 可用，并通过 https:// 提供页面。',
      },
      { by: 'app', text: '允许用户不开音频入会。' },
    ],
  },
  'get-audio-media-permission-denied': {
    title: '麦克风权限被拒绝',
    userTitle: '麦克风已被阻止',
    description: '音频采集权限被拒绝。',
    userMessage: '您的浏览器阻止了麦克风。请在浏览器设置中允许此页面使用麦克风，然后重新加载页面。',
    causes: [
      '浏览器以 NotAllowedError 拒绝了麦克风访问，而 SDK 无法将其归入更具体的情况，例如提示被关闭或被操作系统阻止。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在浏览器设置中允许此页面使用麦克风，然后重新加载页面。',
      },
      {
        by: 'user',
        text: '如果仍被阻止，请检查电脑的隐私设置是否允许此浏览器使用麦克风。',
      },
      {
        by: 'app',
        text: '在用户操作之后再请求麦克风，并事先说明会议为何需要麦克风。',
      },
    ],
  },
  'get-video-media': {
    title: '不支持视频采集',
    userTitle: '摄像头未能启动',
    description: '您的浏览器或设备不支持视频。',
    userMessage: '您的浏览器或设备无法启动摄像头。请尝试其他浏览器或设备。',
    causes: [
      '浏览器无法以所请求的设置打开摄像头，且原因并非权限被拒绝。',
      '在 SDK 1.1.1 中，SDK 为更改分辨率而重新打开摄像头时会出现这种情况。请在应用日志中查看浏览器的错误。',
    ],
    fixes: [
      { by: 'user', text: '请更新浏览器，或尝试其他浏览器或设备。' },
      {
        by: 'app',
        text: '确认摄像头支持所请求的分辨率，并在不支持时回退到较低的分辨率。',
      },
    ],
  },
  'get-video-media-permission-denied': {
    title: '摄像头权限被拒绝',
    userTitle: '摄像头已被阻止',
    description: '视频采集权限被拒绝。',
    userMessage: '您的浏览器阻止了摄像头。请在浏览器设置中允许此页面使用摄像头，然后重新加载页面。',
    causes: [
      '浏览器以 NotAllowedError 拒绝了摄像头访问，而 SDK 无法将其归入更具体的情况，例如提示被关闭或被操作系统阻止。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请在浏览器设置中允许此页面使用摄像头，然后重新加载页面。',
      },
      {
        by: 'user',
        text: '如果仍被阻止，请检查电脑的隐私设置是否允许此浏览器使用摄像头。',
      },
      {
        by: 'app',
        text: '在用户操作之后再请求摄像头，并事先说明会议为何需要摄像头。',
      },
    ],
  },
  'invalid-custom-audio-track': {
    title: '自定义音频轨道无效',
    userTitle: '正在使用默认麦克风',
    description: '提供的自定义音频轨道无效，因此改用默认音频轨道。请确保音频轨道符合规定的要求。',
    userMessage: '您的音频已切换到默认麦克风，无需任何操作。',
    causes: [
      '应用传入的自定义音频轨道 SDK 无法读取，例如传入的不是包含活动音频轨道的 MediaStream。',
      'SDK 改用默认麦克风。',
    ],
    fixes: [
      {
        by: 'app',
        text: '传入包含活动音频轨道的 MediaStream，例如使用 createMicrophoneAudioTrack() 创建的轨道。',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: '自定义轨道配置无效',
    userTitle: '无法设置设备',
    description: '自定义轨道配置无效。',
    userMessage: '无法按所选设置启用您的摄像头、麦克风或屏幕共享。请选择其他设备，然后重试。',
    causes: [
      '应用传入的设置无法用于创建自定义轨道：不受支持的编解码器、与任何设备都不匹配的摄像头或麦克风 ID，或未知的 encoderConfig。',
      '错误消息中会指明该设置。',
    ],
    fixes: [
      {
        by: 'app',
        text: '阅读错误消息中指明的设置，并传入受支持的编解码器和 encoderConfig。',
      },
      {
        by: 'app',
        text: '从当前设备列表中获取摄像头和麦克风 ID，因为设备连接或移除时这些 ID 可能会变化。',
      },
      { by: 'user', text: '请选择其他摄像头或麦克风，然后重试。' },
    ],
  },
  'invalid-custom-video-track': {
    title: '自定义视频轨道无效',
    userTitle: '正在使用默认摄像头',
    description: '提供的自定义视频轨道无效，因此改用默认视频轨道。请确保视频轨道符合规定的要求。',
    userMessage: '您的视频已切换到默认摄像头，无需任何操作。',
    causes: [
      '应用传入的自定义视频轨道 SDK 无法读取，例如传入的不是包含活动视频轨道的 MediaStream。',
      'SDK 改用默认摄像头。',
    ],
    fixes: [
      {
        by: 'app',
        text: '传入包含活动视频轨道的 MediaStream，例如使用 createCameraVideoTrack() 创建的轨道。',
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
      { by: 'app', text: '检查错误消息中指明的值，例如是否有拼写错误。' },
      {
        by: 'app',
        text: '使用 VideoSDK.Constants.modes 中的常量，而不是手动输入的字符串。',
      },
    ],
  },
  'invalid-parameter': {
    title: '参数缺失或无效',
    userTitle: '出现问题',
    description: '提供的参数缺失或无效。请检查该参数，然后重试。',
    userMessage: '出现了意外问题。请重试；如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      '应用向 SDK 方法传入了缺失或错误的值，例如空的键、不是字符串的消息，或未知的事件名称。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。错误消息中会指明该参数。',
    ],
    fixes: [
      {
        by: 'app',
        text: '阅读错误消息中指明的参数，并修正应用传入的值。',
      },
      { by: 'app', text: '在将用户输入传给 SDK 之前先进行检查。' },
    ],
  },
  'media-device-not-initialized': {
    title: '媒体设备未初始化',
    userTitle: '音视频尚未就绪',
    description: '媒体设备尚未初始化。',
    userMessage: '音频和视频尚未就绪。请稍候片刻后重试，或重新加载页面。',
    causes: [
      'SDK 的内部媒体设备（在加入或切换模式时创建）不存在，因此摄像头、麦克风或屏幕共享无法启动。',
      '请在应用日志中查看加入或切换模式时较早发生的失败。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请稍候片刻，然后重试。如果问题仍然存在，请重新加载页面并重新加入。',
      },
      {
        by: 'app',
        text: '仅在收到 meeting-joined（已加入会议）事件之后再开启摄像头、麦克风或屏幕共享。',
      },
      {
        by: 'app',
        text: '请在应用日志中查看加入或切换模式时较早发生的失败。',
      },
    ],
  },
  'media-device-not-loaded': {
    title: '媒体设备未加载',
    userTitle: '仍在准备中',
    description: '媒体设备尚未加载。请稍后重试。',
    userMessage: '音频和视频仍在准备中。请稍后重试。',
    causes: [
      'SDK 的内部媒体设备已存在，但尚未加载完服务器的媒体能力，这一过程发生在加入或切换模式期间。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      { by: 'user', text: '请稍候片刻，然后重试。' },
      {
        by: 'app',
        text: '在开启媒体之前，等待 meeting-joined（已加入会议）事件或模式切换完成。',
      },
      { by: 'app', text: '短暂延迟后重试。' },
    ],
  },
  'media-not-ready': {
    title: '媒体连接尚未就绪',
    userTitle: '连接尚未就绪',
    description: '会议的媒体连接尚未就绪。请稍后重试。',
    userMessage: '与会议的连接尚未就绪。请稍后重试。',
    causes: [
      '应用在与会议的媒体连接建立之前尝试发送媒体或数据。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      { by: 'user', text: '请稍候片刻，然后重试。' },
      {
        by: 'app',
        text: '等到已加入会议且媒体连接建立后再操作，或短暂延迟后重试。',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: '媒体连接失败',
    userTitle: '连接出现问题',
    description:
      '无法建立会议或媒体连接。请检查网络连接、防火墙或安全设置，然后重试，或改用其他网络连接。',
    userMessage: '无法将您的音频和视频连接到会议。请检查网络连接，或尝试其他网络。',
    causes: [
      '与会议媒体服务器的媒体连接失败，因此音频和视频无法传输。',
      '如消息所述，网络、防火墙或安全设置可能会阻止此连接。',
    ],
    fixes: [
      { by: 'user', text: '请检查网络连接，然后重试。' },
      {
        by: 'user',
        text: '如果您使用 VPN 或工作网络，请尝试其他网络，例如手机热点。',
      },
      {
        by: 'app',
        text: '出现此错误后，SDK 会尝试重新建立连接。请显示会议正在重新连接，如果音频和视频未能恢复，请提供重新加入的选项。',
      },
    ],
  },
  'meeting-reconnecting': {
    title: '会议正在重新连接',
    userTitle: '会议正在重新连接',
    description: '会议正在重新连接。请在重新连接后重试。',
    userMessage: '会议正在重新连接。请在连接恢复后重试。',
    causes: [
      '与会议服务器的连接中断，会议正在重新连接，因此该方法目前无法执行。',
      '这是调用方状态类错误代码：SDK 会拒绝该方法调用，但不会将其作为会议错误发出。应用可通过会议状态得知正在重新连接。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪会议状态，并在重新连接期间禁用会议控件。',
      },
      { by: 'app', text: '在会议重新连接后重试。' },
    ],
  },
  'microphone-close-producer-failed': {
    title: '关闭麦克风失败',
    userTitle: '无法关闭麦克风',
    description: '无法关闭麦克风。请重试。',
    userMessage: '无法关闭您的麦克风，麦克风仍处于开启状态。请重试。',
    causes: [
      '会议服务器未确认已停止接收麦克风，因此 SDK 保持麦克风开启且不做更改。',
      '请查看错误消息和应用日志以了解原因。',
    ],
    fixes: [
      { by: 'user', text: '请重试。' },
      { by: 'app', text: '继续将麦克风显示为开启状态，并允许用户重试。' },
      {
        by: 'app',
        text: '如果持续失败，请在应用日志中检查与会议的连接。',
      },
    ],
  },
  'microphone-not-found': {
    title: '找不到麦克风',
    userTitle: '未找到麦克风',
    description: '请确保麦克风已连接并已开启。',
    userMessage: '找不到您的麦克风。请确认它已连接并已开启，然后重试。',
    causes: [
      '浏览器报告未找到可满足请求的麦克风，因此麦克风无法启动。',
      '如消息所述，麦克风可能已断开或已关闭。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风已连接并已开启，然后重试。',
      },
      {
        by: 'user',
        text: '如果仍找不到麦克风，请检查设备的声音设置，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '允许用户不开音频入会，并让用户从设备列表中选择其他麦克风。',
      },
    ],
  },
  'microphone-produce-failed': {
    title: '麦克风发布失败',
    userTitle: '麦克风未能启动',
    description: '麦克风轨道已创建，但无法发布到会议。',
    userMessage: '您的麦克风工作正常，但无法将其声音发送到会议。请重新加载页面并重新加入。',
    causes: [
      'SDK 已打开麦克风，但无法将其音频发布到会议的媒体服务器。',
      '如有底层原因，错误消息中会包含该原因。',
    ],
    fixes: [
      { by: 'user', text: '请重新加载页面并重新加入。' },
      {
        by: 'app',
        text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
      },
    ],
  },
  'microphone-track-ended': {
    title: '麦克风轨道已结束',
    userTitle: '麦克风已断开',
    description: '麦克风轨道已结束或麦克风已断开。请检查麦克风连接，然后重试。',
    userMessage: '您的麦克风已停止或已断开。请确认它已连接，然后重新开启。',
    causes: ['浏览器结束了麦克风轨道，例如因为麦克风已断开。'],
    fixes: [
      { by: 'user', text: '请确认麦克风已连接，然后重新开启。' },
      {
        by: 'app',
        text: '将麦克风显示为关闭状态，并允许用户重新开启或选择其他麦克风。',
      },
    ],
  },
  'multistream-not-supported': {
    title: '该编解码器不支持多流',
    userTitle: '视频画质受限',
    description: '此编解码器不支持多流（multistream）。',
    userMessage: '您的视频仍可正常使用，但只有一种画质。无需任何操作。',
    causes: [
      '应用请求多流时使用了 SDK 无法与之配合的编解码器：VP9 或 AV1，或 React Native 中的 H264。',
      'SDK 会关闭多流，只发送一路视频流。',
    ],
    fixes: [
      {
        by: 'app',
        text: '需要多流时请使用 VP8；使用 VP9 或 AV1 时请关闭多流。',
      },
    ],
  },
  'no-microphone-device-found': {
    title: '未找到麦克风设备',
    userTitle: '未找到麦克风',
    description:
      '未找到麦克风：找不到您的麦克风。它是否已插好并已开启？如果是，请尝试重启电脑或检查设备设置。另外，请确保您访问的是安全网站（https://）。',
    userMessage: '找不到麦克风。请确认它已插好并已开启，然后重新加载页面。',
    causes: [
      '浏览器的设备列表中没有任何麦克风，因此 SDK 没有可用的麦克风。',
      '如消息所述，麦克风可能未插好或已关闭，或者页面可能不在安全网站（https://）上。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风已插好并已开启，然后重新加载页面。',
      },
      {
        by: 'user',
        text: '如果仍找不到麦克风，请检查设备的声音设置，或重启电脑。',
      },
      { by: 'app', text: '通过 https:// 提供页面，并允许用户不开音频入会。' },
    ],
  },
  'no-supported-video-codec': {
    title: '没有受支持的视频编解码器',
    userTitle: '不支持视频',
    description: '此设备上没有可用的受支持视频编解码器。',
    userMessage: '您的浏览器无法在此会议中发送视频。请更新浏览器，或尝试其他浏览器或设备。',
    causes: ['浏览器既不支持用所请求的视频编解码器发送视频，也不支持备用的 VP8。'],
    fixes: [
      { by: 'user', text: '请更新浏览器，或尝试其他浏览器或设备。' },
      {
        by: 'app',
        text: '允许用户不开视频入会，并记录浏览器版本，以找出受影响的浏览器。',
      },
    ],
  },
  'no-webcam-device-found': {
    title: '未找到摄像头设备',
    userTitle: '未找到摄像头',
    description:
      '未找到网络摄像头：找不到您的摄像头。它是否已插好并已开启？如果是，请尝试重启电脑或检查设备设置。如需帮助，请使用 https://test.8x8.vc/ 上的故障排查工具。另外，请确保您访问的是安全网站（https://）。',
    userMessage: '找不到摄像头。请确认它已插好并已开启，然后重新加载页面。',
    causes: [
      '浏览器的设备列表中没有任何摄像头，因此 SDK 没有可用的摄像头。',
      '如消息所述，摄像头可能未插好或已关闭，或者页面可能不在安全网站（https://）上。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认摄像头已插好并已开启，然后重新加载页面。',
      },
      {
        by: 'user',
        text: '如果仍找不到摄像头，请检查设备的摄像头设置，或重启电脑。',
      },
      { by: 'app', text: '通过 https:// 提供页面，并允许用户不开视频入会。' },
    ],
  },
  'operation-aborted': {
    title: '操作已中止',
    userTitle: '操作已停止',
    description: '操作在完成之前已被停止。',
    userMessage: '此操作在完成之前已停止。请重试。',
    causes: [
      '在 SDK 1.1.1 中，如果在 join() 仍在执行时离开或关闭了会议，join() 就会出现这种情况。错误消息中包含离开原因。',
      '这是调用方状态类错误代码：SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      { by: 'app', text: '查看错误消息中的离开原因。' },
      {
        by: 'app',
        text: '除非用户选择取消，否则不要在 join() 仍在执行时离开会议。',
      },
      { by: 'app', text: '如果用户没有取消，请提供重新加入的选项。' },
    ],
  },
  'operation-in-progress': {
    title: '操作已在进行中',
    userTitle: '已在进行中',
    description: '所请求的操作已在进行中。',
    userMessage: '此操作已在进行中，无需任何操作。',
    causes: [
      '应用在相同或冲突的请求仍在执行时又发起了请求，例如再次点击摄像头按钮，或切换模式。',
      '这是调用方状态类错误代码：SDK 会拒绝该方法调用，但不会将其作为会议错误发出。错误消息中会指明该请求。',
    ],
    fixes: [
      { by: 'app', text: '在正在执行的请求完成之前禁用该控件。' },
      {
        by: 'app',
        text: '将此拒绝视为无操作，或在正在执行的请求完成后重试。',
      },
    ],
  },
  'operation-timed-out': {
    title: '请求超时',
    userTitle: '未及时响应',
    description: '操作超时。请检查连接，然后重试。',
    userMessage: '会议未能及时响应。请检查网络连接，然后重试。',
    causes: ['发往会议服务器的请求未及时得到答复，或在答复到达之前连接已中断。'],
    fixes: [
      { by: 'user', text: '请检查网络连接，然后重试。' },
      {
        by: 'app',
        text: '在会议连接后重试，并在应用日志中检查连接问题。',
      },
    ],
  },
  'payload-too-large': {
    title: '负载过大',
    userTitle: '内容过大，无法发送',
    description: '负载超过了允许的最大大小。',
    userMessage: '内容过大，无法发送。请缩短后重试。',
    causes: [
      '通过 meeting.send() 发送到会议的数据大于 15 KiB，或实时存储（realtime store）的某个值大于 1 KB。错误消息中会给出大小。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      { by: 'user', text: '请缩短消息，然后重试。' },
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
  'rn-camera-access-denied-or-dismissed': {
    title: '摄像头访问被拒绝（React Native）',
    userTitle: '摄像头访问已关闭',
    description: '摄像头访问请求被拒绝或被关闭。如需继续，请在应用设置中授予访问权限。',
    userMessage: '此应用无法使用您的摄像头。请在设备的“设置”中允许此应用访问摄像头，然后重试。',
    causes: ['摄像头权限被拒绝或提示被关闭，因此操作系统没有将摄像头提供给应用。'],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
      },
      {
        by: 'app',
        text: '在请求之前说明应用为何需要摄像头，并在访问关闭时打开应用的设置页面。',
      },
      {
        by: 'app',
        text: '确认应用已声明使用摄像头：iOS 上的 NSCameraUsageDescription 和 Android 上的 CAMERA 权限。',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: '摄像头不可用（React Native）',
    userTitle: '摄像头不可用',
    description: '无法访问摄像头。请确保您的设备兼容。',
    userMessage: '此应用无法使用您设备上的摄像头。请尝试从其他设备加入。',
    causes: ['SDK 的媒体引擎报告无法在此设备上发送视频，因此无法在会议中使用摄像头。'],
    fixes: [
      { by: 'user', text: '请尝试从其他设备加入。' },
      {
        by: 'app',
        text: '在应用日志中查看设备型号和操作系统版本，并允许用户不开视频入会。',
      },
    ],
  },
  'rn-camera-not-found': {
    title: '找不到摄像头（React Native）',
    userTitle: '未找到摄像头',
    description: '请确保摄像头已连接并已开启。',
    userMessage: '此应用在您的设备上找不到摄像头。请确认摄像头已开启且未被阻止，然后重试。',
    causes: [
      '创建摄像头轨道时出现 DOMException，SDK 将其报告为找不到摄像头。',
      '请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认摄像头已开启且没有被其他应用占用，然后重试。',
      },
      {
        by: 'app',
        text: '在应用日志中查看底层错误，并允许用户不开视频入会。',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: '摄像头轨道已结束（React Native）',
    userTitle: '摄像头已停止',
    description: '摄像头轨道已结束。请确保摄像头已开启，或尝试重启摄像头。',
    userMessage: '您的摄像头已停止。请重新开启，或关闭此应用后重新打开。',
    causes: ['操作系统结束了摄像头轨道。如消息所示，摄像头可能已被关闭。'],
    fixes: [
      {
        by: 'user',
        text: '请重新开启摄像头。如果仍无法使用，请关闭此应用后重新打开。',
      },
      { by: 'app', text: '将摄像头显示为关闭状态，并允许用户重新开启。' },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: '麦克风访问被拒绝（React Native）',
    userTitle: '麦克风访问已关闭',
    description: '麦克风访问请求被拒绝或被关闭。如需继续，请在应用设置中授予访问权限。',
    userMessage: '此应用无法使用您的麦克风。请在设备的“设置”中允许此应用访问麦克风，然后重试。',
    causes: ['麦克风权限被拒绝或提示被关闭，因此操作系统没有将麦克风提供给应用。'],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的“设置”，允许此应用使用麦克风，然后重试。',
      },
      {
        by: 'app',
        text: '在请求之前说明应用为何需要麦克风，并在访问关闭时打开应用的设置页面。',
      },
      {
        by: 'app',
        text: '确认应用已声明使用麦克风：iOS 上的 NSMicrophoneUsageDescription 和 Android 上的 RECORD_AUDIO（录制音频）权限。',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: '麦克风不可用（React Native）',
    userTitle: '麦克风不可用',
    description: '无法访问麦克风。请确保您的设备兼容。',
    userMessage: '此应用无法使用您设备上的麦克风。请尝试从其他设备加入。',
    causes: ['SDK 的媒体引擎报告无法在此设备上发送音频，因此无法在会议中使用麦克风。'],
    fixes: [
      { by: 'user', text: '请尝试从其他设备加入。' },
      {
        by: 'app',
        text: '在应用日志中查看设备型号和操作系统版本，并允许用户不开音频入会。',
      },
    ],
  },
  'rn-mic-not-found': {
    title: '找不到麦克风（React Native）',
    userTitle: '未找到麦克风',
    description: '请确保麦克风已连接并已开启。',
    userMessage: '此应用在您的设备上找不到麦克风。请确认它已连接且未被阻止，然后重试。',
    causes: [
      '创建麦克风轨道时出现 DOMException，SDK 将其报告为找不到麦克风。',
      '请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风或耳机已连接且没有被其他应用占用，然后重试。',
      },
      {
        by: 'app',
        text: '在应用日志中查看底层错误，并允许用户不开音频入会。',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: '麦克风轨道已结束（React Native）',
    userTitle: '麦克风已断开',
    description: '麦克风轨道已结束或麦克风已断开。请检查麦克风连接，然后重试。',
    userMessage: '您的麦克风已停止或已断开。请确认它已连接，然后重新开启。',
    causes: ['操作系统结束了麦克风轨道，例如因为耳机已断开。'],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风或耳机已连接，然后重新开启麦克风。',
      },
      { by: 'app', text: '将麦克风显示为关闭状态，并允许用户重新开启。' },
    ],
  },
  'screenshare-close-producer-failed': {
    title: '停止屏幕共享失败',
    userTitle: '无法停止屏幕共享',
    description: '无法停止屏幕共享。请重试。',
    userMessage: '无法停止共享您的屏幕。请重试。',
    causes: [
      '停止屏幕共享的请求失败。',
      'SDK 1.1.1 声明了此错误代码但尚未触发它，因此请查看错误消息和应用日志以了解原因。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。如果您的屏幕仍在共享，请使用浏览器自带的按钮停止共享。',
      },
      {
        by: 'app',
        text: '在屏幕共享真正停止之前，继续将其显示为开启状态，并允许用户重试。',
      },
    ],
  },
  'screenshare-produce-failed': {
    title: '开始屏幕共享失败',
    userTitle: '屏幕共享未能开始',
    description: '开始屏幕共享失败。',
    userMessage: '无法开始屏幕共享。请重试。',
    causes: [
      'SDK 无法将共享的屏幕发布到会议，或在屏幕共享完成启动之前共享的屏幕已停止。',
      '错误消息中包含原因。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重新共享屏幕，并在共享开始之前保持共享窗口打开。',
      },
      {
        by: 'app',
        text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
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
      { by: 'user', text: '请检查网络连接，然后重试。' },
      {
        by: 'app',
        text: '查看错误消息中的原因，对必须送达的消息使用 RELIABLE 模式。',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: '设置摄像头画质失败',
    userTitle: '无法更改视频画质',
    description: '设置网络摄像头画质失败。',
    userMessage: '无法更改您的视频画质。您可以继续使用会议。',
    causes: ['SDK 无法将所请求的画质应用到其发送的摄像头视频。', '错误消息中包含原因。'],
    fixes: [
      { by: 'app', text: '查看错误消息中的原因以及应用日志。' },
      {
        by: 'app',
        text: '仅在摄像头已开启且已连接到会议时更改画质。',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: '不支持该视频编解码器',
    userTitle: '视频已调整',
    description: '此设备不支持使用所提供的编解码器发送视频。正在回退到 VP8。',
    userMessage: '您的视频已调整为可在此设备上正常使用。无需任何操作。',
    causes: ['浏览器无法使用应用请求的编解码器发送视频，因此 SDK 改用 VP8。'],
    fixes: [
      {
        by: 'app',
        text: '请求浏览器支持的编解码器或 VP8，以避免回退。',
      },
      {
        by: 'app',
        text: '使用针对视频的 RTCRtpSender.getCapabilities() 检查浏览器可以用哪些编解码器发送。',
      },
    ],
  },
  'video-source-initiation-failed': {
    title: '视频源启动失败',
    userTitle: '摄像头未能启动',
    description: '无法启动视频源。请检查浏览器设置中的视频权限。',
    userMessage: '您的摄像头无法启动。请确认浏览器设置允许使用摄像头，然后重新加载页面。',
    causes: [
      '浏览器无法读取摄像头：它报告了 NotReadableError，且并非摄像头被占用的情况。',
      '该消息指向浏览器的摄像头设置。请在应用日志中查看浏览器自身的错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请确认浏览器设置允许此页面使用摄像头，然后重新加载页面。',
      },
      {
        by: 'user',
        text: '如果仍无法启动，请关闭其他正在使用摄像头的应用，并重启浏览器。',
      },
      { by: 'app', text: '允许用户不开视频入会，并提供重试按钮。' },
    ],
  },
  'webcam-close-producer-failed': {
    title: '关闭摄像头失败',
    userTitle: '无法关闭摄像头',
    description: '无法关闭摄像头。请重试。',
    userMessage: '无法关闭您的摄像头，摄像头仍处于开启状态。请重试。',
    causes: [
      '会议服务器未确认已停止接收摄像头，因此 SDK 保持摄像头开启且不做更改。',
      '请查看错误消息和应用日志以了解原因。',
    ],
    fixes: [
      { by: 'user', text: '请重试。' },
      { by: 'app', text: '继续将摄像头显示为开启状态，并允许用户重试。' },
      {
        by: 'app',
        text: '如果持续失败，请在应用日志中检查与会议的连接。',
      },
    ],
  },
  'webcam-not-enabled': {
    title: '网络摄像头未启用',
    userTitle: '摄像头已关闭',
    description: '网络摄像头未启用。请先启用，再设置画质。',
    userMessage: '您的摄像头已关闭。请开启摄像头，然后重试。',
    causes: [
      '摄像头关闭时，应用尝试设置网络摄像头画质或捕获图像。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。',
    ],
    fixes: [
      { by: 'user', text: '请开启摄像头，然后重试。' },
      {
        by: 'app',
        text: '在使用 setWebcamQuality() 或 captureImage() 之前确认摄像头已开启，并在摄像头关闭时禁用这些控件。',
      },
    ],
  },
  'webcam-produce-failed': {
    title: '摄像头发布失败',
    userTitle: '摄像头未能启动',
    description: '摄像头轨道已创建，但无法发布到会议。',
    userMessage: '您的摄像头工作正常，但无法将其画面发送到会议。请重新加载页面并重新加入。',
    causes: [
      'SDK 已打开摄像头，但无法将其视频发布到会议的媒体服务器。',
      '如有底层原因，错误消息中会包含该原因。',
    ],
    fixes: [
      { by: 'user', text: '请重新加载页面并重新加入。' },
      {
        by: 'app',
        text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
      },
    ],
  },
  'webcam-track-ended': {
    title: '网络摄像头轨道已结束',
    userTitle: '摄像头已断开',
    description: '网络摄像头轨道已结束或网络摄像头已断开。请确保网络摄像头连接正常，并尝试重启。',
    userMessage: '您的摄像头已停止或已断开。请确认它已连接，然后重新开启。',
    causes: ['浏览器结束了摄像头轨道，例如因为摄像头已断开。'],
    fixes: [
      { by: 'user', text: '请确认摄像头已连接，然后重新开启。' },
      {
        by: 'app',
        text: '将摄像头显示为关闭状态，并允许用户重新开启或选择其他摄像头。',
      },
    ],
  },
};
