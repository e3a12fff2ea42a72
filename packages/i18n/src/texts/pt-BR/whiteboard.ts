import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'O quadro branco não foi iniciado',
    userTitle: 'Não foi possível abrir o quadro branco',
    description: 'Falha ao iniciar o quadro branco. Tente novamente.',
    userMessage: 'Não foi possível abrir o quadro branco. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.startWhiteboard() enviou para abrir o quadro branco, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mostre o quadro branco somente depois do evento whiteboard-started e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'O quadro branco não foi interrompido',
    userTitle: 'Não foi possível fechar o quadro branco',
    description: 'Falha ao interromper o quadro branco. Tente novamente.',
    userMessage: 'Não foi possível fechar o quadro branco. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopWhiteboard() enviou para fechar o quadro branco, ou a solicitação falhou na rede.',
      'A mensagem de erro traz o motivo do servidor, se ele informou um.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Mantenha o quadro branco aberto até chegar o evento whiteboard-stopped e ofereça uma nova tentativa.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Operação do quadro branco em andamento',
    userTitle: 'O quadro branco está ocupado',
    description: 'Uma operação do quadro branco já está em andamento. Aguarde a conclusão dela.',
    userMessage: 'O quadro branco já está abrindo ou fechando. Ele estará pronto em instantes.',
    causes: [
      'O app executou meeting.startWhiteboard() ou meeting.stopWhiteboard() enquanto uma operação anterior do quadro branco ainda estava em andamento, por isso a nova solicitação foi recusada.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desative os controles do quadro branco enquanto um início ou uma interrupção estiver pendente, e aguarde o evento whiteboard-started ou whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Aguarde um momento até o quadro branco terminar.',
      },
    ],
  },
};
