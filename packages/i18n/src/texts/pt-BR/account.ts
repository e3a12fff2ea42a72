import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
  'account-deactivated': {
    title: 'Conta desativada',
    userTitle: 'Reuniões indisponíveis',
    description:
      'Parece que a conta foi desativada pela VideoSDK. Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'As reuniões não estão disponíveis neste aplicativo no momento. Entre em contato com {supportContact}.',
    causes: [
      'A VideoSDK desativou a conta à qual a chave de API pertence. A mensagem não informa o motivo.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Entre no painel da VideoSDK e verifique o status da conta.',
      },
      {
        by: 'support',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live para saber por que a conta foi desativada e como reativá-la.',
      },
      {
        by: 'app',
        text: 'Até a conta voltar a ficar ativa, mostre aos usuários finais uma mensagem clara e um contato para obter ajuda.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Conta encerrada',
    userTitle: 'Reuniões indisponíveis',
    description:
      'A conta foi encerrada. O servidor envia uma mensagem específica com os detalhes. Entre em contato com o suporte para mais detalhes.',
    userMessage:
      'As reuniões não estão disponíveis neste aplicativo no momento. Entre em contato com {supportContact}.',
    causes: [
      'A conta à qual a chave de API pertence foi encerrada.',
      'Verifique o motivo do servidor na mensagem de erro: o servidor envia os detalhes específicos com este erro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Registre nos logs a mensagem do servidor que acompanha este erro, porque ela informa o motivo específico.',
      },
      {
        by: 'dashboard',
        text: 'Verifique o status e o plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live, enviando a mensagem do servidor, para obter mais detalhes.',
      },
    ],
  },
  'add-on-services-disabled': {
    title: 'Serviços adicionais desativados',
    userTitle: 'Recurso indisponível',
    description:
      'Os serviços adicionais (add-ons) estão desativados para a conta. Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Este recurso não está disponível neste aplicativo no momento. Entre em contato com {supportContact}.',
    causes: [
      'Os serviços adicionais estão desativados para a conta à qual a chave de API pertence, por isso o servidor recusou o recurso solicitado.',
      'A mensagem não informa qual é o recurso. Verifique qual recurso o app solicitou quando o erro chegou.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique os add-ons e o plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live para ativar os serviços adicionais da conta.',
      },
      {
        by: 'app',
        text: 'Oculte ou desative o recurso no app até os serviços adicionais ficarem disponíveis.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'Chave de API desativada',
    userTitle: 'Não é possível entrar agora',
    description: 'A chave de API fornecida no token está desativada. Verifique-a no painel.',
    userMessage:
      'As reuniões não estão disponíveis neste aplicativo no momento, por isso não é possível entrar. Entre em contato com {supportContact}.',
    causes: [
      'O token traz uma chave de API desativada, por isso o servidor não deixa o participante entrar na reunião.',
      'Verifique o status da chave no painel da VideoSDK para ver se ela foi desativada lá.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique a chave de API no painel da VideoSDK e reative-a ou crie uma nova.',
      },
      {
        by: 'app',
        text: 'Faça o servidor de tokens gerar tokens com uma chave de API ativa e o segredo dela.',
      },
      {
        by: 'user',
        text: 'Entre em contato com {supportContact}.',
      },
    ],
  },
};
