import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
  'start-transcription-failed': {
    title: '文字起こしを開始できませんでした',
    userTitle: '文字起こしを開始できませんでした',
    description: '不明なエラーにより、文字起こしの開始リクエストが失敗しました。',
    userMessage: '文字起こしを開始できませんでした。もう一度お試しください。',
    causes: [
      'サーバーが文字起こしを開始できませんでした。メッセージには理由が示されていません。',
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
  'stop-transcription-failed': {
    title: '文字起こしを停止できませんでした',
    userTitle: '文字起こしを停止できませんでした',
    description: '不明なエラーにより、文字起こしの停止リクエストが失敗しました。',
    userMessage: '文字起こしを停止できませんでした。もう一度お試しください。',
    causes: [
      'サーバーが文字起こしを停止できませんでした。メッセージには理由が示されていません。',
      'アプリのログと、VideoSDKダッシュボードでミーティングの詳細を確認してください。',
    ],
    fixes: [
      {
        by: 'user',
        text: '数秒待ってから、もう一度お試しください。',
      },
      {
        by: 'app',
        text: '再試行ボタンを表示してください。再試行する前に、文字起こしがまだ続いているかを確認してください。',
      },
      {
        by: 'support',
        text: '繰り返し失敗する場合は、ミーティングIDとエラーの発生時刻を添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
  },
  'transcription-failed': {
    title: '文字起こしが停止しました',
    userTitle: '文字起こしが停止しました',
    description: '不明なエラーにより、文字起こしが停止しました。',
    userMessage: '文字起こしが予期せず停止しました。もう一度開始できます。',
    causes: [
      'サーバーで文字起こしが失敗しました。メッセージには理由が示されていません。',
      'アプリのログと、VideoSDKダッシュボードでミーティングの詳細を確認してください。',
    ],
    fixes: [
      {
        by: 'app',
        text: '文字起こしをもう一度開始できるようにしてください。',
      },
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、ミーティングとその文字起こしの詳細を確認してください。',
      },
      {
        by: 'support',
        text: '繰り返し発生する場合は、ミーティングIDとエラーの発生時刻を添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
    audiences: {
      participant: {
        userMessage: '文字起こしが予期せず停止しました。主催者がもう一度開始できます。',
      },
    },
  },
};
