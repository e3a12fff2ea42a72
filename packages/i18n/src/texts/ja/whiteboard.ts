import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'ホワイトボードを開始できませんでした',
    userTitle: 'ホワイトボードを開始できませんでした',
    description: 'ホワイトボードを開始できませんでした。もう一度お試しください。',
    userMessage: 'ホワイトボードを開始できませんでした。もう一度お試しください。',
    causes: [
      'meeting.startWhiteboard()が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'サーバーが理由を示した場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認してください。',
      },
      {
        by: 'app',
        text: 'ホワイトボードはwhiteboard-startedイベントの後にのみ表示し、再試行できるようにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'ホワイトボードを停止できませんでした',
    userTitle: 'ホワイトボードを停止できませんでした',
    description: 'ホワイトボードを停止できませんでした。もう一度お試しください。',
    userMessage: 'ホワイトボードを停止できませんでした。もう一度お試しください。',
    causes: [
      'meeting.stopWhiteboard()が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'サーバーが理由を示した場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認してください。',
      },
      {
        by: 'app',
        text: 'whiteboard-stoppedイベントが届くまでホワイトボードを開いたままにし、再試行できるようにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'ホワイトボードの操作が進行中です',
    userTitle: 'ホワイトボードは処理中です',
    description: 'ホワイトボードの操作がすでに進行中です。完了するまでお待ちください。',
    userMessage:
      'ホワイトボードは現在、開始または停止の処理中です。まもなく使用できるようになります。',
    causes: [
      '以前のホワイトボードの操作がまだ進行中のときに、アプリがmeeting.startWhiteboard()またはmeeting.stopWhiteboard()を実行したため、新しいリクエストは拒否されました。',
    ],
    fixes: [
      {
        by: 'app',
        text: '開始または停止の処理中はホワイトボードのボタンを無効にし、whiteboard-startedイベントまたはwhiteboard-stoppedイベントを待ってください。',
      },
      {
        by: 'user',
        text: 'ホワイトボードの処理が終わるまで、しばらくお待ちください。',
      },
    ],
  },
};
