import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: '翻訳の言語を変更できませんでした',
    userTitle: '言語は変わりませんでした',
    description: '不明なエラーにより、翻訳の言語の変更リクエストが失敗しました。',
    userMessage: '翻訳の言語は変わりませんでした。もう一度お試しください。',
    causes: [
      'meeting.changeTranslationLanguage()（1.1.1の型宣言にはありません）が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'SDKのドキュメントコメントには具体的な理由が書かれていません。エラーメッセージでサーバーが示す理由を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認し、翻訳が実行中であることと、その言語がサポートされていることを確認してください。',
      },
      {
        by: 'app',
        text: '変更が成功するまで、画面には以前の言語を表示したままにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'start-translation-failed': {
    title: '翻訳を開始できませんでした',
    userTitle: '翻訳を開始できませんでした',
    description: '不明なエラーにより、翻訳の開始リクエストが失敗しました。',
    userMessage: '翻訳を開始できませんでした。もう一度お試しください。',
    causes: [
      'meeting.startTranslation()（1.1.1の型宣言にはありません）が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'SDKのドキュメントコメントには具体的な理由が書かれていません。エラーメッセージでサーバーが示す理由を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認し、渡した翻訳の設定も確認してください。',
      },
      {
        by: 'app',
        text: '翻訳をオンとして表示するのは、translation-state-changedイベントで開始が通知されてからにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'stop-translation-failed': {
    title: '翻訳を停止できませんでした',
    userTitle: '翻訳を停止できませんでした',
    description: '不明なエラーにより、翻訳の停止リクエストが失敗しました。',
    userMessage: '翻訳を停止できませんでした。もう一度お試しください。',
    causes: [
      'meeting.stopTranslation()（1.1.1の型宣言にはありません）が送ったリクエストが拒否されたか、リクエストがネットワークで失敗しました。',
      'SDKのドキュメントコメントには具体的な理由が書かれていません。エラーメッセージでサーバーが示す理由を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'エラーメッセージでサーバーが示す理由を確認してください。',
      },
      {
        by: 'app',
        text: 'translation-state-changedイベントで停止が通知されるまで、翻訳をオンとして表示したままにしてください。',
      },
      {
        by: 'user',
        text: 'もう一度お試しください。',
      },
    ],
  },
  'translation-failed': {
    title: '翻訳が停止しました',
    userTitle: '翻訳が停止しました',
    description: '内部エラーにより、翻訳が停止しました。',
    userMessage: '翻訳が予期せず停止しました。もう一度開始できます。',
    causes: [
      'SDKのドキュメントコメントのとおり、サーバーの内部エラーにより翻訳が停止しました。',
      'SDKはそれ以上の詳細を示していません。エラーメッセージでサーバーが示す理由を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'translation-state-changedイベントに基づいて画面を更新し、ユーザーが翻訳をもう一度開始できるようにしてください。',
      },
      {
        by: 'user',
        text: '翻訳をもう一度開始してください。',
      },
      {
        by: 'support',
        text: '繰り返し発生する場合は、ミーティングID、発生時刻、エラーメッセージを添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '翻訳が予期せず停止しました。主催者がもう一度開始できます。',
        userSteps: ['翻訳をもう一度開始するよう主催者に依頼してください。'],
      },
    },
  },
};
