import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'Falha na solicitação de retransmissão de mídia',
    userTitle: 'Não foi possível enviar para a outra reunião',
    description: 'Falha ao solicitar a retransmissão de mídia. Tente novamente.',
    userMessage:
      'Não foi possível enviar seu áudio e seu vídeo para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.requestMediaRelay() enviou, ou a solicitação falhou na rede.',
      'Verifique o motivo do servidor na mensagem de erro, por exemplo sobre a reunião de destino ou o token dela.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Verifique o ID da reunião de destino e o token que você passa para a reunião de destino.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Falha na resposta à retransmissão de mídia',
    userTitle: 'Resposta não enviada',
    description: 'Falha ao responder ao pedido de retransmissão de mídia. Tente novamente.',
    userMessage: 'Sua resposta ao pedido da outra reunião não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a resposta enviada por accept() ou reject() do evento media-relay-request-received, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o pedido de retransmissão na tela para que o organizador possa respondê-lo novamente.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'A retransmissão de mídia não foi interrompida',
    userTitle: 'Ainda enviando para a outra reunião',
    description: 'Falha ao interromper a retransmissão de mídia. Tente novamente.',
    userMessage:
      'Seu áudio e seu vídeo ainda estão sendo enviados para a outra reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopMediaRelay() enviou, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e o ID da reunião de destino que você passou.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a retransmissão como ativa até chegar o evento media-relay-stopped.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
};
