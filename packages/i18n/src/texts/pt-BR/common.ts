import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'pt-BR',
  unknown: {
    title: 'Erro desconhecido',
    userTitle: 'Algo deu errado',
    description:
      'O SDK informou o código de erro {code}, que este catálogo ainda não conhece. Uma versão mais recente do SDK pode tê-lo adicionado.',
    userMessage:
      'Algo deu errado (erro {code}). Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'O SDK informou um código que este catálogo não lista, por isso o catálogo não sabe dizer o que ele significa.',
      'O app pode usar uma versão do SDK mais recente do que a que este catálogo cobre. Verifique a versão do SDK e a versão do catálogo.',
      'A mensagem que acompanha o erro pode dizer mais. Consulte-a nos logs do app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
      },
      {
        by: 'app',
        text: 'Leia nos logs do app a mensagem que acompanha o erro e anote a versão do SDK que o app usa.',
      },
      {
        by: 'app',
        text: 'Atualize este catálogo para a versão mais recente, que pode listar o código.',
      },
      {
        by: 'support',
        text: 'Se o código continuar desconhecido, entre em contato com o suporte da VideoSDK informando o código, a mensagem e a versão do SDK.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'Autenticação',
      account: 'Conta',
      session: 'Reunião e entrada',
      limit: 'Limites',
      connection: 'Conexão',
      'media-device': 'Câmera e microfone',
      screenshare: 'Compartilhamento de tela',
      stream: 'Fluxos de áudio e vídeo',
      'participant-control': 'Controle de participantes',
      recording: 'Gravação',
      livestream: 'Transmissão ao vivo (RTMP)',
      hls: 'Difusão HLS',
      transcription: 'Transcrição',
      translation: 'Tradução em tempo real',
      whiteboard: 'Quadro branco',
      pubsub: 'Mensagens (PubSub)',
      'realtime-store': 'Armazenamento em tempo real',
      'media-relay': 'Retransmissão de mídia',
      data: 'Dados e arquivos',
      usage: 'Uso da API',
    },
    severities: {
      fatal: 'Fatal',
      error: 'Erro',
      warning: 'Aviso',
    },
    sources: {
      client: 'Cliente',
      server: 'Servidor',
    },
    features: {
      recording: 'Gravação',
      livestream: 'Transmissão ao vivo (RTMP)',
      hls: 'Difusão HLS',
      transcription: 'Transcrição',
      'participant-recording': 'Gravação de participante',
      'track-recording': 'Gravação de faixa',
      'composite-recording': 'Gravação composta',
      translation: 'Tradução em tempo real',
      whiteboard: 'Quadro branco',
      pubsub: 'Mensagens (PubSub)',
      'realtime-store': 'Armazenamento em tempo real',
      'media-relay': 'Retransmissão de mídia',
    },
    platforms: {
      web: 'Web (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'Desenvolvedor do app',
      user: 'Usuário final',
      dashboard: 'Titular da conta (painel)',
      support: 'Suporte da VideoSDK',
    },
    supportTeam: 'a equipe de suporte deste aplicativo',
  },
};
