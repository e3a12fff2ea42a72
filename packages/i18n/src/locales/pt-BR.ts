import type { LocaleMessages } from '../types.js';

/** Brazilian Portuguese. */
export const messages: LocaleMessages = {
  locale: 'pt-BR',
  unknown: {
    title: 'Erro desconhecido',
    description:
      'O SDK informou o código de erro {code}, que este catálogo ainda não conhece. Uma versão mais recente do SDK pode tê-lo adicionado.',
    userMessage:
      'Algo deu errado (erro {code}). Tente novamente. Se o problema continuar, entre em contato com o suporte.',
  },
  codes: {
    3001: {
      title: 'Faixa de vídeo personalizada encerrada',
      description:
        'A faixa de vídeo personalizada fornecida foi descartada e agora está no estado encerrado. O SDK voltou a usar a faixa de vídeo padrão.',
      userMessage: 'Seu vídeo voltou a usar a câmera padrão. Você pode continuar normalmente.',
    },
    3002: {
      title: 'Faixa de áudio personalizada encerrada',
      description:
        'A faixa de áudio personalizada fornecida foi descartada e agora está no estado encerrado. O SDK voltou a usar a faixa de áudio padrão.',
      userMessage: 'Seu áudio voltou a usar o microfone padrão. Você pode continuar normalmente.',
    },
    3003: {
      title: 'Câmera em uso',
      description:
        'A câmera está sendo usada por outro aplicativo. Feche todos os programas que estejam usando a câmera, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
      userMessage:
        'Sua câmera está ocupada em outro aplicativo. Feche outros aplicativos de vídeo ou gravação, reinicie o navegador e tente novamente.',
    },
    3004: {
      title: 'Microfone em uso',
      description:
        'O microfone está sendo usado por outro aplicativo. Feche todos os programas que estejam usando o microfone, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
      userMessage:
        'Seu microfone está ocupado em outro aplicativo. Feche outros aplicativos de chamada ou gravação, reinicie o navegador e tente novamente.',
    },
    3005: {
      title: 'Câmera indisponível',
      description:
        'O acesso à câmera não está disponível. Verifique se o dispositivo é compatível e se a página é carregada por uma conexão segura (https://).',
      userMessage:
        'Não foi possível acessar sua câmera. Verifique se o seu dispositivo tem uma câmera funcionando e se o endereço da página começa com https://.',
    },
    3006: {
      title: 'Microfone indisponível',
      description:
        'O acesso ao microfone não está disponível. Verifique se o dispositivo é compatível e se a página é carregada por uma conexão segura (https://).',
      userMessage:
        'Não foi possível acessar seu microfone. Verifique se o seu dispositivo tem um microfone funcionando e se o endereço da página começa com https://.',
    },
    3007: {
      title: 'Acesso à câmera negado',
      description:
        'O acesso à câmera foi negado ou a solicitação de permissão foi fechada. Para continuar, conceda o acesso manualmente nas configurações do dispositivo ou do navegador.',
      userMessage:
        'O acesso à câmera está desativado. Permita o uso da câmera nas configurações do navegador ou do dispositivo.',
    },
    3008: {
      title: 'Acesso ao microfone negado',
      description:
        'O acesso ao microfone foi negado ou a solicitação de permissão foi fechada. Para continuar, conceda o acesso nas configurações do dispositivo ou do navegador.',
      userMessage:
        'O acesso ao microfone está desativado. Permita o uso do microfone nas configurações do navegador ou do dispositivo.',
    },
    3009: {
      title: 'Câmera bloqueada pelo sistema',
      description:
        'As configurações do sistema operacional negam a permissão de câmera. Verifique as configurações do sistema e conceda a permissão a este navegador.',
      userMessage:
        'As configurações do seu computador bloqueiam a câmera. Abra as configurações de privacidade do sistema e permita que este navegador use a câmera.',
    },
    3010: {
      title: 'Microfone bloqueado pelo sistema',
      description:
        'As configurações do sistema operacional negam a permissão de microfone. Verifique as configurações do sistema e conceda a permissão a este navegador.',
      userMessage:
        'As configurações do seu computador bloqueiam o microfone. Abra as configurações de privacidade do sistema e permita que este navegador use o microfone.',
    },
    3011: {
      title: 'Não foi possível iniciar a câmera',
      description: 'Algo deu errado e não foi possível ativar a câmera. Tente novamente.',
      userMessage: 'Sua câmera não iniciou. Tente novamente.',
    },
    3012: {
      title: 'Não foi possível iniciar o microfone',
      description: 'Algo deu errado e não foi possível ativar o microfone. Tente novamente.',
      userMessage: 'Seu microfone não iniciou. Tente novamente.',
    },
    3013: {
      title: 'Não foi possível iniciar o compartilhamento de tela',
      description:
        'Algo deu errado e não foi possível ativar o compartilhamento de tela. Tente novamente.',
      userMessage: 'O compartilhamento de tela não iniciou. Tente novamente.',
    },
    3014: {
      title: 'Permissão de compartilhamento de tela negada',
      description:
        'A permissão para compartilhar a tela foi negada. Tente novamente e conceda as permissões necessárias para ativar o compartilhamento de tela.',
      userMessage:
        'O compartilhamento de tela precisa da sua permissão. Tente novamente e permita quando for solicitado.',
    },
    3015: {
      title: 'Compartilhamento de tela não suportado',
      description:
        'O compartilhamento de tela não é suportado: não foi possível criar um fluxo de compartilhamento de tela. Verifique se o dispositivo e o navegador são compatíveis.',
      userMessage:
        'O compartilhamento de tela não está disponível neste dispositivo ou navegador. Tente outro navegador ou dispositivo.',
    },
    3016: {
      title: 'Falha no serviço em primeiro plano',
      description:
        'Ocorreu um erro ao iniciar o serviço em primeiro plano (foreground service), por isso não foi possível ativar o compartilhamento de tela. Tente novamente.',
      userMessage:
        'Não foi possível iniciar o compartilhamento de tela neste dispositivo. Tente novamente.',
    },
    3017: {
      title: 'Faixa de vídeo não criada',
      description: 'Ocorreu um erro ao criar a faixa de vídeo. Tente novamente.',
      userMessage: 'Não foi possível iniciar seu vídeo. Tente novamente.',
    },
    3018: {
      title: 'Faixa de áudio não criada',
      description: 'Ocorreu um erro ao criar a faixa de áudio. Tente novamente.',
      userMessage: 'Não foi possível iniciar seu áudio. Tente novamente.',
    },
    3019: {
      title: 'Câmera incompatível',
      description:
        'O dispositivo de câmera não consegue produzir vídeo: não foi possível criar um fluxo de vídeo. Verifique se o dispositivo é compatível.',
      userMessage: 'Sua câmera não está enviando vídeo. Tente outra câmera ou outro dispositivo.',
    },
    3020: {
      title: 'Microfone incompatível',
      description:
        'O dispositivo de microfone não consegue produzir áudio: não foi possível criar um fluxo de áudio. Verifique se o dispositivo é compatível.',
      userMessage:
        'Seu microfone não está enviando som. Tente outro microfone ou outro dispositivo.',
    },
    3021: {
      title: 'Não foi possível mudar o modo',
      description: 'Algo deu errado e não foi possível alterar o modo da reunião. Tente novamente.',
      userMessage: 'Não foi possível mudar o modo da reunião. Tente novamente.',
    },
    3022: {
      title: 'Ação antes de entrar na reunião',
      description:
        'A sala ainda estava se conectando quando uma ação foi tentada, e a ação falhou. Tente novamente depois de entrar na reunião.',
      userMessage: 'Você ainda não está na reunião. Aguarde até entrar e tente novamente.',
    },
    3023: {
      title: 'Não foi possível entrar na reunião',
      description: 'Algo deu errado e não foi possível entrar na reunião. Tente novamente.',
      userMessage: 'Não conseguimos colocar você na reunião. Tente novamente.',
    },
    4001: {
      title: 'Chave de API inválida',
      description:
        'A chave de API fornecida no token está vazia ou é inválida. Verifique-a no painel (dashboard).',
      userMessage:
        'Este aplicativo de reuniões não está configurado corretamente, por isso não é possível entrar agora. Entre em contato com a equipe de suporte do aplicativo.',
    },
    4002: {
      title: 'Token inválido',
      description: 'O token está vazio, é inválido ou pode ter expirado.',
      userMessage:
        'Sua sessão expirou ou não é válida. Recarregue a página ou faça login novamente.',
    },
    4003: {
      title: 'ID da reunião inválido',
      description:
        'O ID da reunião está vazio ou é inválido. Verifique-o ou gere um novo ID de reunião usando a API.',
      userMessage:
        'Este link de reunião não funciona. Verifique o link ou peça um novo ao organizador.',
    },
    4004: {
      title: 'ID do participante inválido',
      description:
        'O ID do participante está vazio ou é inválido. Ele não pode conter espaços em branco.',
      userMessage:
        'Não foi possível identificar você nesta reunião. Recarregue a página e entre novamente.',
    },
    4005: {
      title: 'Entrada por outro dispositivo',
      description:
        'Saindo da reunião porque o mesmo ID de participante entrou por outro dispositivo.',
      userMessage:
        'Você entrou nesta reunião por outro dispositivo ou outra aba, por isso saiu dela aqui.',
    },
    4006: {
      title: 'Conta desativada',
      description:
        'Parece que a conta foi desativada pelo VideoSDK. Entre em contato com {supportContact}.',
      userMessage:
        'As reuniões não estão disponíveis para este serviço no momento. Entre em contato com {supportContact}.',
    },
    4007: {
      title: 'Conta descontinuada',
      description: 'A conta foi descontinuada. O servidor responde com uma mensagem específica.',
      userMessage:
        'As reuniões não estão disponíveis para este serviço no momento. Entre em contato com o suporte.',
    },
    4008: {
      title: 'Permissões inválidas',
      description:
        'As permissões fornecidas no token são inválidas. Não combine allow_join ou allow_mod com ask_join.',
      userMessage:
        'Este aplicativo de reuniões não está configurado corretamente, por isso não é possível entrar agora. Entre em contato com a equipe de suporte do aplicativo.',
    },
    4009: {
      title: 'Reunião lotada',
      description:
        'A reunião atingiu o número máximo de participantes. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage:
        'Esta reunião está lotada. Tente novamente mais tarde ou peça ajuda ao organizador.',
    },
    4010: {
      title: 'Limite de palestrantes atingido',
      description:
        'A reunião atingiu o número máximo de palestrantes. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage:
        'Esta reunião já tem o número máximo de palestrantes. Tente novamente mais tarde ou peça ajuda ao organizador.',
    },
    4011: {
      title: 'A gravação não foi iniciada',
      description: 'A solicitação para iniciar a gravação falhou devido a um erro desconhecido.',
      userMessage: 'A gravação não começou. Tente novamente.',
    },
    4012: {
      title: 'A gravação não foi interrompida',
      description:
        'A solicitação para interromper a gravação falhou devido a um erro desconhecido.',
      userMessage: 'A gravação não parou. Tente novamente.',
    },
    4013: {
      title: 'A transmissão ao vivo não foi iniciada',
      description:
        'A solicitação para iniciar a transmissão ao vivo falhou devido a um erro desconhecido.',
      userMessage: 'A transmissão ao vivo não começou. Tente novamente.',
    },
    4014: {
      title: 'A transmissão ao vivo não foi interrompida',
      description:
        'A solicitação para interromper a transmissão ao vivo falhou devido a um erro desconhecido.',
      userMessage: 'A transmissão ao vivo não parou. Tente novamente.',
    },
    4015: {
      title: 'Configuração da transmissão ao vivo inválida',
      description:
        'A configuração de saídas (outputs) fornecida para a transmissão ao vivo é inválida.',
      userMessage:
        'As configurações da transmissão ao vivo não são válidas. Verifique o endereço e a chave da transmissão e tente novamente.',
    },
    4016: {
      title: 'O HLS não foi iniciado',
      description: 'A solicitação para iniciar o HLS falhou devido a um erro desconhecido.',
      userMessage: 'A transmissão não começou. Tente novamente.',
    },
    4017: {
      title: 'O HLS não foi interrompido',
      description: 'A solicitação para interromper o HLS falhou devido a um erro desconhecido.',
      userMessage: 'A transmissão não parou. Tente novamente.',
    },
    4018: {
      title: 'Gravação anterior ainda em processamento',
      description:
        'A sessão de gravação anterior ainda está sendo processada. Tente novamente em alguns segundos.',
      userMessage: 'A última gravação ainda está sendo salva. Tente novamente em alguns segundos.',
    },
    4019: {
      title: 'Transmissão ao vivo anterior ainda em processamento',
      description:
        'A sessão de transmissão ao vivo RTMP anterior ainda está sendo processada. Tente novamente em alguns segundos.',
      userMessage:
        'A última transmissão ao vivo ainda está sendo finalizada. Tente novamente em alguns segundos.',
    },
    4020: {
      title: 'Transmissão HLS anterior ainda em processamento',
      description:
        'A sessão de streaming HLS anterior ainda está sendo processada. Tente novamente em alguns segundos.',
      userMessage:
        'A última transmissão ainda está sendo finalizada. Tente novamente em alguns segundos.',
    },
    4021: {
      title: 'Serviços adicionais desativados',
      description:
        'Os serviços adicionais (add-ons) estão desativados para a conta. Entre em contato com {supportContact}.',
      userMessage:
        'Este recurso não está disponível para este serviço. Entre em contato com {supportContact}.',
    },
    4022: {
      title: 'Token inválido para esta reunião',
      description: 'O token não é válido para o ID de reunião fornecido.',
      userMessage:
        'Seu acesso não vale para esta reunião. Verifique o link ou peça um novo convite ao organizador.',
    },
    4023: {
      title: 'Token inválido para este participante',
      description: 'O token não é válido para o ID de participante fornecido.',
      userMessage:
        'Seu acesso não corresponde à sua identidade nesta reunião. Recarregue a página e entre novamente.',
    },
    4024: {
      title: 'Função não permitida',
      description: 'A função (role) fornecida no token não é válida para entrar na reunião.',
      userMessage: 'Sua função não permite entrar nesta reunião. Peça acesso ao organizador.',
    },
    4025: {
      title: 'Solicitação não permitida',
      description: 'A solicitação não corresponde à configuração de segurança.',
      userMessage:
        'Esta solicitação não é permitida pelas configurações de segurança da reunião. Entre em contato com a equipe de suporte do aplicativo.',
    },
    4026: {
      title: 'Limite de palestrantes da organização atingido',
      description:
        'A organização atingiu o número máximo de palestrantes. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage: 'Há palestrantes demais no momento. Tente novamente mais tarde.',
    },
    4027: {
      title: 'Limite de espectadores da organização atingido',
      description:
        'A organização atingiu o número máximo de espectadores. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage: 'Há espectadores demais no momento. Tente novamente mais tarde.',
    },
    4028: {
      title: 'Limite de gravações da organização atingido',
      description:
        'A organização atingiu o número máximo de gravações. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage:
        'A gravação não está disponível no momento porque um limite foi atingido. Tente novamente mais tarde.',
    },
    4029: {
      title: 'Limite de HLS da organização atingido',
      description:
        'A organização atingiu o número máximo de transmissões HLS. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage:
        'A transmissão não está disponível no momento porque um limite foi atingido. Tente novamente mais tarde.',
    },
    4030: {
      title: 'Limite de transmissões ao vivo da organização atingido',
      description:
        'A organização atingiu o número máximo de transmissões ao vivo. Para aumentar o limite, entre em contato com {supportContact}.',
      userMessage:
        'A transmissão ao vivo não está disponível no momento porque um limite foi atingido. Tente novamente mais tarde.',
    },
    4031: {
      title: 'A transcrição não foi iniciada',
      description: 'A solicitação para iniciar a transcrição falhou devido a um erro desconhecido.',
      userMessage: 'A transcrição não começou. Tente novamente.',
    },
    4032: {
      title: 'A transcrição não foi interrompida',
      description:
        'A solicitação para interromper a transcrição falhou devido a um erro desconhecido.',
      userMessage: 'A transcrição não parou. Tente novamente.',
    },
    4035: {
      title: 'A gravação do participante não foi iniciada',
      description:
        'A solicitação para iniciar a gravação do participante falhou devido a um erro desconhecido.',
      userMessage: 'A gravação deste participante não começou. Tente novamente.',
    },
    4036: {
      title: 'A gravação do participante não foi interrompida',
      description:
        'A solicitação para interromper a gravação do participante falhou devido a um erro desconhecido.',
      userMessage: 'A gravação deste participante não parou. Tente novamente.',
    },
    4037: {
      title: 'A gravação da faixa não foi iniciada',
      description:
        'A solicitação para iniciar a gravação da faixa falhou devido a um erro desconhecido.',
      userMessage: 'A gravação desta faixa de áudio ou vídeo não começou. Tente novamente.',
    },
    4038: {
      title: 'A gravação da faixa não foi interrompida',
      description:
        'A solicitação para interromper a gravação da faixa falhou devido a um erro desconhecido.',
      userMessage: 'A gravação desta faixa de áudio ou vídeo não parou. Tente novamente.',
    },
    5001: {
      title: 'Gravação interrompida',
      description: 'A gravação foi interrompida devido a um erro desconhecido.',
      userMessage: 'A gravação parou inesperadamente. Você pode iniciá-la novamente.',
    },
    5002: {
      title: 'Transmissão ao vivo interrompida',
      description: 'A transmissão ao vivo foi interrompida devido a um erro desconhecido.',
      userMessage: 'A transmissão ao vivo parou inesperadamente. Você pode iniciá-la novamente.',
    },
    5003: {
      title: 'HLS interrompido',
      description: 'O HLS foi interrompido devido a um erro desconhecido.',
      userMessage: 'A transmissão parou inesperadamente. Você pode iniciá-la novamente.',
    },
    5004: {
      title: 'Limite de duração da gravação atingido',
      description:
        'O sistema interrompeu a gravação automaticamente porque ela atingiu a duração máxima de 2 horas para uma única gravação.',
      userMessage:
        'A gravação parou após 2 horas, a duração máxima de uma gravação. Inicie uma nova para continuar gravando.',
    },
    5005: {
      title: 'Limite de duração da transmissão ao vivo atingido',
      description:
        'O sistema interrompeu a transmissão ao vivo automaticamente porque ela atingiu a duração máxima de 2 horas para uma única transmissão RTMP.',
      userMessage:
        'A transmissão ao vivo parou após 2 horas, a duração máxima de uma transmissão. Inicie uma nova para continuar transmitindo.',
    },
    5006: {
      title: 'Limite de duração do HLS atingido',
      description:
        'O sistema interrompeu o HLS automaticamente porque ele atingiu a duração máxima de 2 horas para uma única transmissão HLS.',
      userMessage:
        'A transmissão parou após 2 horas, a duração máxima permitida. Inicie uma nova para continuar transmitindo.',
    },
    5007: {
      title: 'Transcrição interrompida',
      description: 'A transcrição foi interrompida devido a um erro desconhecido.',
      userMessage: 'A transcrição parou inesperadamente. Você pode iniciá-la novamente.',
    },
    5012: {
      title: 'Gravação do participante interrompida',
      description: 'A gravação do participante foi interrompida devido a um erro desconhecido.',
      userMessage:
        'A gravação deste participante parou inesperadamente. Você pode iniciá-la novamente.',
    },
    5013: {
      title: 'Gravação da faixa interrompida',
      description: 'A gravação da faixa foi interrompida devido a um erro desconhecido.',
      userMessage:
        'A gravação desta faixa de áudio ou vídeo parou inesperadamente. Você pode iniciá-la novamente.',
    },
  },
};
