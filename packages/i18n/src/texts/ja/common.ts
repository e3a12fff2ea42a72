import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'ja',
  unknown: {
    title: '不明なエラーが発生しました',
    userTitle: '問題が発生しました',
    description:
      'SDKがエラーコード{code}を報告しましたが、このカタログにはまだ登録されていません。新しいバージョンのSDKで追加されたコードである可能性があります。',
    userMessage:
      '問題が発生しました（エラー{code}）。もう一度お試しください。問題が解決しない場合は、{supportContact}にお問い合わせください。',
    causes: [
      'SDKが報告したコードはこのカタログに載っていないため、カタログではその意味を説明できません。',
      'アプリが、このカタログの対象より新しいバージョンのSDKを使用している可能性があります。SDKのバージョンとカタログのバージョンを確認してください。',
      'エラーとともに届いたメッセージに詳しい情報が含まれている可能性があります。アプリのログで確認してください。',
    ],
    fixes: [
      {
        by: 'user',
        text: 'もう一度お試しください。問題が解決しない場合は、{supportContact}にお問い合わせください。',
      },
      {
        by: 'app',
        text: 'エラーとともに届いたメッセージをアプリのログで確認し、アプリが使用しているSDKのバージョンを控えてください。',
      },
      {
        by: 'app',
        text: 'このカタログを最新バージョンに更新してください。最新バージョンにはこのコードが載っている可能性があります。',
      },
      {
        by: 'support',
        text: 'それでもコードが不明な場合は、コード、メッセージ、SDKのバージョンを添えてVideoSDKサポートにお問い合わせください。',
      },
    ],
  },
  labels: {
    categories: {
      auth: '認証',
      account: 'アカウント',
      session: 'ミーティングと参加',
      limit: '上限',
      connection: '接続',
      'media-device': 'カメラとマイク',
      screenshare: '画面共有',
      stream: 'オーディオとビデオのストリーム',
      'participant-control': '参加者の操作',
      recording: '録画',
      livestream: 'ライブ配信（RTMP）',
      hls: '視聴者向け放送（HLS）',
      transcription: '文字起こし',
      translation: 'リアルタイム翻訳',
      whiteboard: 'ホワイトボード',
      pubsub: 'メッセージ（PubSub）',
      'realtime-store': 'リアルタイムストア',
      'media-relay': 'メディアリレー',
      data: 'データとファイル',
      usage: 'APIの使い方',
    },
    severities: {
      fatal: '致命的',
      error: 'エラー',
      warning: '警告',
    },
    sources: {
      client: 'クライアント',
      server: 'サーバー',
    },
    features: {
      recording: '録画',
      livestream: 'ライブ配信（RTMP）',
      hls: '視聴者向け放送（HLS）',
      transcription: '文字起こし',
      'participant-recording': '参加者の録画',
      'track-recording': 'トラックの録画',
      'composite-recording': '合成録画',
      translation: 'リアルタイム翻訳',
      whiteboard: 'ホワイトボード',
      pubsub: 'メッセージ（PubSub）',
      'realtime-store': 'リアルタイムストア',
      'media-relay': 'メディアリレー',
    },
    platforms: {
      web: 'Web（JavaScript、React）',
      'react-native': 'React Native',
      ios: 'iOS（Swift）',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'アプリ開発者',
      user: 'エンドユーザー',
      dashboard: 'アカウント所有者（ダッシュボード）',
      support: 'VideoSDKサポート',
    },
    supportTeam: 'このアプリのサポート窓口',
  },
};
