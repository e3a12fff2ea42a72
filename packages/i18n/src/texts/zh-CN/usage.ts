import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
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
      {
        by: 'app',
        text: '在不支持该操作的地方隐藏或禁用相应控件。',
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
      {
        by: 'app',
        text: '将此拒绝视为无操作，而不是需要向用户显示的失败。',
      },
    ],
  },
  'invalid-parameter': {
    title: '参数缺失或无效',
    userTitle: '出现问题',
    description: '提供的参数缺失或无效。请检查该参数，然后重试。',
    userMessage: '出现了意外问题。请联系 {supportContact}。',
    causes: [
      '应用向 SDK 方法传入了缺失或错误的值，例如空的键、不是字符串的消息，或未知的事件名称。',
      'SDK 会拒绝该方法调用，但不会将其作为会议错误发出。错误消息中会指明该参数。',
    ],
    fixes: [
      {
        by: 'app',
        text: '阅读错误消息中指明的参数，并修正应用传入的值。',
      },
      {
        by: 'app',
        text: '在将用户输入传给 SDK 之前先进行检查。',
      },
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
      {
        by: 'app',
        text: '查看错误消息中的离开原因。',
      },
      {
        by: 'app',
        text: '除非用户选择取消，否则不要在 join() 仍在执行时离开会议。',
      },
      {
        by: 'app',
        text: '如果用户没有取消，请提供重新加入的选项。',
      },
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
      {
        by: 'app',
        text: '在正在执行的请求完成之前禁用该控件。',
      },
      {
        by: 'app',
        text: '将此拒绝视为无操作，或在正在执行的请求完成后重试。',
      },
    ],
  },
};
