import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
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
  'camera-access': {
    title: '无法访问摄像头',
    userTitle: '无法使用摄像头',
    description: '出现问题，无法访问摄像头。',
    userMessage: '此应用无法使用您的摄像头。请重试；如果问题仍然存在，请重启此应用。',
    causes: [
      'SDK 无法打开摄像头，且消息未说明原因。',
      '权限被拒绝和摄像头被占用有各自的错误代码。请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。如果仍无法使用摄像头，请重启此应用，然后重试。',
      },
      {
        by: 'app',
        text: '保持摄像头关闭，让参会者留在会议中，并允许其稍后再次开启摄像头。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用开启摄像头时的日志，以及设备型号和操作系统版本。',
      },
    ],
  },
  'camera-access-denied': {
    title: '设备上的摄像头访问被拒绝',
    userTitle: '摄像头访问已关闭',
    description: '摄像头访问请求被拒绝或被关闭。如需继续，请在设备设置中授予访问权限。',
    userMessage: '此应用无法使用您的摄像头。请在设备的“设置”中允许此应用访问摄像头，然后重试。',
    causes: [
      '用户拒绝或关闭了请求摄像头访问权限的提示，或者之前已在设备设置中关闭了访问权限。',
      '访问被拒绝后，操作系统可能不会再次询问，因此只能在设备设置中重新开启。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
      },
      {
        by: 'app',
        text: '在系统询问之前说明应用为何需要摄像头，并提供跳转到设备“设置”中本应用页面的快捷入口。',
      },
      {
        by: 'app',
        text: '确认应用已声明使用摄像头：iOS 上的 NSCameraUsageDescription 和 Android 上的 CAMERA 权限。',
      },
      {
        by: 'app',
        text: '在此期间允许用户不开视频入会。',
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
      {
        by: 'app',
        text: '在此期间允许用户不开视频入会。',
      },
    ],
    variants: {
      app: {
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
          {
            by: 'app',
            text: '在此期间允许用户不开视频入会。',
          },
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
      {
        by: 'app',
        text: '在此期间允许用户不开视频入会。',
      },
    ],
    variants: {
      app: {
        causes: ['浏览器或设备未提供摄像头访问，例如设备上没有兼容的摄像头。'],
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
          {
            by: 'app',
            text: '在此期间允许用户不开视频入会。',
          },
        ],
      },
    },
  },
  'camera-device-incompatible': {
    title: '摄像头不兼容',
    userTitle: '摄像头无法传出画面',
    description: '摄像头设备无法输出视频：无法创建视频流。请确保设备兼容。',
    userMessage: '此应用无法从您的摄像头获取画面。请尝试其他摄像头或其他设备。',
    causes: [
      'SDK 无法从所选摄像头创建视频流，因此将该摄像头报告为不兼容。',
      '消息未说明摄像头失败的原因。请查看应用日志、设备型号和操作系统版本。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请尝试其他摄像头，或在其他设备上使用此应用。',
      },
      {
        by: 'app',
        text: '让参会者在不开视频的情况下留在会议中；如果设备有多个摄像头，提供摄像头选择。',
      },
      {
        by: 'app',
        text: '在应用日志中查看设备型号、操作系统版本和摄像头信息，并在同类设备上测试应用。',
      },
    ],
  },
  'camera-in-use': {
    title: '摄像头被占用',
    userTitle: '摄像头正被占用',
    description:
      '摄像头正被其他应用程序使用。请关闭所有正在使用摄像头的程序（如视频会议工具、屏幕录制软件或其他浏览器），然后重启浏览器并重试。',
    userMessage: '其他应用或其他浏览器正在使用您的摄像头。请将其关闭，然后重试。',
    causes: [
      '其他应用程序或浏览器占用了摄像头。尤其是在 Windows 上，已在使用中的摄像头无法再次打开。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请关闭其他正在使用摄像头的应用或浏览器，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在此期间允许用户不开视频入会。',
      },
    ],
    variants: {
      app: {
        userMessage: '其他应用正在使用您的摄像头。请将其关闭，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请关闭其他正在使用摄像头的应用，然后重试。',
          },
          {
            by: 'app',
            text: '提供重试按钮，并在此期间允许用户不开视频入会。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请确认摄像头已连接并已开启，然后重试。',
      },
      {
        by: 'user',
        text: '如果仍找不到摄像头，请更新其驱动程序或重启设备，然后重新加载页面。',
      },
      {
        by: 'app',
        text: '允许用户不开视频入会，并让用户从设备列表中选择其他摄像头。',
      },
    ],
    variants: {
      app: {
        causes: [
          '设备报告未找到可满足请求的摄像头，因此摄像头无法启动。',
          '如消息所述，摄像头可能已断开或已关闭，或者其驱动程序缺失或已过时。',
        ],
        fixes: [
          {
            by: 'user',
            text: '请确认摄像头已连接并已开启，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍找不到摄像头，请重启设备，然后重试。',
          },
          {
            by: 'app',
            text: '允许用户不开视频入会，并让用户从设备列表中选择其他摄像头。',
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
      app: {
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
  'camera-permission-or-autoplay-issue': {
    title: '摄像头权限或自动播放问题',
    userTitle: '摄像头已被阻止',
    description:
      '摄像头权限或视频自动播放似乎存在问题。详情请参阅 https://tinyurl.com/autoplay-issue（SDK 消息中给出的第三方短链接）。',
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
        text: '有关此问题的 SDK 说明，请参阅 https://tinyurl.com/autoplay-issue（SDK 消息中给出的第三方短链接）。',
      },
    ],
    variants: {
      app: {
        causes: [
          '操作系统拒绝了应用访问摄像头：用户拒绝了权限，或在设备的“设置”中关闭了权限，或者应用未声明使用摄像头。',
        ],
        userMessage: '此应用无权使用您的摄像头。请在设备的“设置”中允许此应用访问摄像头，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
          },
          {
            by: 'app',
            text: '确认应用已声明使用摄像头：iOS 上的 NSCameraUsageDescription 和 Android 上的 CAMERA 权限。',
          },
          {
            by: 'app',
            text: '有关此问题的 SDK 说明，请参阅 https://tinyurl.com/autoplay-issue（SDK 消息中给出的第三方短链接）。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请稍候片刻，然后重试。',
      },
      {
        by: 'app',
        text: '在捕获图像之前，确认该参会者的摄像头已开启且视频正在播放。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看错误消息中的原因以及应用日志。',
      },
    ],
    variants: {
      app: {
        causes: [
          '设备无法为 captureImage() 绘制或编码参会者视频的一帧画面。',
          '错误消息中包含平台给出的原因。',
        ],
      },
    },
  },
  'change-webcam': {
    title: '无法切换摄像头',
    userTitle: '未能切换摄像头',
    description: '出现问题，无法切换摄像头。请重试。',
    userMessage: '未能切换您的摄像头。请重试。',
    causes: [
      '切换到其他摄像头（changeCam）失败，且消息未说明原因。',
      '所选摄像头可能已断开连接，或正被其他应用占用。请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。如果摄像头仍无法切换，请先关闭摄像头再重新开启。',
      },
      {
        by: 'app',
        text: '显示摄像头的实际状态（切换失败后摄像头可能处于关闭状态），并提供重试按钮。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 changeCam 时的日志，以及所选摄像头、设备型号和操作系统版本。',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: '自定义音频轨道已结束',
    userTitle: '已切换到默认麦克风',
    description: '提供的自定义音频轨道已被释放，现处于结束状态。SDK 正在恢复使用默认音频轨道。',
    userMessage: '您的音频已切换回默认麦克风，无需任何操作。',
    causes: [
      '应用提供给 SDK 的自定义音频轨道已被释放，因此该轨道已结束。',
      'SDK 已切换到默认音频轨道，因此参会者的音频不会中断。',
      '请检查应用或其使用的库在会议仍在使用自定义轨道时将其释放的位置。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在会议使用自定义音频轨道期间保持其有效，并仅在 SDK 不再使用后再释放。',
      },
      {
        by: 'app',
        text: '如需再次使用自定义轨道，请新建一个（例如使用 createMicrophoneAudioTrack），并将其传给 unmuteMic。',
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
      {
        by: 'app',
        text: '会议仍在使用自定义轨道时，不要停止该轨道。',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: '自定义屏幕共享轨道已被释放',
    userTitle: '屏幕共享未能开始',
    description: '提供的自定义轨道已被释放。请使用新的自定义轨道重试。',
    userMessage: '屏幕共享未能开始。请重试。',
    causes: [
      '应用传入的自定义屏幕共享轨道已被应用本身或其使用的库释放。',
      '已释放的轨道无法再次使用，因此屏幕共享不会开始。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。当设备询问是否共享屏幕时，请选择允许。',
      },
      {
        by: 'app',
        text: '每次尝试都新建一个轨道（例如使用 VideoSDK.createScreenShareVideoTrack），并立即将其传给 enableScreenShare。',
      },
      {
        by: 'app',
        text: '仅在使用该轨道的屏幕共享停止后再释放自定义屏幕共享轨道，之后不要再将其传给 SDK。',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: '自定义屏幕共享轨道已结束',
    userTitle: '屏幕共享未能开始',
    description: '提供的自定义轨道处于结束状态。请使用新的自定义轨道重试。',
    userMessage: '屏幕共享未能开始。请重试。',
    causes: [
      '应用传入的自定义屏幕共享轨道已经结束，例如其屏幕采集已经停止。',
      'SDK 无法通过已结束的轨道共享屏幕，因此屏幕共享不会开始。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。当设备询问是否共享屏幕时，请选择允许。',
      },
      {
        by: 'app',
        text: '每次尝试都新建一个轨道（例如使用 VideoSDK.createScreenShareVideoTrack），并立即将其传给 enableScreenShare。',
      },
      {
        by: 'app',
        text: '不要把自定义屏幕共享轨道留到以后使用：其采集一旦停止，该轨道就无法再使用。',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: '自定义视频轨道已结束',
    userTitle: '已切换到默认摄像头',
    description: '提供的自定义视频轨道已被释放，现处于结束状态。SDK 正在恢复使用默认视频轨道。',
    userMessage: '您的视频已切换回默认摄像头，无需任何操作。',
    causes: [
      '应用提供给 SDK 的自定义视频轨道已被释放，因此该轨道已结束。',
      'SDK 已切换到默认视频轨道，因此参会者的视频不会中断。',
      '请检查应用或其使用的库在会议仍在使用自定义轨道时将其释放的位置。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在会议使用自定义视频轨道期间保持其有效，并仅在 SDK 不再使用后再释放。',
      },
      {
        by: 'app',
        text: '如需再次使用自定义轨道，请新建一个（例如使用 createCameraVideoTrack），并将其传给 enableCam。',
      },
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
      {
        by: 'app',
        text: '会议仍在使用自定义轨道时，不要停止该轨道。',
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
      {
        by: 'user',
        text: '请更新浏览器，或尝试其他浏览器或设备。',
      },
      {
        by: 'app',
        text: '在开启麦克风之前确认 navigator.mediaDevices 可用，并通过 https:// 提供页面。',
      },
      {
        by: 'app',
        text: '允许用户不开音频入会。',
      },
    ],
    variants: {
      app: {
        causes: [
          '浏览器或设备报告无法采集音频。',
          'SDK 1.1.1 声明了此错误代码但不会触发它，因此请在应用日志中查看平台自身的错误。',
        ],
        userMessage: '此设备无法在此会议中使用麦克风。请更新应用，或尝试其他设备。',
        fixes: [
          {
            by: 'user',
            text: '请更新应用，或尝试其他设备。',
          },
          {
            by: 'app',
            text: '确认应用已声明使用麦克风：iOS 上的 NSMicrophoneUsageDescription 和 Android 上的 RECORD_AUDIO 权限。',
          },
          {
            by: 'app',
            text: '允许用户不开音频入会。',
          },
        ],
      },
    },
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
    variants: {
      app: {
        causes: [
          '设备以 NotAllowedError 拒绝了麦克风访问，而 SDK 无法将其归入更具体的情况，例如提示被关闭或被操作系统阻止。',
        ],
        userMessage: '此应用无权使用您的麦克风。请在设备的“设置”中允许此应用访问麦克风，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用麦克风，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍被阻止，请检查设备的隐私设置是否允许此应用使用麦克风。',
          },
          {
            by: 'app',
            text: '在用户操作之后再请求麦克风，并事先说明会议为何需要麦克风。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请更新浏览器，或尝试其他浏览器或设备。',
      },
      {
        by: 'app',
        text: '确认摄像头支持所请求的分辨率，并在不支持时回退到较低的分辨率。',
      },
    ],
    variants: {
      app: {
        causes: [
          '设备无法以所请求的设置打开摄像头，且原因并非权限被拒绝。',
          '在 SDK 1.1.1 中，SDK 为更改分辨率而重新打开摄像头时会出现这种情况。请在应用日志中查看平台的错误。',
        ],
        userMessage: '此设备无法启动摄像头。请更新应用，或尝试其他设备。',
        fixes: [
          {
            by: 'user',
            text: '请更新应用，或尝试其他设备。',
          },
          {
            by: 'app',
            text: '确认摄像头支持所请求的分辨率，并在不支持时回退到较低的分辨率。',
          },
        ],
      },
    },
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
    variants: {
      app: {
        causes: [
          '设备以 NotAllowedError 拒绝了摄像头访问，而 SDK 无法将其归入更具体的情况，例如提示被关闭或被操作系统阻止。',
        ],
        userMessage: '此应用无权使用您的摄像头。请在设备的“设置”中允许此应用访问摄像头，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍被阻止，请检查设备的隐私设置是否允许此应用使用摄像头。',
          },
          {
            by: 'app',
            text: '在用户操作之后再请求摄像头，并事先说明会议为何需要摄像头。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请选择其他摄像头或麦克风，然后重试。',
      },
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
    variants: {
      app: {
        userMessage: '音频和视频尚未就绪。请稍候片刻后重试，或退出会议后重新加入。',
        fixes: [
          {
            by: 'user',
            text: '请稍候片刻，然后重试。如果问题仍然存在，请退出会议并重新加入。',
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
    },
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
      {
        by: 'user',
        text: '请稍候片刻，然后重试。',
      },
      {
        by: 'app',
        text: '在开启媒体之前，等待 meeting-joined（已加入会议）事件或模式切换完成。',
      },
      {
        by: 'app',
        text: '短暂延迟后重试。',
      },
    ],
  },
  'mic-access-denied': {
    title: '设备上的麦克风访问被拒绝',
    userTitle: '麦克风访问已关闭',
    description: '麦克风访问请求被拒绝或被关闭。如需继续，请在设备设置中授予访问权限。',
    userMessage: '此应用无法使用您的麦克风。请在设备的“设置”中允许此应用访问麦克风，然后重试。',
    causes: [
      '用户拒绝或关闭了请求麦克风访问权限的提示，或者之前已在设备设置中关闭了访问权限。',
      '访问被拒绝后，操作系统可能不会再次询问，因此只能在设备设置中重新开启。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请打开设备的“设置”，允许此应用使用麦克风，然后重试。',
      },
      {
        by: 'app',
        text: '在系统询问之前说明应用为何需要麦克风，并提供跳转到设备“设置”中本应用页面的快捷入口。',
      },
      {
        by: 'app',
        text: '确认应用已声明使用麦克风：iOS 上的 NSMicrophoneUsageDescription 和 Android 上的 RECORD_AUDIO 权限。',
      },
      {
        by: 'app',
        text: '在此期间允许用户不开音频入会。',
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
      {
        by: 'app',
        text: '在此期间允许用户不开音频入会。',
      },
    ],
    variants: {
      app: {
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
          {
            by: 'app',
            text: '在此期间允许用户不开音频入会。',
          },
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
      {
        by: 'app',
        text: '在此期间允许用户不开音频入会。',
      },
    ],
    variants: {
      app: {
        causes: ['浏览器或设备未提供麦克风访问，例如设备上没有兼容的麦克风。'],
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
          {
            by: 'app',
            text: '在此期间允许用户不开音频入会。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请重试。',
      },
      {
        by: 'app',
        text: '继续将麦克风显示为开启状态，并允许用户重试。',
      },
      {
        by: 'app',
        text: '如果持续失败，请在应用日志中检查与会议的连接。',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: '麦克风不兼容',
    userTitle: '麦克风无法传出声音',
    description: '麦克风设备无法输出音频：无法创建音频流。请确保设备兼容。',
    userMessage: '此应用无法从您的麦克风获取声音。请尝试其他麦克风或其他设备。',
    causes: [
      'SDK 无法从所选麦克风创建音频流，因此将该麦克风报告为不兼容。',
      '消息未说明麦克风失败的原因。请查看应用日志、设备型号和操作系统版本。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请尝试其他麦克风（例如耳机），或在其他设备上使用此应用。',
      },
      {
        by: 'app',
        text: '让参会者在不开音频的情况下留在会议中；如果设备有多个麦克风，提供麦克风选择。',
      },
      {
        by: 'app',
        text: '在应用日志中查看设备型号、操作系统版本和麦克风信息，并在同类设备上测试应用。',
      },
    ],
  },
  'microphone-in-use': {
    title: '麦克风被占用',
    userTitle: '麦克风正被占用',
    description:
      '麦克风正被其他应用程序使用。请关闭所有正在使用麦克风的程序（如视频会议工具、屏幕录制软件或其他浏览器），然后重启浏览器并重试。',
    userMessage: '其他应用或其他浏览器正在使用您的麦克风。请将其关闭，然后重试。',
    causes: [
      '其他应用程序或浏览器占用了麦克风。尤其是在 Windows 上，已在使用中的麦克风无法再次打开。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请关闭其他正在使用麦克风的应用或浏览器，然后重试。',
      },
      {
        by: 'app',
        text: '提供重试按钮，并在此期间允许用户不开音频入会。',
      },
    ],
    variants: {
      app: {
        userMessage: '其他应用正在使用您的麦克风。请将其关闭，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请关闭其他正在使用麦克风的应用，然后重试。',
          },
          {
            by: 'app',
            text: '提供重试按钮，并在此期间允许用户不开音频入会。',
          },
        ],
      },
    },
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
    variants: {
      app: {
        causes: [
          '设备报告未找到可满足请求的麦克风，因此麦克风无法启动。',
          '如消息所述，麦克风可能已断开或已关闭。',
        ],
        fixes: [
          {
            by: 'user',
            text: '请确认麦克风已连接并已开启，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍找不到麦克风，请检查设备的声音设置，然后重试。',
          },
          {
            by: 'app',
            text: '允许用户不开音频入会，并让用户从设备列表中选择其他麦克风。',
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
      app: {
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
      {
        by: 'user',
        text: '请重新加载页面并重新加入。',
      },
      {
        by: 'app',
        text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
      },
    ],
    variants: {
      app: {
        userMessage: '您的麦克风工作正常，但无法将其声音发送到会议。请退出会议并重新加入。',
        fixes: [
          {
            by: 'user',
            text: '请退出会议并重新加入。',
          },
          {
            by: 'app',
            text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: '麦克风轨道已结束',
    userTitle: '麦克风已断开',
    description: '麦克风轨道已结束或麦克风已断开。请检查麦克风连接，然后重试。',
    userMessage: '您的麦克风已停止或已断开。请确认它已连接，然后重新开启。',
    causes: ['浏览器结束了麦克风轨道，例如因为麦克风已断开。'],
    fixes: [
      {
        by: 'user',
        text: '请确认麦克风已连接，然后重新开启。',
      },
      {
        by: 'app',
        text: '将麦克风显示为关闭状态，并允许用户重新开启或选择其他麦克风。',
      },
    ],
    variants: { app: { causes: ['设备结束了麦克风轨道，例如因为麦克风已断开。'] } },
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
      {
        by: 'app',
        text: '通过 https:// 提供页面，并允许用户不开音频入会。',
      },
    ],
    variants: {
      app: {
        causes: [
          '系统的设备列表中没有任何麦克风，因此 SDK 没有可用的麦克风。',
          '如消息所述，麦克风可能未插好或已关闭。',
        ],
        userMessage: '找不到您的麦克风。请确认它已连接并已开启，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请确认麦克风已连接并已开启，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍找不到麦克风，请检查设备的声音设置，或重启设备。',
          },
          {
            by: 'app',
            text: '允许用户不开音频入会。',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: '没有受支持的视频编解码器',
    userTitle: '不支持视频',
    description: '此设备上没有可用的受支持视频编解码器。',
    userMessage: '您的浏览器无法在此会议中发送视频。请更新浏览器，或尝试其他浏览器或设备。',
    causes: ['浏览器既不支持用所请求的视频编解码器发送视频，也不支持备用的 VP8。'],
    fixes: [
      {
        by: 'user',
        text: '请更新浏览器，或尝试其他浏览器或设备。',
      },
      {
        by: 'app',
        text: '允许用户不开视频入会，并记录浏览器版本，以找出受影响的浏览器。',
      },
    ],
    variants: {
      app: {
        causes: ['设备既不支持用所请求的视频编解码器发送视频，也不支持备用的 VP8。'],
        userMessage: '此设备无法在此会议中发送视频。请更新应用，或尝试其他设备。',
        fixes: [
          {
            by: 'user',
            text: '请更新应用，或尝试其他设备。',
          },
          {
            by: 'app',
            text: '允许用户不开视频入会，并记录设备型号和操作系统版本，以找出受影响的设备。',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: '未找到摄像头设备',
    userTitle: '未找到摄像头',
    description:
      '未找到网络摄像头：找不到您的摄像头。它是否已插好并已开启？如果是，请尝试重启电脑或检查设备设置。如需帮助，请使用 https://test.8x8.vc/（SDK 消息所链接的第三方页面）上的故障排查工具。另外，请确保您访问的是安全网站（https://）。',
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
      {
        by: 'app',
        text: '通过 https:// 提供页面，并允许用户不开视频入会。',
      },
    ],
    variants: {
      app: {
        causes: [
          '系统的设备列表中没有任何摄像头，因此 SDK 没有可用的摄像头。',
          '如消息所述，摄像头可能未插好或已关闭。',
        ],
        userMessage: '找不到您的摄像头。请确认它已连接并已开启，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请确认摄像头已连接并已开启，然后重试。',
          },
          {
            by: 'user',
            text: '如果仍找不到摄像头，请检查设备的摄像头设置，或重启设备。',
          },
          {
            by: 'app',
            text: '允许用户不开视频入会。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请尝试从其他设备加入。',
      },
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
      {
        by: 'app',
        text: '将摄像头显示为关闭状态，并允许用户重新开启。',
      },
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
        text: '确认应用已声明使用麦克风：iOS 上的 NSMicrophoneUsageDescription 和 Android 上的 RECORD_AUDIO 权限。',
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
      {
        by: 'user',
        text: '请尝试从其他设备加入。',
      },
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
      {
        by: 'app',
        text: '将麦克风显示为关闭状态，并允许用户重新开启。',
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
      {
        by: 'app',
        text: '查看错误消息中的原因以及应用日志。',
      },
      {
        by: 'app',
        text: '仅在摄像头已开启且已连接到会议时更改画质。',
      },
    ],
  },
  'starting-audio': {
    title: '麦克风无法启动',
    userTitle: '麦克风未能开启',
    description: '出现问题，无法启用麦克风。请重试。',
    userMessage: '您的麦克风未能开启。请重试。',
    causes: [
      '开启麦克风（unmuteMic）失败，且消息未说明原因。',
      '权限问题和麦克风被占用有各自的错误代码。请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。如果麦克风仍无法开启，请重启此应用，然后重试。',
      },
      {
        by: 'app',
        text: '保持麦克风关闭，让参会者留在会议中，并提供重试按钮。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 unmuteMic 时的日志，以及设备型号和操作系统版本。',
      },
    ],
  },
  'starting-video': {
    title: '摄像头无法启动',
    userTitle: '摄像头未能开启',
    description: '出现问题，无法启用摄像头。请重试。',
    userMessage: '您的摄像头未能开启。请重试。',
    causes: [
      '开启摄像头（enableCam）失败，且消息未说明原因。',
      '权限问题和摄像头被占用有各自的错误代码。请在应用日志中查看底层错误。',
    ],
    fixes: [
      {
        by: 'user',
        text: '请重试。如果摄像头仍无法开启，请重启此应用，然后重试。',
      },
      {
        by: 'app',
        text: '保持摄像头关闭，让参会者留在会议中，并提供重试按钮。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 enableCam 时的日志，以及设备型号和操作系统版本。',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: '不支持用于发送的视频编解码器',
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
    variants: {
      app: {
        causes: ['设备无法使用应用请求的编解码器发送视频，因此 SDK 改用 VP8。'],
        fixes: [
          { by: 'app', text: '请求设备支持的编解码器或 VP8，以避免回退。' },
          { by: 'app', text: '记录设备型号和操作系统版本，以找出缺少该编解码器的设备。' },
        ],
      },
    },
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
      {
        by: 'app',
        text: '允许用户不开视频入会，并提供重试按钮。',
      },
    ],
    variants: {
      app: {
        causes: [
          '设备无法读取摄像头：它报告了 NotReadableError，且并非摄像头被占用的情况。',
          '该消息指向设备的摄像头设置。请在应用日志中查看平台自身的错误。',
        ],
        userMessage: '您的摄像头无法启动。请在设备的“设置”中确认已允许此应用使用摄像头，然后重试。',
        fixes: [
          {
            by: 'user',
            text: '请打开设备的“设置”，允许此应用使用摄像头，然后重试。',
          },
          {
            by: 'user',
            text: '请关闭其他正在使用摄像头的应用，然后重试。',
          },
          {
            by: 'app',
            text: '允许用户不开视频入会，并提供重试按钮。',
          },
        ],
      },
    },
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
      {
        by: 'app',
        text: '记录底层错误，并提供重试按钮。',
      },
      {
        by: 'app',
        text: '问题持续期间，让参会者在不开视频的情况下留在会议中。',
      },
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
      {
        by: 'user',
        text: '请重试。',
      },
      {
        by: 'app',
        text: '继续将摄像头显示为开启状态，并允许用户重试。',
      },
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
      {
        by: 'user',
        text: '请开启摄像头，然后重试。',
      },
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
      {
        by: 'user',
        text: '请重新加载页面并重新加入。',
      },
      {
        by: 'app',
        text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
      },
    ],
    variants: {
      app: {
        userMessage: '您的摄像头工作正常，但无法将其画面发送到会议。请退出会议并重新加入。',
        fixes: [
          {
            by: 'user',
            text: '请退出会议并重新加入。',
          },
          {
            by: 'app',
            text: '查看错误消息中的原因，以及应用日志中媒体连接的状态。',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: '网络摄像头轨道已结束',
    userTitle: '摄像头已断开',
    description: '网络摄像头轨道已结束或网络摄像头已断开。请确保网络摄像头连接正常，并尝试重启。',
    userMessage: '您的摄像头已停止或已断开。请确认它已连接，然后重新开启。',
    causes: ['浏览器结束了摄像头轨道，例如因为摄像头已断开。'],
    fixes: [
      {
        by: 'user',
        text: '请确认摄像头已连接，然后重新开启。',
      },
      {
        by: 'app',
        text: '将摄像头显示为关闭状态，并允许用户重新开启或选择其他摄像头。',
      },
    ],
    variants: { app: { causes: ['设备结束了摄像头轨道，例如因为摄像头已断开。'] } },
  },
};
