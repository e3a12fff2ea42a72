import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'PubSubへの公開に失敗しました',
    userTitle: 'メッセージを送信できませんでした',
    description: 'PubSubトピックにメッセージを公開できませんでした。もう一度お試しください。',
    userMessage:
      'メッセージを送信できませんでした。インターネット接続を確認してから、もう一度お試しください。',
    causes: [
      'meeting.pubSub.publish()がミーティングサーバーに送った公開リクエストがタイムアウトしたか、サーバーがエラーを返しました。',
      'エラーメッセージには、タイムアウトしたかどうか、またはサーバーが示す理由が含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージを確認し、タイムアウトかサーバーのエラーかを見分けてください。',
      },
      {
        by: 'app',
        text: '送信できなかったメッセージを画面に残し、ユーザーがもう一度送信できるようにしてください。',
      },
      {
        by: 'user',
        text: 'インターネット接続を確認してから、もう一度お試しください。',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSubの購読に失敗しました',
    userTitle: 'メッセージを読み込めません',
    description: 'PubSubトピックを購読できませんでした。もう一度お試しください。',
    userMessage:
      '新しいメッセージが表示されない可能性があります。インターネット接続を確認してから、ページを再読み込みしてください。',
    causes: [
      'meeting.pubSub.subscribe()がミーティングサーバーに送った購読リクエストがタイムアウトしたか、サーバーがエラーを返しました。',
      '理由が示された場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージを確認し、タイムアウトかサーバーのエラーかを見分けてください。',
      },
      {
        by: 'app',
        text: 'ミーティングへの接続が安定してから、subscribe()をもう一度実行してください。',
      },
      {
        by: 'user',
        text: 'インターネット接続を確認してから、ページを再読み込みしてください。',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSubの購読を解除できませんでした',
    userTitle: 'メッセージの受信を停止できませんでした',
    description: 'PubSubトピックの購読を解除できませんでした。もう一度お試しください。',
    userMessage: 'ここに引き続きメッセージが届く可能性があります。対応は必要ありません。',
    causes: [
      'meeting.pubSub.unsubscribe()がミーティングサーバーに送った購読解除リクエストがタイムアウトしたか、サーバーがエラーを返しました。',
      '理由が示された場合は、エラーメッセージに含まれます。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージを確認し、タイムアウトかサーバーのエラーかを見分けてください。',
      },
      {
        by: 'app',
        text: '同じlistenersオブジェクトでunsubscribe()をもう一度実行し、その間はそのトピックのメッセージを無視してください。',
      },
    ],
  },
};
