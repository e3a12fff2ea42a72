import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
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
      { by: 'user', text: '请尝试其他摄像头，或在其他设备上使用此应用。' },
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
  'changing-mode': {
    title: '模式切换失败',
    userTitle: '无法切换模式',
    description: '出现问题，无法更改模式。请重试。',
    userMessage: '无法切换您在此会议中的模式。请重试。',
    causes: [
      '更改参会者在会议中模式的请求（changeMode）未成功。',
      '消息未说明原因。请查看应用日志以及发出请求时的网络状态。',
    ],
    fixes: [
      { by: 'user', text: '请稍后重试。' },
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
  'custom-audio-track-disposed': {
    title: '自定义音频轨道已结束',
    userTitle: '已切换回默认麦克风',
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
  'custom-video-track-disposed': {
    title: '自定义视频轨道已结束',
    userTitle: '已切换回默认摄像头',
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
  'participant-recording-failed': {
    title: '参会者录制失败',
    userTitle: '录制已停止',
    description: '参会者录制因未知错误而停止。',
    userMessage: '一位参会者的录制意外停止。您可以重新开始录制。',
    causes: [
      '参会者录制（单独录制某一位参会者）在开始后于 VideoSDK 服务器上停止。',
      '服务器未给出停止原因。请求本身并未被拒绝，因此重新开始可能会成功。',
    ],
    fixes: [
      { by: 'user', text: '请重新开始录制。' },
      {
        by: 'app',
        text: '告知会议中的人员录制已停止，并提供重新开始参会者录制的选项。',
      },
      {
        by: 'app',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID、参会者 ID 和失败时间。',
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
  'starting-foreground-service': {
    title: '前台服务未能启动',
    userTitle: '屏幕共享无法启动',
    description: '初始化前台服务时出错，因此无法启用屏幕共享。请重试。',
    userMessage: '无法在此设备上启动屏幕共享。请重试。如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      '在 Android 上，屏幕共享在前台服务中运行，而 SDK 无法启动该服务。',
      '请检查 Android 清单文件：屏幕共享需要 FOREGROUND_SERVICE 权限，在 Android 14 及更高版本上还需要 FOREGROUND_SERVICE_MEDIA_PROJECTION 权限。',
    ],
    fixes: [
      { by: 'user', text: '请重试。如果问题仍然存在，请联系 {supportContact}。' },
      {
        by: 'app',
        text: '在 Android 清单文件中声明 VideoSDK 的 Flutter 屏幕共享指南所列的前台服务权限，然后重新构建应用。',
      },
      {
        by: 'app',
        text: '在 Android 日志（logcat）中查看服务未能启动的原因，并在相同的 Android 版本上测试。',
      },
    ],
  },
  'starting-screenshare': {
    title: '屏幕共享无法启动',
    userTitle: '屏幕共享未能开始',
    description: '出现问题，无法启用屏幕共享。请重试。',
    userMessage: '屏幕共享未能开始。请重试。',
    causes: [
      '开启屏幕共享（enableScreenShare）失败，且消息未说明原因。',
      '权限被拒绝、设备不支持和前台服务失败都有各自的错误代码。请在应用日志中查看底层错误。',
    ],
    fixes: [
      { by: 'user', text: '请重试。当设备询问是否共享屏幕时，请选择允许。' },
      { by: 'app', text: '告知屏幕共享未能开始，并提供重试按钮。' },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 enableScreenShare 时的日志，并对照 VideoSDK 的 Flutter 指南检查 Android 和 iOS 的屏幕共享设置。',
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
  'track-recording-failed': {
    title: '轨道录制失败',
    userTitle: '录制已停止',
    description: '轨道录制因未知错误而停止。',
    userMessage: '一位参会者的音频或视频录制意外停止。您可以重新开始录制。',
    causes: [
      '轨道录制（录制某位参会者的一条音频或视频轨道）在开始后于 VideoSDK 服务器上停止。',
      '服务器未给出停止原因。请求本身并未被拒绝，因此重新开始可能会成功。',
    ],
    fixes: [
      { by: 'user', text: '请重新开始录制。' },
      {
        by: 'app',
        text: '告知会议中的人员录制已停止，并提供重新开始轨道录制的选项。',
      },
      {
        by: 'app',
        text: '如果持续失败，请联系 VideoSDK 支持团队，并提供会议 ID、参会者 ID、轨道类型和失败时间。',
      },
    ],
  },
};
