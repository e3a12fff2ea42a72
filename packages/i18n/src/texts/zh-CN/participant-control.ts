import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
  'disable-participant-mic-failed': {
    title: '未能关闭参会者的麦克风',
    userTitle: '麦克风请求失败',
    description: '关闭该参会者的麦克风失败。请重试。',
    userMessage: '关闭此参会者麦克风的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.disableMic() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: '未能关闭参会者的网络摄像头',
    userTitle: '摄像头请求失败',
    description: '关闭该参会者的网络摄像头失败。请重试。',
    userMessage: '关闭此参会者摄像头的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.disableWebcam() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: '未能开启参会者的麦克风',
    userTitle: '麦克风请求失败',
    description: '开启该参会者的麦克风失败。请重试。',
    userMessage: '开启此参会者麦克风的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.enableMic() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: '未能开启参会者的网络摄像头',
    userTitle: '摄像头请求失败',
    description: '开启该参会者的网络摄像头失败。请重试。',
    userMessage: '开启此参会者摄像头的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.enableWebcam() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'pin-failed': {
    title: '置顶失败',
    userTitle: '置顶未成功',
    description: '置顶该参会者失败。请重试。',
    userMessage: '无法置顶此参会者。请重试。',
    causes: [
      '服务器拒绝了 participant.pin() 为置顶该参会者而发出的请求，或该请求在网络上失败。',
      '服务器拒绝时，SDK 会恢复之前的置顶状态。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '根据 pin-state-changed 事件更新布局，而不是仅根据请求本身。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'remove-participant-failed': {
    title: '未能移除参会者',
    userTitle: '无法移除参会者',
    description: '移除该参会者失败。请重试。',
    userMessage: '无法将此参会者移出会议。请重试。',
    causes: [
      '服务器拒绝了 participant.remove() 为移除该参会者而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'app',
        text: '在收到 participant-left（参会者已离开）事件之前，将该参会者保留在列表中。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'unpin-failed': {
    title: '取消置顶失败',
    userTitle: '取消置顶未成功',
    description: '取消置顶该参会者失败。请重试。',
    userMessage: '无法取消置顶此参会者。请重试。',
    causes: [
      '服务器拒绝了 participant.unpin() 为取消置顶该参会者而发出的请求，或该请求在网络上失败。',
      '服务器拒绝时，SDK 会恢复之前的置顶状态。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '根据 pin-state-changed 事件更新布局，而不是仅根据请求本身。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
};
