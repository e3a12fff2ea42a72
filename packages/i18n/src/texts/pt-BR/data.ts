import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: 'Falha ao buscar o arquivo',
    userTitle: 'Não foi possível carregar o arquivo',
    description: 'Não foi possível buscar o arquivo. Tente novamente.',
    userMessage:
      'Não foi possível carregar o arquivo. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A requisição HTTPS que fetchBase64File() faz falhou, ou o servidor respondeu com um status de erro.',
      'A mensagem de erro traz o status HTTP e o texto do servidor, quando ele retornou um.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o status HTTP e o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique se a URL é uma das que uploadBase64File() retornou e se o token é válido e não expirou.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Falha ao enviar o arquivo',
    userTitle: 'Não foi possível enviar o arquivo',
    description: 'Não foi possível enviar o arquivo. Tente novamente.',
    userMessage:
      'Não foi possível enviar o arquivo. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A requisição HTTPS que uploadBase64File() faz falhou, o servidor respondeu com um status de erro, ou a resposta não continha a URL do arquivo.',
      'A mensagem de erro traz o status HTTP e o texto do servidor, quando ele retornou um.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o status HTTP e o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique se o token é válido e não expirou, e se os dados e o nome do arquivo estão corretos.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Payload grande demais',
    userTitle: 'Grande demais para enviar',
    description: 'O payload excede o tamanho máximo permitido.',
    userMessage: 'Isto é grande demais para enviar. Deixe o conteúdo mais curto e tente novamente.',
    causes: [
      'Os dados enviados com meeting.send() têm mais de 15 KiB, ou um valor para o Realtime Store tem mais de 1 KB. A mensagem de erro informa o tamanho.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Deixe a mensagem mais curta e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o tamanho antes de enviar e divida dados grandes em mensagens menores.',
      },
      {
        by: 'app',
        text: 'Faça o upload dos arquivos com uploadBase64File() e envie apenas a URL retornada.',
      },
    ],
  },
  'send-failed': {
    title: 'Falha ao enviar dados',
    userTitle: 'Mensagem não enviada',
    description: 'Não foi possível enviar a mensagem. Tente novamente.',
    userMessage: 'Não foi possível enviar sua mensagem. Tente novamente.',
    causes: [
      'O envio de dados para a reunião com meeting.send() falhou.',
      'A mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique sua conexão com a internet e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e use o modo RELIABLE para mensagens que precisam chegar.',
      },
    ],
  },
};
