import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: 'Idioma da tradução não alterado',
    userTitle: 'O idioma não mudou',
    description:
      'A solicitação para mudar o idioma da tradução falhou devido a um erro desconhecido.',
    userMessage: 'O idioma da tradução não mudou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.changeTranslationLanguage() (ausente das declarações de tipos da versão 1.1.1) enviou, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro, e verifique se a tradução está em andamento e se o idioma é compatível.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o idioma anterior na interface até a mudança dar certo.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'start-translation-failed': {
    title: 'A tradução não foi iniciada',
    userTitle: 'A tradução não começou',
    description: 'A solicitação para iniciar a tradução falhou devido a um erro desconhecido.',
    userMessage: 'A tradução não começou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.startTranslation() (ausente das declarações de tipos da versão 1.1.1) enviou, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro e a configuração de tradução que você passou.',
      },
      {
        by: 'app',
        text: 'Mostre a tradução como ativa somente depois que o evento translation-state-changed disser que ela começou.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'A tradução não foi interrompida',
    userTitle: 'A tradução não parou',
    description: 'A solicitação para interromper a tradução falhou devido a um erro desconhecido.',
    userMessage: 'A tradução não parou. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação que meeting.stopTranslation() (ausente das declarações de tipos da versão 1.1.1) enviou, ou a solicitação falhou na rede.',
      'O comentário de documentação do SDK não cita nenhum motivo específico. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo do servidor na mensagem de erro.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a tradução como ativa até o evento translation-state-changed dizer que ela parou.',
      },
      {
        by: 'user',
        text: 'Tente novamente.',
      },
    ],
  },
  'translation-failed': {
    title: 'Tradução interrompida',
    userTitle: 'A tradução parou',
    description: 'A tradução parou devido a um erro interno.',
    userMessage: 'A tradução parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A tradução parou por causa de um erro interno do servidor, como diz o comentário de documentação do SDK.',
      'O SDK não dá mais detalhes. Verifique o motivo do servidor na mensagem de erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Atualize a interface a partir do evento translation-state-changed e deixe o usuário iniciar a tradução novamente.',
      },
      {
        by: 'user',
        text: 'Inicie a tradução novamente.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião, o horário e a mensagem de erro.',
      },
    ],
    audiences: {
      participant: {
        userMessage: 'A tradução parou inesperadamente. O organizador pode iniciá-la novamente.',
        userSteps: ['Peça ao organizador para iniciar a tradução novamente.'],
      },
    },
  },
};
