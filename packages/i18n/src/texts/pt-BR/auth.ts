import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
  'invalid-api-key': {
    title: 'Chave de API inválida',
    userTitle: 'Não é possível entrar agora',
    description:
      'A chave de API (apikey) no token está vazia ou é inválida. Verifique-a no painel.',
    userMessage:
      'Este aplicativo não está configurado corretamente, por isso não é possível entrar na reunião agora. Entre em contato com {supportContact}.',
    causes: [
      'O valor apikey no token está ausente ou errado, ou indica uma chave de API que foi excluída ou desativada.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'No painel da VideoSDK, verifique se a chave de API existe e está ativa.',
      },
      {
        by: 'app',
        text: 'No servidor de tokens, coloque essa chave de API no campo apikey e assine o token com o segredo da mesma chave de API.',
      },
      {
        by: 'app',
        text: 'Decodifique um token que o app recebeu e verifique o valor apikey dele.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Permissões do token inválidas',
    userTitle: 'Não é possível entrar agora',
    description:
      'As permissões no token são inválidas. Não combine allow_join ou allow_mod com ask_join.',
    userMessage:
      'Este aplicativo não está configurado corretamente, por isso não é possível entrar na reunião agora. Entre em contato com {supportContact}.',
    causes: [
      'A lista de permissões no token combina ask_join com allow_join ou allow_mod, ou é inválida de outra forma.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'No servidor de tokens, use ask_join (o participante pede para entrar) ou allow_join, opcionalmente com allow_mod. Nunca combine ask_join com as outras duas.',
      },
      {
        by: 'app',
        text: 'Decodifique um token que o app recebeu e verifique a lista de permissões dele.',
      },
    ],
  },
  'invalid-token': {
    title: 'Token inválido',
    userTitle: 'Acesso expirado',
    description: 'O token está vazio, é inválido ou pode ter expirado.',
    userMessage: 'Seu acesso a esta reunião expirou ou não é válido. Entre na reunião novamente.',
    causes: [
      'O token está ausente, não é um token válido assinado com o segredo da chave de API, ou o prazo de validade dele já passou.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Obtenha um token novo do servidor de tokens logo antes de cada entrada, em vez de guardar um antigo.',
      },
      {
        by: 'app',
        text: 'Verifique se o servidor de tokens assina com o segredo da chave de API indicada no token e verifique o prazo de validade do token.',
      },
      {
        by: 'user',
        text: 'Entre na reunião novamente.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Seu acesso a esta reunião expirou ou não é válido. Recarregue a página e entre na reunião novamente.',
        fixes: [
          {
            by: 'app',
            text: 'Obtenha um token novo do servidor de tokens logo antes de cada entrada, em vez de guardar um antigo.',
          },
          {
            by: 'app',
            text: 'Verifique se o servidor de tokens assina com o segredo da chave de API indicada no token e verifique o prazo de validade do token.',
          },
          {
            by: 'user',
            text: 'Recarregue a página e entre na reunião novamente.',
          },
        ],
      },
    },
  },
  'unauthorized-meeting-id': {
    title: 'Token inválido para esta reunião',
    userTitle: 'Sem acesso a esta reunião',
    description: 'O token não é válido para o ID de reunião informado.',
    userMessage:
      'Seu convite não é válido para esta reunião. Verifique o link da reunião ou peça um novo convite ao organizador.',
    causes: [
      'O token foi criado para outra reunião: o valor roomId dele não corresponde ao ID da reunião usado para entrar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crie o token para a reunião em que o participante vai entrar: defina roomId com o ID dessa reunião ou omita roomId.',
      },
      {
        by: 'app',
        text: 'Verifique se o app passa o mesmo ID de reunião ao servidor de tokens e ao método de entrada.',
      },
      {
        by: 'user',
        text: 'Verifique o link da reunião ou peça um novo convite ao organizador.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Token inválido para este participante',
    userTitle: 'O convite não corresponde',
    description: 'O token não é válido para o ID de participante informado.',
    userMessage:
      'Seu convite não corresponde à sua conta. Entre na reunião novamente ou entre em contato com {supportContact}.',
    causes: [
      'O token foi criado para outro participante: o valor participantId dele não corresponde ao ID de participante usado para entrar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Passe o mesmo ID de participante ao servidor de tokens e ao método de entrada.',
      },
      {
        by: 'app',
        text: 'Se o token não precisa estar vinculado a um participante, omita participantId dele.',
      },
      {
        by: 'user',
        text: 'Entre na reunião novamente.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Seu convite não corresponde à sua conta. Recarregue a página e entre novamente, ou entre em contato com {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Passe o mesmo ID de participante ao servidor de tokens e ao método de entrada.',
          },
          {
            by: 'app',
            text: 'Se o token não precisa estar vinculado a um participante, omita participantId dele.',
          },
          {
            by: 'user',
            text: 'Recarregue a página e entre na reunião novamente.',
          },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Solicitação não permitida',
    userTitle: 'Não é possível entrar agora',
    description: 'A solicitação não corresponde à configuração de segurança.',
    userMessage:
      'O serviço de reuniões não aceitou esta solicitação por motivos de segurança. Entre em contato com {supportContact}.',
    causes: [
      'A solicitação não correspondeu às configurações de segurança da conta, por isso o servidor a recusou.',
      'A mensagem não diz qual configuração. Verifique o motivo do servidor na mensagem de erro e nos logs do app.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique as configurações de acesso da chave de API no painel da VideoSDK, como a lista de domínios permitidos.',
      },
      {
        by: 'app',
        text: 'Compare a solicitação com essas configurações, por exemplo o domínio em que o app roda e o conteúdo do token.',
      },
      {
        by: 'support',
        text: 'Se as configurações parecerem corretas, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Função não permitida',
    userTitle: 'Não é possível entrar nesta reunião',
    description: 'A função (role) no token não é válida para entrar na reunião.',
    userMessage:
      'Seu acesso não permite entrar nesta reunião. Entre em contato com {supportContact}.',
    causes: [
      'As funções (roles) no token não incluem uma que permita entrar em uma reunião, por exemplo em um token feito apenas para chamadas à API do servidor.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Decodifique um token que o app recebeu e verifique o valor roles dele.',
      },
      {
        by: 'app',
        text: 'Crie os tokens de entrada com a função que permite entrar em reuniões, como descreve a documentação de tokens da VideoSDK.',
      },
    ],
  },
};
