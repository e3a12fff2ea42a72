import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: '白板未能启动',
    userTitle: '白板未能启动',
    description: '启动白板失败。请重试。',
    userMessage: '白板未能启动。请重试。',
    causes: [
      '服务器拒绝了 meeting.startWhiteboard() 为启动白板而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '仅在收到 whiteboard-started 事件后才显示白板，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: '白板未能停止',
    userTitle: '白板未能停止',
    description: '停止白板失败。请重试。',
    userMessage: '白板未能停止。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopWhiteboard() 为停止白板而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在收到 whiteboard-stopped 事件之前保持白板打开，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: '白板操作正在进行',
    userTitle: '白板正忙',
    description: '白板操作已在进行中。请等待其完成。',
    userMessage: '白板正在启动或停止，稍后即可使用。',
    causes: [
      '之前的白板操作仍在进行时，应用又调用了 meeting.startWhiteboard() 或 meeting.stopWhiteboard()，因此服务器拒绝了新的请求。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在启动或停止尚未完成时禁用白板控件，并等待 whiteboard-started 或 whiteboard-stopped 事件。',
      },
      {
        by: 'user',
        text: '请稍候，等待白板完成操作。',
      },
    ],
  },
};
