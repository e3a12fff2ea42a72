import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['reunião', 'reuniões'],
  participant: ['participante'],
  host: ['organizador'],
  'screen-share': [
    'compartilhamento de tela',
    'compartilhar a tela',
    'compartilhar sua tela',
    'compartilhe a tela',
    'compartilhe sua tela',
    'compartilha a tela',
    'compartilhamento da sua tela',
  ],
  recording: ['gravação', 'gravações', 'gravar', 'gravando', 'gravada', 'gravado'],
  livestream: [
    'transmissão ao vivo',
    'transmissões ao vivo',
    'transmitir ao vivo',
    'transmite ao vivo',
    'transmitindo ao vivo',
  ],
  hls: ['difusão', 'difusões'],
  transcription: ['transcrição', 'transcrições', 'transcrever'],
  translation: ['tradução', 'traduções'],
  whiteboard: ['quadro branco', 'quadros brancos'],
  'api-key': ['chave de API', 'chaves de API'],
  token: ['token'],
  'try-again': ['tente novamente', 'tentar novamente', 'tenta novamente'],
  browser: ['navegador'],
  // inscrição adaptativa: never assinatura, which is signing a token.
  subscription: ['inscrição'],
  'realtime-store': ['Realtime Store'],
  'media-relay': ['retransmissão de mídia'],
  retry: ['tentar novamente', 'tente novamente', 'nova tentativa', 'número de tentativas'],
  // registrar nos logs: the log. Never gravar, the recording verb.
  log: ['logs', 'log ', 'registr'],
};
