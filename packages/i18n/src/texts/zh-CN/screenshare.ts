import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
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
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: '请重试。如果您的屏幕仍在共享，请退出会议以停止共享。',
          },
          {
            by: 'app',
            text: '在屏幕共享真正停止之前，继续将其显示为开启状态，并允许用户重试。',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: '请在电脑上尝试其他浏览器。',
      },
      {
        by: 'app',
        text: '检查是否支持屏幕共享（navigator.mediaDevices.getDisplayMedia），在不支持时隐藏共享按钮。',
      },
    ],
    variants: {
      app: {
        causes: [
          '设备无法捕获屏幕。',
          '在应用中，请按照 SDK 的屏幕共享指南，检查是否已为相应平台设置屏幕共享。',
        ],
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
      app: {
        fixes: [
          {
            by: 'user',
            text: '请重试，并在设备询问时允许屏幕共享。',
          },
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
      {
        by: 'user',
        text: '请重试。如果问题仍然存在，请联系 {supportContact}。',
      },
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
      {
        by: 'user',
        text: '请重试。当设备询问是否共享屏幕时，请选择允许。',
      },
      {
        by: 'app',
        text: '告知屏幕共享未能开始，并提供重试按钮。',
      },
      {
        by: 'app',
        text: '如果持续失败，请查看应用调用 enableScreenShare 时的日志，并对照 VideoSDK 的 Flutter 指南检查 Android 和 iOS 的屏幕共享设置。',
      },
    ],
  },
};
