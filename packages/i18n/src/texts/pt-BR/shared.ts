import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
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
  'action-performed-before-meeting-joined': {
    title: 'Ação antes de entrar na reunião',
    userTitle: 'Você ainda não está na reunião',
    description:
      'Algo deu errado. A reunião ainda estava se conectando quando uma ação foi tentada, e a ação falhou. Tente novamente depois de entrar na reunião.',
    userMessage: 'Você ainda não está na reunião. Aguarde até entrar e tente novamente.',
    causes: [
      'O app chamou uma ação da reunião enquanto a reunião ainda estava se conectando, antes de a entrada terminar.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Espere o SDK informar que a entrada na reunião foi concluída antes de chamar ações da reunião, ou coloque as ações em fila até lá.',
      },
      {
        by: 'app',
        text: 'Desative os controles da reunião na interface até o participante ter entrado.',
      },
      { by: 'user', text: 'Aguarde até entrar na reunião e tente novamente.' },
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
  'audio-track-creation-failed': {
    title: 'Faixa de áudio não criada',
    userTitle: 'Não foi possível iniciar o áudio',
    description: 'Ocorreu um erro e não foi possível criar a faixa de áudio. Tente novamente.',
    userMessage: 'Não foi possível iniciar seu áudio. Verifique seu microfone e tente novamente.',
    causes: [
      'O SDK não conseguiu criar uma faixa de áudio a partir do microfone.',
      'A mensagem não diz por quê. Procure nos logs do app o erro de dispositivo de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone está conectado e se nenhum outro aplicativo o está usando, e tente novamente.',
      },
      {
        by: 'app',
        text: 'Registre o erro de origem nos logs e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem áudio enquanto o problema durar.',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: 'Acesso à câmera negado',
    userTitle: 'A câmera está bloqueada',
    description:
      'O acesso à câmera foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do navegador ou do dispositivo.',
    userMessage:
      'O acesso à câmera está bloqueado nesta página. Permita a câmera nas configurações do navegador e recarregue a página.',
    causes: [
      'O usuário negou ou fechou a solicitação de acesso à câmera.',
      'O acesso à câmera também pode ter sido bloqueado antes para este site ou app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permita a câmera para este site nas configurações do navegador e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa da câmera antes de o navegador pedir, e mostre como permiti-la nas configurações do navegador.',
      },
      { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem vídeo.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Este aplicativo não tem permissão para usar sua câmera. Permita o acesso à câmera para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
          },
          {
            by: 'app',
            text: 'Explique por que o app precisa da câmera antes de o sistema pedir, e ofereça um atalho para a página do app nas Configurações do dispositivo.',
          },
          { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem vídeo.' },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: 'Câmera indisponível',
    userTitle: 'A câmera não está disponível',
    description:
      'O acesso à câmera não está disponível. Verifique se o dispositivo é compatível e se a página é carregada por uma conexão segura (https://).',
    userMessage:
      'Não é possível usar sua câmera no momento. Verifique se o seu dispositivo tem uma câmera funcionando e tente novamente.',
    causes: [
      'O navegador ou o dispositivo não oferece acesso à câmera, por exemplo porque não tem uma câmera compatível.',
      'Os navegadores só permitem a câmera em páginas seguras (https:// ou localhost), por isso uma página carregada por http:// simples não recebe câmera.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sirva o app por https://. Durante o desenvolvimento, localhost também é permitido.',
      },
      {
        by: 'user',
        text: 'Verifique se a sua câmera está conectada e funcionando, ou tente outro navegador ou dispositivo.',
      },
      { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem vídeo.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Verifique se o seu dispositivo tem uma câmera funcionando e tente novamente.',
          },
          {
            by: 'app',
            text: 'Verifique se o dispositivo tem uma câmera que o app possa usar e registre o erro de origem nos logs.',
          },
          {
            by: 'app',
            text: 'Se o app também roda em um navegador, sirva-o por https://.',
          },
          { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem vídeo.' },
        ],
      },
    },
  },
  'camera-in-use': {
    title: 'Câmera em uso',
    userTitle: 'A câmera está ocupada',
    description:
      'A câmera está sendo usada por outro aplicativo. Feche todos os programas que usam a câmera, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
    userMessage:
      'Outro aplicativo ou outra aba do navegador está usando sua câmera. Feche-o e tente novamente.',
    causes: [
      'Outro aplicativo ou outra aba do navegador está com a câmera, e o sistema operacional só permite que um a use por vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Feche outros aplicativos ou abas do navegador que usam a câmera e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem vídeo.',
      },
    ],
    variants: {
      flutter: {
        userMessage: 'Outro aplicativo está usando sua câmera. Feche-o e tente novamente.',
        fixes: [
          { by: 'user', text: 'Feche outros aplicativos que usam a câmera e tente novamente.' },
          {
            by: 'app',
            text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem vídeo.',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: 'Câmera bloqueada pelo sistema',
    userTitle: 'Câmera bloqueada pelas configurações',
    description:
      'As configurações do sistema operacional negam a permissão de câmera. Verifique as configurações do sistema e conceda a permissão a este navegador.',
    userMessage:
      'As configurações de privacidade do seu dispositivo bloqueiam a câmera para este navegador. Permita que este navegador use a câmera nas configurações do sistema e recarregue a página.',
    causes: [
      'O sistema operacional nega o acesso à câmera ao navegador ou ao app, por exemplo nas configurações de privacidade do macOS ou do Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as configurações de privacidade do seu dispositivo, permita que este navegador use a câmera e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Mostre passos curtos para o sistema operacional do usuário e, enquanto isso, deixe-o entrar sem vídeo.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'As configurações de privacidade do seu dispositivo bloqueiam a câmera para este aplicativo. Permita que este aplicativo use a câmera nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
          },
          {
            by: 'app',
            text: 'Mostre passos curtos para o sistema operacional do usuário e, enquanto isso, deixe-o entrar sem vídeo.',
          },
        ],
      },
    },
  },
  'duplicate-participant': {
    title: 'Entrada por outro dispositivo',
    userTitle: 'Reunião aberta em outro lugar',
    description:
      'Saindo da reunião porque o mesmo ID de participante entrou por outro dispositivo.',
    userMessage:
      'Você entrou nesta reunião por outro dispositivo ou outra aba do navegador, por isso a conexão desta aba foi encerrada.',
    causes: [
      'Uma segunda conexão entrou na reunião com o mesmo ID de participante, por isso o servidor removeu esta.',
      'Isso também acontece quando o app dá o mesmo ID de participante a duas pessoas diferentes.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continue na reunião pelo seu outro dispositivo ou pela outra aba do navegador.',
      },
      {
        by: 'app',
        text: 'Dê a cada pessoa um ID de participante único, por exemplo o ID da conta do usuário.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião continua em outro lugar, em vez de mostrar um erro genérico.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'Você entrou nesta reunião por outro dispositivo, por isso a conexão deste dispositivo foi encerrada.',
        fixes: [
          { by: 'user', text: 'Continue na reunião pelo seu outro dispositivo.' },
          {
            by: 'app',
            text: 'Dê a cada pessoa um ID de participante único, por exemplo o ID da conta do usuário.',
          },
          {
            by: 'app',
            text: 'Avise o usuário que a reunião continua em outro lugar, em vez de mostrar um erro genérico.',
          },
        ],
      },
    },
  },
  'hls-duration-limit-reached': {
    title: 'Limite de tempo da difusão HLS atingido',
    userTitle: 'Limite de tempo da difusão atingido',
    description:
      'O sistema interrompeu a difusão HLS automaticamente porque ela atingiu a duração máxima de 2 horas para uma única difusão HLS.',
    userMessage:
      'A difusão para os espectadores parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova difusão.',
    causes: [
      'Uma única difusão HLS pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Detecte este aviso e ofereça iniciar uma nova difusão HLS.',
      },
      {
        by: 'app',
        text: 'Planeje eventos longos como várias difusões HLS de até 2 horas cada.',
      },
    ],
  },
  'hls-failed': {
    title: 'Difusão HLS interrompida',
    userTitle: 'A difusão parou',
    description: 'A difusão HLS parou devido a um erro desconhecido.',
    userMessage:
      'A difusão para os espectadores parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A difusão HLS falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofereça iniciar a difusão HLS novamente.' },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e da difusão HLS dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
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
  'invalid-livestream-config': {
    title: 'Configurações da transmissão ao vivo inválidas',
    userTitle: 'Configurações da transmissão ao vivo inválidas',
    description: 'A configuração de saídas (outputs) da transmissão ao vivo é inválida.',
    userMessage:
      'As configurações da transmissão ao vivo não são válidas. Verifique o endereço e a chave da transmissão ao vivo e tente novamente.',
    causes: [
      'As saídas (outputs) passadas ao iniciar a transmissão ao vivo são inválidas. Cada saída precisa de uma URL RTMP e de uma chave de transmissão (stream key).',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique cada item de outputs: ele precisa da URL RTMP e da chave de transmissão (stream key) da plataforma de destino.',
      },
      {
        by: 'app',
        text: 'Valide os valores antes de iniciar a transmissão ao vivo e mostre ao usuário qual valor está errado.',
      },
      {
        by: 'user',
        text: 'Copie novamente o endereço e a chave da transmissão ao vivo da plataforma para a qual você transmite ao vivo, como o YouTube, e tente novamente.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'ID da reunião inválido',
    userTitle: 'Reunião não encontrada',
    description:
      'O ID da reunião está vazio ou é inválido. Verifique-o ou crie um novo ID de reunião com a API.',
    userMessage:
      'Não foi possível encontrar esta reunião. Verifique o link da reunião ou peça um novo ao organizador.',
    causes: [
      'O ID da reunião passado ao entrar está vazio ou não é um ID de reunião válido da VideoSDK.',
      'Verifique de onde o app obtém o ID da reunião, por exemplo o link da reunião ou o servidor do app.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Crie as reuniões com a API da VideoSDK e passe o ID da reunião retornado, sem alterações, ao método de entrada.',
      },
      {
        by: 'app',
        text: 'Registre nos logs o ID da reunião que o app usa ao entrar e verifique se ele não está vazio nem cortado.',
      },
      { by: 'user', text: 'Verifique o link da reunião ou peça um novo ao organizador.' },
    ],
  },
  'invalid-participant-id': {
    title: 'ID do participante inválido',
    userTitle: 'Não é possível entrar agora',
    description:
      'O ID do participante está vazio ou é inválido. Ele não pode conter espaços em branco.',
    userMessage:
      'Este aplicativo não conseguiu identificar você nesta reunião, por isso não é possível entrar agora. Entre em contato com {supportContact}.',
    causes: [
      'O ID do participante passado ao entrar está vazio ou contém espaços em branco, por exemplo um nome de exibição com espaços.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Passe um ID de participante sem espaços, tabulações ou quebras de linha, como um ID de usuário.',
      },
      {
        by: 'app',
        text: 'Verifique o valor antes de entrar: confirme que ele não está vazio e remova qualquer espaço em branco.',
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
    userTitle: 'Acesso inválido',
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
      { by: 'user', text: 'Entre na reunião novamente.' },
    ],
    variants: {
      web: {
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
          { by: 'user', text: 'Recarregue a página e entre na reunião novamente.' },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Limite de tempo da transmissão ao vivo atingido',
    userTitle: 'Limite de tempo da transmissão ao vivo atingido',
    description:
      'O sistema interrompeu a transmissão ao vivo automaticamente porque ela atingiu a duração máxima de 2 horas para uma única transmissão ao vivo RTMP.',
    userMessage:
      'A transmissão ao vivo parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova transmissão ao vivo.',
    causes: [
      'Uma única transmissão ao vivo RTMP pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Detecte este aviso e ofereça iniciar uma nova transmissão ao vivo.',
      },
      {
        by: 'app',
        text: 'Planeje eventos longos como várias transmissões ao vivo de até 2 horas cada.',
      },
    ],
  },
  'livestream-failed': {
    title: 'Transmissão ao vivo interrompida',
    userTitle: 'A transmissão ao vivo parou',
    description: 'A transmissão ao vivo parou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A transmissão ao vivo falhou, e a mensagem não informa o motivo.',
      'Verifique os logs do app e se a plataforma de destino, como o YouTube, informou um erro do lado dela.',
    ],
    fixes: [
      { by: 'app', text: 'Ofereça iniciar a transmissão ao vivo novamente.' },
      {
        by: 'app',
        text: 'Procure erros no painel ao vivo da plataforma de destino, por exemplo uma chave de transmissão (stream key) que não é mais válida.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limite de difusões HLS da organização atingido',
    userTitle: 'Difusão indisponível',
    description:
      'A organização atingiu o número máximo de difusões HLS. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A difusão para os espectadores não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de difusões HLS que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de difusões HLS da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as difusões HLS que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Limite de transmissões ao vivo da organização atingido',
    userTitle: 'Transmissão ao vivo indisponível',
    description:
      'A organização atingiu o número máximo de transmissões ao vivo. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A transmissão ao vivo não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de transmissões ao vivo que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de transmissões ao vivo da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as transmissões ao vivo que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Reunião lotada',
    userTitle: 'Reunião lotada',
    description:
      'A reunião atingiu o número máximo de participantes. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Esta reunião está lotada, por isso não é possível entrar agora. Tente novamente mais tarde ou peça ajuda ao organizador.',
    causes: ['O número de participantes na reunião atingiu o limite da conta.'],
    fixes: [
      { by: 'user', text: 'Tente novamente mais tarde ou peça ajuda ao organizador.' },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião está lotada e ofereça tentar novamente mais tarde.',
      },
      {
        by: 'dashboard',
        text: 'Verifique o limite de participantes do plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Limite de gravações da organização atingido',
    userTitle: 'Gravação indisponível',
    description:
      'A organização atingiu o número máximo de gravações. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'A gravação não pode começar agora porque um limite foi atingido. Tente novamente mais tarde.',
    causes: ['A organização atingiu o número máximo de gravações que a conta permite.'],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de gravações da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Encerre as gravações que não são mais necessárias e tente novamente.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Limite de oradores da organização atingido',
    userTitle: 'Oradores demais',
    description:
      'A organização atingiu o número máximo de oradores. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Não é possível entrar agora porque o limite de oradores foi atingido. Tente novamente mais tarde.',
    causes: [
      'Na organização como um todo, o número de participantes que entraram como oradores atingiu o limite da conta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de oradores da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Deixe os participantes que apenas assistem entrarem como espectadores em vez de oradores.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Limite de oradores da reunião atingido',
    userTitle: 'Limite de oradores atingido',
    description:
      'A reunião atingiu o número máximo de oradores. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Esta reunião atingiu o limite de oradores, por isso não é possível entrar agora. Tente novamente mais tarde ou peça ajuda ao organizador.',
    causes: ['O número de oradores na reunião atingiu o limite da conta.'],
    fixes: [
      { by: 'user', text: 'Tente novamente mais tarde ou peça ajuda ao organizador.' },
      {
        by: 'app',
        text: 'Deixe os participantes que apenas assistem entrarem como espectadores em vez de oradores.',
      },
      {
        by: 'dashboard',
        text: 'Verifique o limite de oradores do plano da conta no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Limite de espectadores da organização atingido',
    userTitle: 'Espectadores demais',
    description:
      'A organização atingiu o número máximo de espectadores, ou seja, de participantes que entram no modo VIEWER ou SIGNALING_ONLY. Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
    userMessage:
      'Não é possível entrar agora porque o limite de espectadores foi atingido. Tente novamente mais tarde.',
    causes: [
      'Na organização como um todo, o número de participantes que entraram no modo VIEWER ou SIGNALING_ONLY atingiu o limite da conta.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Verifique o limite e o uso de espectadores da organização no painel da VideoSDK.',
      },
      {
        by: 'app',
        text: 'Avise o usuário que a reunião não pode receber mais espectadores agora e ofereça tentar novamente mais tarde.',
      },
      {
        by: 'support',
        text: 'Para aumentar o limite, entre em contato com o suporte da VideoSDK pelo e-mail support@videosdk.live.',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: 'Acesso ao microfone negado',
    userTitle: 'O microfone está bloqueado',
    description:
      'O acesso ao microfone foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do navegador ou do dispositivo.',
    userMessage:
      'O acesso ao microfone está bloqueado nesta página. Permita o microfone nas configurações do navegador e recarregue a página.',
    causes: [
      'O usuário negou ou fechou a solicitação de acesso ao microfone.',
      'O acesso ao microfone também pode ter sido bloqueado antes para este site ou app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permita o microfone para este site nas configurações do navegador e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa do microfone antes de o navegador pedir, e mostre como permiti-lo nas configurações do navegador.',
      },
      { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem áudio.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Este aplicativo não tem permissão para usar seu microfone. Permita o acesso ao microfone para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use o microfone e tente novamente.',
          },
          {
            by: 'app',
            text: 'Explique por que o app precisa do microfone antes de o sistema pedir, e ofereça um atalho para a página do app nas Configurações do dispositivo.',
          },
          { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem áudio.' },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: 'Microfone indisponível',
    userTitle: 'O microfone não está disponível',
    description:
      'O acesso ao microfone não está disponível. Verifique se o dispositivo é compatível e se a página é carregada por uma conexão segura (https://).',
    userMessage:
      'Não é possível usar seu microfone no momento. Verifique se o seu dispositivo tem um microfone funcionando e tente novamente.',
    causes: [
      'O navegador ou o dispositivo não oferece acesso ao microfone, por exemplo porque não tem um microfone compatível.',
      'Os navegadores só permitem o microfone em páginas seguras (https:// ou localhost), por isso uma página carregada por http:// simples não recebe microfone.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sirva o app por https://. Durante o desenvolvimento, localhost também é permitido.',
      },
      {
        by: 'user',
        text: 'Verifique se o seu microfone está conectado e funcionando, ou tente outro navegador ou dispositivo.',
      },
      { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem áudio.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Verifique se o seu dispositivo tem um microfone funcionando e tente novamente.',
          },
          {
            by: 'app',
            text: 'Verifique se o dispositivo tem um microfone que o app possa usar e registre o erro de origem nos logs.',
          },
          {
            by: 'app',
            text: 'Se o app também roda em um navegador, sirva-o por https://.',
          },
          { by: 'app', text: 'Enquanto isso, deixe o usuário entrar sem áudio.' },
        ],
      },
    },
  },
  'microphone-in-use': {
    title: 'Microfone em uso',
    userTitle: 'O microfone está ocupado',
    description:
      'O microfone está sendo usado por outro aplicativo. Feche todos os programas que usam o microfone, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
    userMessage:
      'Outro aplicativo ou outra aba do navegador está usando seu microfone. Feche-o e tente novamente.',
    causes: [
      'Outro aplicativo ou outra aba do navegador está com o microfone, e o sistema operacional só permite que um o use por vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Feche outros aplicativos ou abas do navegador que usam o microfone e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      flutter: {
        userMessage: 'Outro aplicativo está usando seu microfone. Feche-o e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Feche outros aplicativos que usam o microfone e tente novamente.',
          },
          {
            by: 'app',
            text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem áudio.',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: 'Microfone bloqueado pelo sistema',
    userTitle: 'Microfone bloqueado pelas configurações',
    description:
      'As configurações do sistema operacional negam a permissão de microfone. Verifique as configurações do sistema e conceda a permissão a este navegador.',
    userMessage:
      'As configurações de privacidade do seu dispositivo bloqueiam o microfone para este navegador. Permita que este navegador use o microfone nas configurações do sistema e recarregue a página.',
    causes: [
      'O sistema operacional nega o acesso ao microfone ao navegador ou ao app, por exemplo nas configurações de privacidade do macOS ou do Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as configurações de privacidade do seu dispositivo, permita que este navegador use o microfone e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Mostre passos curtos para o sistema operacional do usuário e, enquanto isso, deixe-o entrar sem áudio.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'As configurações de privacidade do seu dispositivo bloqueiam o microfone para este aplicativo. Permita que este aplicativo use o microfone nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use o microfone e tente novamente.',
          },
          {
            by: 'app',
            text: 'Mostre passos curtos para o sistema operacional do usuário e, enquanto isso, deixe-o entrar sem áudio.',
          },
        ],
      },
    },
  },
  'prev-hls-streaming-processing': {
    title: 'Difusão HLS anterior ainda em processamento',
    userTitle: 'Difusão ainda em processamento',
    description:
      'A difusão HLS anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage:
      'A última difusão ainda está sendo processada. Tente novamente em alguns segundos.',
    causes: [
      'Uma nova difusão HLS foi solicitada enquanto o servidor ainda processava a anterior.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Repita o início automaticamente depois de alguns segundos, com um limite para o número de tentativas.',
      },
    ],
  },
  'prev-recording-processing': {
    title: 'Gravação anterior ainda em processamento',
    userTitle: 'A gravação ainda está sendo salva',
    description:
      'A gravação anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage: 'A última gravação ainda está sendo salva. Tente novamente em alguns segundos.',
    causes: ['Uma nova gravação foi solicitada enquanto o servidor ainda processava a anterior.'],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Repita o início automaticamente depois de alguns segundos, com um limite para o número de tentativas.',
      },
    ],
  },
  'prev-rtmp-recording-processing': {
    title: 'Transmissão ao vivo anterior ainda em processamento',
    userTitle: 'Transmissão ao vivo ainda em processamento',
    description:
      'A transmissão ao vivo RTMP anterior ainda está sendo processada. Tente novamente em alguns segundos.',
    userMessage:
      'A última transmissão ao vivo ainda está sendo processada. Tente novamente em alguns segundos.',
    causes: [
      'Uma nova transmissão ao vivo foi solicitada enquanto o servidor ainda processava a transmissão ao vivo RTMP anterior. A mensagem a chama de gravação RTMP.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Repita o início automaticamente depois de alguns segundos, com um limite para o número de tentativas.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Limite de tempo da gravação atingido',
    userTitle: 'Limite de tempo da gravação atingido',
    description:
      'O sistema interrompeu a gravação automaticamente porque ela atingiu a duração máxima de 2 horas para uma única gravação.',
    userMessage:
      'A gravação parou porque atingiu o limite de 2 horas. A reunião continua, e você pode iniciar uma nova gravação.',
    causes: [
      'Uma única gravação pode durar no máximo 2 horas. O servidor interrompeu esta quando ela atingiu esse limite.',
    ],
    fixes: [
      { by: 'app', text: 'Detecte este aviso e ofereça iniciar uma nova gravação.' },
      {
        by: 'app',
        text: 'Planeje reuniões longas como várias gravações de até 2 horas cada.',
      },
    ],
  },
  'recording-failed': {
    title: 'Gravação interrompida',
    userTitle: 'A gravação parou',
    description: 'A gravação parou devido a um erro desconhecido.',
    userMessage: 'A gravação parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A gravação falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofereça iniciar a gravação novamente.' },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e as gravações dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'screenshare-not-supported': {
    title: 'Compartilhamento de tela incompatível',
    userTitle: 'Não é possível compartilhar a tela',
    description:
      'O compartilhamento de tela não é compatível com este navegador ou dispositivo: não foi possível criar o fluxo de compartilhamento de tela. Verifique se o dispositivo ou o navegador é compatível.',
    userMessage:
      'O compartilhamento de tela não está disponível neste navegador ou neste dispositivo. Tente outro navegador em um computador.',
    causes: [
      'O navegador ou o dispositivo não consegue capturar a tela. A maioria dos navegadores de celular, por exemplo, não é compatível com o compartilhamento de tela.',
      'Em um app, verifique se o compartilhamento de tela está configurado para a plataforma como descreve o guia de compartilhamento de tela do SDK.',
    ],
    fixes: [
      { by: 'user', text: 'Tente outro navegador em um computador.' },
      {
        by: 'app',
        text: 'Verifique se há suporte ao compartilhamento de tela (navigator.mediaDevices.getDisplayMedia) e oculte o botão de compartilhar onde ele não existir.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'O compartilhamento de tela não está disponível neste dispositivo. Tente outro dispositivo ou continue sem compartilhar sua tela.',
        fixes: [
          {
            by: 'user',
            text: 'Tente outro dispositivo ou continue na reunião sem compartilhar sua tela.',
          },
          {
            by: 'app',
            text: 'Verifique se o compartilhamento de tela está configurado para cada plataforma compatível com o app, como descreve o guia de compartilhamento de tela do SDK.',
          },
          {
            by: 'app',
            text: 'Oculte o botão de compartilhar nos dispositivos que não conseguem compartilhar a tela.',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: 'Permissão de compartilhamento de tela negada',
    userTitle: 'Compartilhamento de tela não permitido',
    description:
      'A permissão para compartilhar a tela foi negada. Para compartilhar sua tela, tente novamente e conceda as permissões necessárias.',
    userMessage:
      'O compartilhamento de tela precisa da sua permissão. Tente novamente e permita quando for solicitado.',
    causes: [
      'O usuário cancelou ou negou a solicitação para compartilhar a tela.',
      'Em alguns computadores, o sistema operacional também bloqueia a gravação da tela pelo navegador ou pelo app até que ela seja permitida nas configurações de privacidade.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente e, quando for solicitado, escolha uma tela, uma janela ou uma aba para compartilhar.',
      },
      {
        by: 'user',
        text: 'Se nada for solicitado, permita a gravação da tela para este navegador nas configurações de privacidade do seu dispositivo.',
      },
      {
        by: 'app',
        text: 'Trate uma solicitação cancelada como uma escolha normal e deixe o usuário tentar novamente.',
      },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Tente novamente e permita o compartilhamento de tela quando o dispositivo pedir.',
          },
          {
            by: 'user',
            text: 'Se nada for solicitado, permita a gravação da tela para este aplicativo nas Configurações do seu dispositivo.',
          },
          {
            by: 'app',
            text: 'Trate uma solicitação cancelada como uma escolha normal e deixe o usuário tentar novamente.',
          },
        ],
      },
    },
  },
  'start-hls-failed': {
    title: 'A difusão HLS não foi iniciada',
    userTitle: 'A difusão não começou',
    description: 'A solicitação para iniciar a difusão HLS falhou devido a um erro desconhecido.',
    userMessage: 'A difusão para os espectadores não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a difusão HLS, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-livestream-failed': {
    title: 'A transmissão ao vivo não foi iniciada',
    userTitle: 'A transmissão ao vivo não começou',
    description:
      'A solicitação para iniciar a transmissão ao vivo falhou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a transmissão ao vivo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e se a URL RTMP e a chave de transmissão (stream key) de cada saída ainda são válidas.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'A gravação do participante não foi iniciada',
    userTitle: 'A gravação não começou',
    description:
      'A solicitação para iniciar a gravação do participante falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste participante não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação do participante, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Verifique se o participante ainda está na reunião, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'A gravação não foi iniciada',
    userTitle: 'A gravação não começou',
    description: 'A solicitação para iniciar a gravação falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'A gravação da faixa não foi iniciada',
    userTitle: 'A gravação não começou',
    description:
      'A solicitação para iniciar a gravação da faixa falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste áudio ou vídeo não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a gravação da faixa de áudio ou de vídeo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Verifique se a faixa ainda está sendo enviada, ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'start-transcription-failed': {
    title: 'A transcrição não foi iniciada',
    userTitle: 'A transcrição não começou',
    description: 'A solicitação para iniciar a transcrição falhou devido a um erro desconhecido.',
    userMessage: 'A transcrição não começou. Tente novamente.',
    causes: [
      'O servidor não conseguiu iniciar a transcrição, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da solicitação que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'A difusão HLS não foi interrompida',
    userTitle: 'A difusão não parou',
    description:
      'A solicitação para interromper a difusão HLS falhou devido a um erro desconhecido.',
    userMessage: 'A difusão para os espectadores não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a difusão HLS, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a difusão HLS ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-livestream-failed': {
    title: 'A transmissão ao vivo não foi interrompida',
    userTitle: 'A transmissão ao vivo não parou',
    description:
      'A solicitação para interromper a transmissão ao vivo falhou devido a um erro desconhecido.',
    userMessage: 'A transmissão ao vivo não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a transmissão ao vivo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a transmissão ao vivo ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'A gravação do participante não foi interrompida',
    userTitle: 'A gravação não parou',
    description:
      'A solicitação para interromper a gravação do participante falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste participante não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação do participante, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a gravação do participante ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'A gravação não foi interrompida',
    userTitle: 'A gravação não parou',
    description: 'A solicitação para interromper a gravação falhou devido a um erro desconhecido.',
    userMessage: 'A gravação não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a gravação ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'A gravação da faixa não foi interrompida',
    userTitle: 'A gravação não parou',
    description:
      'A solicitação para interromper a gravação da faixa falhou devido a um erro desconhecido.',
    userMessage: 'A gravação deste áudio ou vídeo não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a gravação da faixa de áudio ou de vídeo, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a gravação da faixa ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'stop-transcription-failed': {
    title: 'A transcrição não foi interrompida',
    userTitle: 'A transcrição não parou',
    description:
      'A solicitação para interromper a transcrição falhou devido a um erro desconhecido.',
    userMessage: 'A transcrição não parou. Tente novamente.',
    causes: [
      'O servidor não conseguiu interromper a transcrição, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde alguns segundos e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, antes de repetir, verifique se a transcrição ainda está em andamento.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcrição interrompida',
    userTitle: 'A transcrição parou',
    description: 'A transcrição parou devido a um erro desconhecido.',
    userMessage: 'A transcrição parou inesperadamente. Você pode iniciá-la novamente.',
    causes: [
      'A transcrição falhou no servidor, e a mensagem não informa o motivo.',
      'Verifique os logs do app e os detalhes da reunião no painel da VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Ofereça iniciar a transcrição novamente.' },
      {
        by: 'dashboard',
        text: 'Verifique os detalhes da reunião e a transcrição dela no painel da VideoSDK.',
      },
      {
        by: 'support',
        text: 'Se o problema continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Não foi possível entrar na reunião',
    userTitle: 'Não foi possível entrar na reunião',
    description: 'Algo deu errado e não foi possível entrar na reunião. Tente novamente.',
    userMessage:
      'Não foi possível conectar você à reunião. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'A entrada na reunião falhou, e a mensagem não informa o motivo.',
      'Verifique os logs do app e o estado da rede no momento do erro.',
    ],
    fixes: [
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e registre nos logs os detalhes da entrada que falhou.',
      },
      {
        by: 'support',
        text: 'Se a falha continuar, entre em contato com o suporte da VideoSDK informando o ID da reunião e o horário do erro.',
      },
    ],
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
      { by: 'user', text: 'Entre na reunião novamente.' },
    ],
    variants: {
      web: {
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
          { by: 'user', text: 'Recarregue a página e entre na reunião novamente.' },
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
  'video-track-creation-failed': {
    title: 'Faixa de vídeo não criada',
    userTitle: 'Não foi possível iniciar o vídeo',
    description: 'Ocorreu um erro e não foi possível criar a faixa de vídeo. Tente novamente.',
    userMessage: 'Não foi possível iniciar seu vídeo. Verifique sua câmera e tente novamente.',
    causes: [
      'O SDK não conseguiu criar uma faixa de vídeo a partir da câmera.',
      'A mensagem não diz por quê. Procure nos logs do app o erro de dispositivo de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se a sua câmera está conectada e se nenhum outro aplicativo a está usando, e tente novamente.',
      },
      {
        by: 'app',
        text: 'Registre o erro de origem nos logs e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem vídeo enquanto o problema durar.',
      },
    ],
  },
};
