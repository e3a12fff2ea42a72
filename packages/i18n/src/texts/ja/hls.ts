import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
  'hls-failed': {
    title: 'HLS配信が停止しました',
    userTitle: '視聴者向け放送が停止しました',
    description: '不明なエラーにより、HLS配信が停止しました。',
    userMessage: '視聴者向け放送が予期せず停止しました。もう一度開始できます。',
    causes: [
      'サーバーでHLS配信が失敗しました。メッセージには理由が示されていません。',
      'アプリのログと、VideoSDKダッシュボードでミーティングの詳細を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'HLS配信をもう一度開始できるようにしてください。',
      },
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、ミーティングとそのHLS配信の詳細を確認してください。',
      },
      {
        by: 'support',
        text: '繰り返し発生する場合は、ミーティングIDとエラーの発生時刻を添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
  },
  'prev-hls-streaming-processing': {
    title: '前回のHLS配信をまだ処理中です',
    userTitle: '前回の視聴者向け放送をまだ処理中です',
    description: '前回のHLS配信はまだ処理中です。数秒後にもう一度お試しください。',
    userMessage: '前回の視聴者向け放送をまだ処理しています。数秒後にもう一度お試しください。',
    causes: ['サーバーが前回のHLS配信をまだ処理している間に、新しいHLS配信が要求されました。'],
    fixes: [
      {
        by: 'user',
        text: '数秒待ってから、もう一度お試しください。',
      },
      {
        by: 'app',
        text: '数秒後に自動で開始を再試行してください。再試行の回数には上限を設けてください。',
      },
    ],
  },
  'start-hls-failed': {
    title: 'HLS配信を開始できませんでした',
    userTitle: '視聴者向け放送を開始できませんでした',
    description: '不明なエラーにより、HLS配信の開始リクエストが失敗しました。',
    userMessage: '視聴者向け放送を開始できませんでした。もう一度お試しください。',
    causes: [
      'サーバーがHLS配信を開始できませんでした。メッセージには理由が示されていません。',
      'アプリのログと、VideoSDKダッシュボードでミーティングの詳細を確認してください。',
    ],
    fixes: [
      {
        by: 'user',
        text: '数秒待ってから、もう一度お試しください。',
      },
      {
        by: 'app',
        text: '再試行ボタンを表示し、失敗したリクエストの詳細をログに残してください。',
      },
      {
        by: 'support',
        text: '繰り返し失敗する場合は、ミーティングIDとエラーの発生時刻を添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'HLS配信を停止できませんでした',
    userTitle: '視聴者向け放送を停止できませんでした',
    description: '不明なエラーにより、HLS配信の停止リクエストが失敗しました。',
    userMessage: '視聴者向け放送を停止できませんでした。もう一度お試しください。',
    causes: [
      'サーバーがHLS配信を停止できませんでした。メッセージには理由が示されていません。',
      'アプリのログと、VideoSDKダッシュボードでミーティングの詳細を確認してください。',
    ],
    fixes: [
      {
        by: 'user',
        text: '数秒待ってから、もう一度お試しください。',
      },
      {
        by: 'app',
        text: '再試行ボタンを表示してください。再試行する前に、HLS配信がまだ続いているかを確認してください。',
      },
      {
        by: 'support',
        text: '繰り返し失敗する場合は、ミーティングIDとエラーの発生時刻を添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
  },
};
