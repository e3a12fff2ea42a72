import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
  'disable-participant-mic-failed': {
    title: 'Microfone do participante não desativado',
    userTitle: 'Falha na solicitação do microfone',
    description: 'Falha ao desativar o microfone do participante. Tente novamente.',
    userMessage:
      'A solicitação para desligar o microfone deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.disableMic() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam do participante não desativada',
    userTitle: 'Falha na solicitação da câmera',
    description: 'Falha ao desativar a webcam do participante. Tente novamente.',
    userMessage:
      'A solicitação para desligar a câmera deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.disableWebcam() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Microfone do participante não ativado',
    userTitle: 'Falha na solicitação do microfone',
    description: 'Falha ao ativar o microfone do participante. Tente novamente.',
    userMessage:
      'A solicitação para ligar o microfone deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.enableMic() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam do participante não ativada',
    userTitle: 'Falha na solicitação da câmera',
    description: 'Falha ao ativar a webcam do participante. Tente novamente.',
    userMessage:
      'A solicitação para ligar a câmera deste participante não foi concluída. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.enableWebcam() enviou para um participante remoto, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'pin-failed': {
    title: 'Falha ao fixar',
    userTitle: 'Não foi possível fixar',
    description: 'Falha ao fixar o participante. Tente novamente.',
    userMessage: 'Não foi possível fixar este participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.pin() enviou para fixar o participante, ou a solicitação falhou na rede.',
      'O SDK restaura o estado de fixação anterior quando o servidor recusa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Atualize o layout a partir do evento pin-state-changed, não apenas a partir da solicitação.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Participante não removido',
    userTitle: 'Não foi possível remover o participante',
    description: 'Falha ao remover o participante. Tente novamente.',
    userMessage: 'Não foi possível remover este participante da reunião. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.remove() enviou para remover o participante, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro. Se ele citar uma permissão, verifique as permissões no token do participante local.',
      },
      {
        by: 'app',
        text: 'Mantenha o participante na lista até chegar o evento participant-left (saída do participante).',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Falha ao desafixar',
    userTitle: 'Não foi possível desafixar',
    description: 'Falha ao desafixar o participante. Tente novamente.',
    userMessage: 'Não foi possível desafixar este participante. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que participant.unpin() enviou para desafixar o participante, ou a solicitação falhou na rede.',
      'O SDK restaura o estado de fixação anterior quando o servidor recusa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Atualize o layout a partir do evento pin-state-changed, não apenas a partir da solicitação.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
};
