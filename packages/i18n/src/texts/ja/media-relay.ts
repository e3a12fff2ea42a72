import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'メディアリレーのリクエストに失敗しました',
    userTitle: 'ほかのミーティングに送信できませんでした',
    description: 'メディアリレーをリクエストできませんでした。もう一度お試しください。',
    userMessage:
      'オーディオとビデオをほかのミーティングに送信できませんでした。もう一度お試しください。',
    causes: [
      'meeting.requestMediaRelay()が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'エラーメッセージでサーバーが示す理由を確認してください。たとえば、送信先のミーティングやそのトークンに関する理由です。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認してください。',
      },
      {
        by: 'app',
        text: '送信先のミーティングIDと、送信先のミーティング用に渡すトークンを確認してください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'メディアリレーのリクエストに応答できませんでした',
    userTitle: '応答を送信できませんでした',
    description: 'メディアリレーのリクエストに応答できませんでした。もう一度お試しください。',
    userMessage:
      'ほかのミーティングからのリクエストに応答できませんでした。もう一度お試しください。',
    causes: [
      'media-relay-request-receivedイベントのaccept()またはreject()が送った応答をサーバーが拒否したか、リクエストがネットワークで失敗しました。',
      'サーバーが理由を示した場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認してください。',
      },
      {
        by: 'app',
        text: '主催者がもう一度応答できるよう、リレーのリクエストを画面に表示したままにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'メディアリレーを停止できませんでした',
    userTitle: 'ほかのミーティングへの送信が続いています',
    description: 'メディアリレーを停止できませんでした。もう一度お試しください。',
    userMessage:
      'オーディオとビデオは、まだほかのミーティングに送信されています。もう一度お試しください。',
    causes: [
      'meeting.stopMediaRelay()が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'サーバーが理由を示した場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認し、渡した送信先のミーティングIDも確認してください。',
      },
      {
        by: 'app',
        text: 'media-relay-stoppedイベントが届くまで、リレーを実行中として表示したままにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
};
