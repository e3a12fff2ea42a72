import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
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
  'camera-access': {
    title: 'Não foi possível acessar a câmera',
    userTitle: 'Não foi possível usar a câmera',
    description: 'Algo deu errado. Não foi possível acessar a câmera.',
    userMessage:
      'Este aplicativo não conseguiu usar sua câmera. Tente novamente. Se o problema continuar, reinicie este aplicativo.',
    causes: [
      'O SDK não conseguiu abrir a câmera, e a mensagem não diz por quê.',
      'Uma permissão negada e uma câmera em uso têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se ainda não for possível usar a câmera, reinicie este aplicativo e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mantenha a câmera desligada, deixe o participante continuar na reunião e permita que ele ligue a câmera de novo mais tarde.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele ligou a câmera, com o modelo do dispositivo e a versão do sistema operacional.',
      },
    ],
  },
  'camera-access-denied': {
    title: 'Acesso à câmera negado no dispositivo',
    userTitle: 'O acesso à câmera está desativado',
    description:
      'O acesso à câmera foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do dispositivo.',
    userMessage:
      'Este aplicativo não pode usar sua câmera. Permita o acesso à câmera para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
    causes: [
      'O usuário negou ou fechou a solicitação de acesso à câmera, ou desativou o acesso antes nas configurações do dispositivo.',
      'Depois que o acesso é negado, o sistema operacional pode não perguntar de novo, então só as configurações do dispositivo conseguem reativá-lo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa da câmera antes de o sistema pedir, e ofereça um atalho para a página do app nas Configurações do dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique se o app declara o uso da câmera: NSCameraUsageDescription no iOS e a permissão CAMERA no Android.',
      },
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem vídeo.',
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
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem vídeo.',
      },
    ],
    variants: {
      app: {
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
          {
            by: 'app',
            text: 'Enquanto isso, deixe o usuário entrar sem vídeo.',
          },
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
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem vídeo.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O navegador ou o dispositivo não oferece acesso à câmera, por exemplo porque não tem uma câmera compatível.',
        ],
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
          {
            by: 'app',
            text: 'Enquanto isso, deixe o usuário entrar sem vídeo.',
          },
        ],
      },
    },
  },
  'camera-device-incompatible': {
    title: 'Câmera incompatível',
    userTitle: 'A câmera não envia vídeo',
    description:
      'O dispositivo de câmera não consegue produzir vídeo: não foi possível criar o fluxo de vídeo. Verifique se o dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue receber vídeo da sua câmera. Tente outra câmera ou outro dispositivo.',
    causes: [
      'O SDK não conseguiu criar um fluxo de vídeo a partir da câmera selecionada, por isso informa que a câmera é incompatível.',
      'A mensagem não diz por que a câmera falhou. Verifique os logs do app, o modelo do dispositivo e a versão do sistema operacional.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente outra câmera ou use este aplicativo em outro dispositivo.',
      },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem vídeo e ofereça a escolha de câmera se o dispositivo tiver mais de uma.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do app o modelo do dispositivo, a versão do sistema operacional e a câmera, e teste o app no mesmo tipo de dispositivo.',
      },
    ],
  },
  'camera-in-use': {
    title: 'Câmera em uso',
    userTitle: 'A câmera está ocupada',
    description:
      'A câmera está sendo usada por outro aplicativo. Feche todos os programas que usam a câmera, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
    userMessage:
      'Outro aplicativo ou outro navegador está usando sua câmera. Feche-o e tente novamente.',
    causes: [
      'Outro aplicativo ou navegador está com a câmera. Principalmente no Windows, uma câmera em uso não pode ser aberta uma segunda vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Feche outros aplicativos ou navegadores que usam a câmera e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem vídeo.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Outro aplicativo está usando sua câmera. Feche-o e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Feche outros aplicativos que usam a câmera e tente novamente.',
          },
          {
            by: 'app',
            text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem vídeo.',
          },
        ],
      },
    },
  },
  'camera-not-found': {
    title: 'Câmera não encontrada',
    userTitle: 'Nenhuma câmera encontrada',
    description:
      'Verifique se a sua câmera está conectada e ligada, e se o driver da câmera está instalado e atualizado.',
    userMessage:
      'Não encontramos sua câmera. Verifique se ela está conectada e ligada, e tente novamente.',
    causes: [
      'O navegador informou que não encontrou nenhuma câmera para a solicitação, por isso a câmera não pôde ser iniciada.',
      'Como diz a mensagem, a câmera pode estar desconectada ou desligada, ou o driver dela pode estar ausente ou desatualizado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se a sua câmera está conectada e ligada, e tente novamente.',
      },
      {
        by: 'user',
        text: 'Se a câmera ainda não for encontrada, atualize o driver dela ou reinicie seu dispositivo, e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Deixe o usuário entrar sem vídeo e deixe-o escolher outra câmera na lista de dispositivos.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo informou que não encontrou nenhuma câmera para a solicitação, por isso a câmera não pôde ser iniciada.',
          'Como diz a mensagem, a câmera pode estar desconectada ou desligada, ou o driver dela pode estar ausente ou desatualizado.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Verifique se a sua câmera está conectada e ligada, e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se a câmera ainda não for encontrada, reinicie seu dispositivo e tente novamente.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem vídeo e deixe-o escolher outra câmera na lista de dispositivos.',
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
      app: {
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
  'camera-permission-or-autoplay-issue': {
    title: 'Problema de permissão da câmera ou de reprodução automática',
    userTitle: 'A câmera está bloqueada',
    description:
      'Parece haver um problema com a permissão da câmera ou com a reprodução automática de vídeo. Para mais detalhes, consulte https://tinyurl.com/autoplay-issue (um link curto de terceiros informado na mensagem do SDK).',
    userMessage:
      'Seu navegador não permitiu a câmera. Permita a câmera para esta página nas configurações do navegador e recarregue a página.',
    causes: [
      'O navegador recusou o acesso à câmera com um NotAllowedError que diz que a solicitação não é permitida pelo agente do usuário. O SDK observa que o Firefox informa uma permissão negada dessa forma.',
      'A mensagem também aponta para as regras de reprodução automática do navegador, que podem bloquear um vídeo iniciado sem uma ação do usuário.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permita a câmera para esta página nas configurações do navegador e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Inicie a câmera e a reprodução do vídeo a partir de uma ação do usuário, como um clique, para que o navegador as permita.',
      },
      {
        by: 'app',
        text: 'Consulte https://tinyurl.com/autoplay-issue (um link curto de terceiros informado na mensagem do SDK) para ver as notas do SDK sobre este problema.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O sistema operacional negou ao app o acesso à câmera: o usuário recusou a permissão ou a desativou nas Configurações do dispositivo, ou o app não declara o uso da câmera.',
        ],
        userMessage:
          'Este aplicativo não tem permissão para usar sua câmera. Permita o acesso à câmera para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
          },
          {
            by: 'app',
            text: 'Verifique se o app declara o uso da câmera: NSCameraUsageDescription no iOS e a permissão CAMERA no Android.',
          },
          {
            by: 'app',
            text: 'Consulte https://tinyurl.com/autoplay-issue (um link curto de terceiros informado na mensagem do SDK) para ver as notas do SDK sobre este problema.',
          },
        ],
      },
    },
  },
  'capture-image-failed': {
    title: 'Falha ao capturar a imagem',
    userTitle: 'Não foi possível capturar a imagem',
    description: 'Não foi possível capturar a imagem. Tente novamente.',
    userMessage: 'Não foi possível capturar a imagem. Tente novamente.',
    causes: [
      'O navegador não conseguiu desenhar ou codificar um quadro do vídeo do participante para captureImage().',
      'A mensagem de erro traz o motivo informado pelo navegador.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde um momento e tente novamente.',
      },
      {
        by: 'app',
        text: 'Antes de capturar uma imagem, verifique se a câmera do participante está ligada e se o vídeo dele está sendo reproduzido.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique o motivo na mensagem de erro e nos logs do app.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não conseguiu desenhar ou codificar um quadro do vídeo do participante para captureImage().',
          'A mensagem de erro traz o motivo informado pela plataforma.',
        ],
      },
    },
  },
  'change-webcam': {
    title: 'Não foi possível trocar a câmera',
    userTitle: 'Não foi possível trocar de câmera',
    description: 'Algo deu errado e não foi possível trocar a câmera. Tente novamente.',
    userMessage: 'Não conseguimos trocar sua câmera. Tente novamente.',
    causes: [
      'A troca para outra câmera (changeCam) falhou, e a mensagem não diz por quê.',
      'A câmera escolhida pode ter sido desconectada ou estar em uso por outro app. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se a câmera ainda não trocar, desligue sua câmera e ligue-a de novo.',
      },
      {
        by: 'app',
        text: 'Mostre o estado real da câmera (ela pode ficar desligada após a troca que falhou) e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou changeCam, com a câmera escolhida, o modelo do dispositivo e a versão do sistema operacional.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Faixa de áudio personalizada encerrada',
    userTitle: 'Microfone padrão em uso',
    description:
      'A faixa de áudio personalizada fornecida foi descartada e agora está no estado encerrado. O SDK está voltando à faixa de áudio padrão.',
    userMessage: 'Seu áudio voltou a usar o microfone padrão. Nenhuma ação é necessária.',
    causes: [
      'A faixa de áudio personalizada que o app passou ao SDK foi descartada, por isso a faixa foi encerrada.',
      'O SDK passou a usar a faixa de áudio padrão, por isso o áudio do participante continua.',
      'Verifique em que ponto o app, ou uma biblioteca que ele usa, descarta a faixa personalizada enquanto a reunião ainda a usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantenha a faixa de áudio personalizada ativa enquanto a reunião a usa e descarte-a somente depois que o SDK não a usar mais.',
      },
      {
        by: 'app',
        text: 'Para usar uma faixa personalizada de novo, crie uma nova (por exemplo, com createMicrophoneAudioTrack) e passe-a para unmuteMic.',
      },
    ],
  },
  'custom-audio-track-ended': {
    title: 'Faixa de áudio personalizada encerrada',
    userTitle: 'Microfone padrão em uso',
    description:
      'A faixa de áudio personalizada fornecida foi encerrada. Verifique o estado da faixa de áudio e tente novamente.',
    userMessage: 'Seu áudio passou a usar o microfone padrão. Você pode continuar falando.',
    causes: [
      'O app passou uma faixa de áudio personalizada que já estava encerrada, por exemplo porque foi parada ou porque a fonte dela deixou de existir.',
      'O SDK não pode usar uma faixa encerrada, por isso usa o microfone padrão.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Antes de passar a faixa personalizada, verifique se o readyState dela é live, e crie uma nova faixa se ela tiver sido encerrada.',
      },
      {
        by: 'app',
        text: 'Não pare uma faixa personalizada enquanto a reunião ainda a usa.',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: 'Faixa personalizada de compartilhamento de tela descartada',
    userTitle: 'O compartilhamento de tela não começou',
    description:
      'A faixa personalizada fornecida foi descartada. Tente novamente com uma nova faixa personalizada.',
    userMessage: 'O compartilhamento de tela não começou. Tente novamente.',
    causes: [
      'O app passou uma faixa personalizada de compartilhamento de tela que o próprio app, ou uma biblioteca que ele usa, já tinha descartado.',
      'Uma faixa descartada não pode ser usada de novo, por isso o compartilhamento de tela não começa.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Quando o dispositivo perguntar se você quer compartilhar a tela, permita.',
      },
      {
        by: 'app',
        text: 'Crie uma nova faixa a cada tentativa (por exemplo, com VideoSDK.createScreenShareVideoTrack) e passe-a imediatamente para enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Descarte uma faixa personalizada de compartilhamento de tela somente depois que o compartilhamento de tela com ela tiver parado, e nunca mais a passe para o SDK.',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: 'Faixa personalizada de compartilhamento de tela encerrada',
    userTitle: 'O compartilhamento de tela não começou',
    description:
      'A faixa personalizada fornecida está no estado encerrado. Tente novamente com uma nova faixa personalizada.',
    userMessage: 'O compartilhamento de tela não começou. Tente novamente.',
    causes: [
      'O app passou uma faixa personalizada de compartilhamento de tela que já estava encerrada, por exemplo, porque a captura de tela dela tinha parado.',
      'O SDK não consegue compartilhar a tela a partir de uma faixa encerrada, por isso o compartilhamento de tela não começa.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Quando o dispositivo perguntar se você quer compartilhar a tela, permita.',
      },
      {
        by: 'app',
        text: 'Crie uma nova faixa a cada tentativa (por exemplo, com VideoSDK.createScreenShareVideoTrack) e passe-a imediatamente para enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Não guarde uma faixa personalizada de compartilhamento de tela para usar depois: quando a captura dela para, a faixa não pode mais ser usada.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Faixa de vídeo personalizada encerrada',
    userTitle: 'Câmera padrão em uso',
    description:
      'A faixa de vídeo personalizada fornecida foi descartada e agora está no estado encerrado. O SDK está voltando à faixa de vídeo padrão.',
    userMessage: 'Seu vídeo voltou a usar a câmera padrão. Nenhuma ação é necessária.',
    causes: [
      'A faixa de vídeo personalizada que o app passou ao SDK foi descartada, por isso a faixa foi encerrada.',
      'O SDK passou a usar a faixa de vídeo padrão, por isso o vídeo do participante continua.',
      'Verifique em que ponto o app, ou uma biblioteca que ele usa, descarta a faixa personalizada enquanto a reunião ainda a usa.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mantenha a faixa de vídeo personalizada ativa enquanto a reunião a usa e descarte-a somente depois que o SDK não a usar mais.',
      },
      {
        by: 'app',
        text: 'Para usar uma faixa personalizada de novo, crie uma nova (por exemplo, com createCameraVideoTrack) e passe-a para enableCam.',
      },
    ],
  },
  'custom-video-track-ended': {
    title: 'Faixa de vídeo personalizada encerrada',
    userTitle: 'Câmera padrão em uso',
    description:
      'A faixa de vídeo personalizada fornecida foi encerrada. Verifique o estado da faixa de vídeo e tente novamente.',
    userMessage: 'Seu vídeo passou a usar a câmera padrão. Você pode continuar normalmente.',
    causes: [
      'O app passou uma faixa de vídeo personalizada que já estava encerrada, por exemplo porque foi parada ou porque a fonte dela deixou de existir.',
      'O SDK não pode usar uma faixa encerrada, por isso usa a câmera padrão.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Antes de passar a faixa personalizada, verifique se o readyState dela é live, e crie uma nova faixa se ela tiver sido encerrada.',
      },
      {
        by: 'app',
        text: 'Não pare uma faixa personalizada enquanto a reunião ainda a usa.',
      },
    ],
  },
  'get-audio-media': {
    title: 'Captura de áudio incompatível',
    userTitle: 'Microfone incompatível',
    description: 'Seu navegador ou dispositivo não é compatível com áudio.',
    userMessage:
      'Seu navegador ou dispositivo não consegue usar um microfone nesta reunião. Tente outro navegador ou dispositivo.',
    causes: [
      'O navegador ou o dispositivo informou que não consegue capturar áudio.',
      'O SDK 1.1.1 declara este código, mas não o gera, por isso procure nos logs do app o erro do próprio navegador.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Atualize seu navegador ou tente outro navegador ou dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique se navigator.mediaDevices está disponível antes de ligar o microfone e sirva a página por https://.',
      },
      {
        by: 'app',
        text: 'Deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O navegador ou o dispositivo informou que não consegue capturar áudio.',
          'O SDK 1.1.1 declara este código, mas não o gera, por isso procure nos logs do app o erro da própria plataforma.',
        ],
        userMessage:
          'Este dispositivo não consegue usar um microfone nesta reunião. Atualize o aplicativo ou tente outro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Atualize o aplicativo ou tente outro dispositivo.',
          },
          {
            by: 'app',
            text: 'Verifique se o app declara o uso do microfone: NSMicrophoneUsageDescription no iOS e a permissão RECORD_AUDIO no Android.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem áudio.',
          },
        ],
      },
    },
  },
  'get-audio-media-permission-denied': {
    title: 'Permissão do microfone negada',
    userTitle: 'O microfone está bloqueado',
    description: 'A permissão para capturar áudio foi negada.',
    userMessage:
      'Seu navegador bloqueou o microfone. Permita o microfone para esta página nas configurações do navegador e recarregue a página.',
    causes: [
      'O navegador recusou o acesso ao microfone com um NotAllowedError que o SDK não conseguiu associar a um caso mais específico, como uma solicitação fechada ou um bloqueio do sistema operacional.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permita o microfone para esta página nas configurações do navegador e recarregue a página.',
      },
      {
        by: 'user',
        text: 'Se ele continuar bloqueado, verifique se as configurações de privacidade do seu computador permitem que este navegador use o microfone.',
      },
      {
        by: 'app',
        text: 'Peça o microfone depois de uma ação do usuário e explique antes por que a reunião precisa dele.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo recusou o acesso ao microfone com um NotAllowedError que o SDK não conseguiu associar a um caso mais específico, como uma solicitação fechada ou um bloqueio do sistema operacional.',
        ],
        userMessage:
          'Este aplicativo não tem permissão para usar seu microfone. Permita o acesso ao microfone para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use o microfone e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se ele continuar bloqueado, verifique se as configurações de privacidade do seu dispositivo permitem que este aplicativo use o microfone.',
          },
          {
            by: 'app',
            text: 'Peça o microfone depois de uma ação do usuário e explique antes por que a reunião precisa dele.',
          },
        ],
      },
    },
  },
  'get-video-media': {
    title: 'Captura de vídeo incompatível',
    userTitle: 'A câmera não ligou',
    description: 'Seu navegador ou dispositivo não é compatível com vídeo.',
    userMessage:
      'Seu navegador ou dispositivo não conseguiu ligar a câmera. Tente outro navegador ou dispositivo.',
    causes: [
      'O navegador não conseguiu abrir a câmera com as configurações solicitadas, por um motivo que não é uma permissão negada.',
      'No SDK 1.1.1, isso acontece quando o SDK abre a câmera de novo para mudar a resolução dela. Procure nos logs do app o erro do navegador.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Atualize seu navegador ou tente outro navegador ou dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique se a câmera é compatível com a resolução solicitada e, se não for, use uma resolução menor.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não conseguiu abrir a câmera com as configurações solicitadas, por um motivo que não é uma permissão negada.',
          'No SDK 1.1.1, isso acontece quando o SDK abre a câmera de novo para mudar a resolução dela. Procure nos logs do app o erro da plataforma.',
        ],
        userMessage:
          'Este dispositivo não conseguiu ligar a câmera. Atualize o aplicativo ou tente outro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Atualize o aplicativo ou tente outro dispositivo.',
          },
          {
            by: 'app',
            text: 'Verifique se a câmera é compatível com a resolução solicitada e, se não for, use uma resolução menor.',
          },
        ],
      },
    },
  },
  'get-video-media-permission-denied': {
    title: 'Permissão da câmera negada',
    userTitle: 'A câmera está bloqueada',
    description: 'A permissão para capturar vídeo foi negada.',
    userMessage:
      'Seu navegador bloqueou a câmera. Permita a câmera para esta página nas configurações do navegador e recarregue a página.',
    causes: [
      'O navegador recusou o acesso à câmera com um NotAllowedError que o SDK não conseguiu associar a um caso mais específico, como uma solicitação fechada ou um bloqueio do sistema operacional.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Permita a câmera para esta página nas configurações do navegador e recarregue a página.',
      },
      {
        by: 'user',
        text: 'Se ela continuar bloqueada, verifique se as configurações de privacidade do seu computador permitem que este navegador use a câmera.',
      },
      {
        by: 'app',
        text: 'Peça a câmera depois de uma ação do usuário e explique antes por que a reunião precisa dela.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo recusou o acesso à câmera com um NotAllowedError que o SDK não conseguiu associar a um caso mais específico, como uma solicitação fechada ou um bloqueio do sistema operacional.',
        ],
        userMessage:
          'Este aplicativo não tem permissão para usar sua câmera. Permita o acesso à câmera para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se ela continuar bloqueada, verifique se as configurações de privacidade do seu dispositivo permitem que este aplicativo use a câmera.',
          },
          {
            by: 'app',
            text: 'Peça a câmera depois de uma ação do usuário e explique antes por que a reunião precisa dela.',
          },
        ],
      },
    },
  },
  'invalid-custom-audio-track': {
    title: 'Faixa de áudio personalizada inválida',
    userTitle: 'Usando o microfone padrão',
    description:
      'A faixa de áudio personalizada fornecida é inválida, por isso a faixa de áudio padrão é usada. Verifique se a faixa de áudio atende às especificações exigidas.',
    userMessage: 'Seu áudio passou a usar o microfone padrão. Nenhuma ação é necessária.',
    causes: [
      'O app passou uma faixa de áudio personalizada que o SDK não conseguiu ler, por exemplo algo que não é um MediaStream com uma faixa de áudio ativa.',
      'O SDK usa o microfone padrão.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Passe um MediaStream que contenha uma faixa de áudio ativa, por exemplo uma criada com createMicrophoneAudioTrack().',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: 'Configuração de faixa personalizada inválida',
    userTitle: 'Não foi possível configurar o dispositivo',
    description: 'A configuração da faixa personalizada é inválida.',
    userMessage:
      'Não foi possível configurar sua câmera, seu microfone ou o compartilhamento de tela com as configurações escolhidas. Escolha outro dispositivo e tente novamente.',
    causes: [
      'O app passou configurações que o SDK não consegue usar para criar uma faixa personalizada: um codec incompatível, um ID de câmera ou de microfone que não corresponde a nenhum dispositivo, ou um encoderConfig desconhecido.',
      'A mensagem de erro informa a configuração.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia a configuração que a mensagem de erro informa e passe um codec e um encoderConfig compatíveis.',
      },
      {
        by: 'app',
        text: 'Obtenha os IDs de câmera e de microfone da lista atual de dispositivos, porque eles podem mudar quando dispositivos são conectados ou removidos.',
      },
      {
        by: 'user',
        text: 'Escolha outra câmera ou outro microfone e tente novamente.',
      },
    ],
  },
  'invalid-custom-video-track': {
    title: 'Faixa de vídeo personalizada inválida',
    userTitle: 'Usando a câmera padrão',
    description:
      'A faixa de vídeo personalizada fornecida é inválida, por isso a faixa de vídeo padrão é usada. Verifique se a faixa de vídeo atende às especificações exigidas.',
    userMessage: 'Seu vídeo passou a usar a câmera padrão. Nenhuma ação é necessária.',
    causes: [
      'O app passou uma faixa de vídeo personalizada que o SDK não conseguiu ler, por exemplo algo que não é um MediaStream com uma faixa de vídeo ativa.',
      'O SDK usa a câmera padrão.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Passe um MediaStream que contenha uma faixa de vídeo ativa, por exemplo uma criada com createCameraVideoTrack().',
      },
    ],
  },
  'media-device-not-initialized': {
    title: 'Dispositivo de mídia não inicializado',
    userTitle: 'Áudio e vídeo ainda não estão prontos',
    description: 'O dispositivo de mídia não foi inicializado.',
    userMessage:
      'O áudio e o vídeo ainda não estão prontos. Aguarde um momento e tente novamente, ou recarregue a página.',
    causes: [
      'O dispositivo de mídia interno do SDK, que ele cria ao entrar na reunião ou ao mudar de modo, não existe, por isso a câmera, o microfone ou o compartilhamento de tela não podem ser iniciados.',
      'Procure nos logs do app uma falha anterior ao entrar na reunião ou ao mudar de modo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde um momento e tente novamente. Se o problema continuar, recarregue a página e entre novamente.',
      },
      {
        by: 'app',
        text: 'Ligue a câmera, o microfone ou o compartilhamento de tela somente depois do evento meeting-joined (entrada na reunião).',
      },
      {
        by: 'app',
        text: 'Procure nos logs do app uma falha anterior ao entrar na reunião ou ao mudar de modo.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'O áudio e o vídeo ainda não estão prontos. Aguarde um momento e tente novamente, ou saia da reunião e entre novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Aguarde um momento e tente novamente. Se o problema continuar, saia da reunião e entre novamente.',
          },
          {
            by: 'app',
            text: 'Ligue a câmera, o microfone ou o compartilhamento de tela somente depois do evento meeting-joined (entrada na reunião).',
          },
          {
            by: 'app',
            text: 'Procure nos logs do app uma falha anterior ao entrar na reunião ou ao mudar de modo.',
          },
        ],
      },
    },
  },
  'media-device-not-loaded': {
    title: 'Dispositivo de mídia não carregado',
    userTitle: 'Ainda em preparação',
    description: 'O dispositivo de mídia ainda não foi carregado. Tente novamente em instantes.',
    userMessage: 'O áudio e o vídeo ainda estão sendo preparados. Tente novamente em instantes.',
    causes: [
      'O dispositivo de mídia interno do SDK existe, mas ainda não terminou de carregar os recursos de mídia do servidor, o que acontece ao entrar na reunião ou ao mudar de modo.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Aguarde um momento e tente novamente.',
      },
      {
        by: 'app',
        text: 'Aguarde o evento meeting-joined (entrada na reunião), ou o fim de uma mudança de modo, antes de ligar a mídia.',
      },
      {
        by: 'app',
        text: 'Tente novamente após um breve intervalo.',
      },
    ],
  },
  'mic-access-denied': {
    title: 'Acesso ao microfone negado no dispositivo',
    userTitle: 'O acesso ao microfone está desativado',
    description:
      'O acesso ao microfone foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do dispositivo.',
    userMessage:
      'Este aplicativo não pode usar seu microfone. Permita o acesso ao microfone para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
    causes: [
      'O usuário negou ou fechou a solicitação de acesso ao microfone, ou desativou o acesso antes nas configurações do dispositivo.',
      'Depois que o acesso é negado, o sistema operacional pode não perguntar de novo, então só as configurações do dispositivo conseguem reativá-lo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use o microfone e tente novamente.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa do microfone antes de o sistema pedir, e ofereça um atalho para a página do app nas Configurações do dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique se o app declara o uso do microfone: NSMicrophoneUsageDescription no iOS e a permissão RECORD_AUDIO no Android.',
      },
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem áudio.',
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
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      app: {
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
          {
            by: 'app',
            text: 'Enquanto isso, deixe o usuário entrar sem áudio.',
          },
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
      {
        by: 'app',
        text: 'Enquanto isso, deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O navegador ou o dispositivo não oferece acesso ao microfone, por exemplo porque não tem um microfone compatível.',
        ],
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
          {
            by: 'app',
            text: 'Enquanto isso, deixe o usuário entrar sem áudio.',
          },
        ],
      },
    },
  },
  'microphone-close-producer-failed': {
    title: 'Falha ao desligar o microfone',
    userTitle: 'Não foi possível desligar o microfone',
    description: 'Não foi possível desligar o microfone. Tente novamente.',
    userMessage:
      'Não foi possível desligar seu microfone, por isso ele continua ligado. Tente novamente.',
    causes: [
      'O servidor da reunião não confirmou que parou de receber o microfone, por isso o SDK mantém o microfone ligado e sem alterações.',
      'Procure o motivo na mensagem de erro e nos logs do app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o microfone como ligado e deixe o usuário tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique a conexão com a reunião nos logs do app.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Microfone incompatível',
    userTitle: 'O microfone não envia som',
    description:
      'O dispositivo de microfone não consegue produzir áudio: não foi possível criar o fluxo de áudio. Verifique se o dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue receber som do seu microfone. Tente outro microfone ou outro dispositivo.',
    causes: [
      'O SDK não conseguiu criar um fluxo de áudio a partir do microfone selecionado, por isso informa que o microfone é incompatível.',
      'A mensagem não diz por que o microfone falhou. Verifique os logs do app, o modelo do dispositivo e a versão do sistema operacional.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente outro microfone, como um fone de ouvido com microfone, ou use este aplicativo em outro dispositivo.',
      },
      {
        by: 'app',
        text: 'Deixe o participante continuar na reunião sem áudio e ofereça a escolha de microfone se o dispositivo tiver mais de um.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do app o modelo do dispositivo, a versão do sistema operacional e o microfone, e teste o app no mesmo tipo de dispositivo.',
      },
    ],
  },
  'microphone-in-use': {
    title: 'Microfone em uso',
    userTitle: 'O microfone está ocupado',
    description:
      'O microfone está sendo usado por outro aplicativo. Feche todos os programas que usam o microfone, como ferramentas de videoconferência, softwares de gravação de tela ou outros navegadores, reinicie o navegador e tente novamente.',
    userMessage:
      'Outro aplicativo ou outro navegador está usando seu microfone. Feche-o e tente novamente.',
    causes: [
      'Outro aplicativo ou navegador está com o microfone. Principalmente no Windows, um microfone em uso não pode ser aberto uma segunda vez.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Feche outros aplicativos ou navegadores que usam o microfone e tente novamente.',
      },
      {
        by: 'app',
        text: 'Ofereça um botão para tentar novamente e, enquanto isso, deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      app: {
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
  'microphone-not-found': {
    title: 'Microfone não encontrado',
    userTitle: 'Nenhum microfone encontrado',
    description: 'Verifique se o seu microfone está conectado e ligado.',
    userMessage:
      'Não encontramos seu microfone. Verifique se ele está conectado e ligado, e tente novamente.',
    causes: [
      'O navegador informou que não encontrou nenhum microfone para a solicitação, por isso o microfone não pôde ser iniciado.',
      'Como diz a mensagem, o microfone pode estar desconectado ou desligado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone está conectado e ligado, e tente novamente.',
      },
      {
        by: 'user',
        text: 'Se ele ainda não for encontrado, verifique as configurações de som do seu dispositivo e recarregue a página.',
      },
      {
        by: 'app',
        text: 'Deixe o usuário entrar sem áudio e deixe-o escolher outro microfone na lista de dispositivos.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo informou que não encontrou nenhum microfone para a solicitação, por isso o microfone não pôde ser iniciado.',
          'Como diz a mensagem, o microfone pode estar desconectado ou desligado.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Verifique se o seu microfone está conectado e ligado, e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se ele ainda não for encontrado, verifique as configurações de som do seu dispositivo e tente novamente.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem áudio e deixe-o escolher outro microfone na lista de dispositivos.',
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
      app: {
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
  'microphone-produce-failed': {
    title: 'Falha ao publicar o microfone',
    userTitle: 'O microfone não ligou',
    description: 'A faixa do microfone foi criada, mas não pôde ser publicada na reunião.',
    userMessage:
      'Seu microfone funciona, mas não foi possível enviar o áudio dele para a reunião. Recarregue a página e entre novamente.',
    causes: [
      'O SDK abriu o microfone, mas não conseguiu publicar o áudio dele no servidor de mídia da reunião.',
      'A mensagem de erro traz o motivo de origem, quando há um.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Recarregue a página e entre novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Seu microfone funciona, mas não foi possível enviar o áudio dele para a reunião. Saia da reunião e entre novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Saia da reunião e entre novamente.',
          },
          {
            by: 'app',
            text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: 'Faixa do microfone encerrada',
    userTitle: 'Microfone desconectado',
    description:
      'A faixa do microfone foi encerrada ou o microfone está desconectado. Verifique a conexão do microfone e tente novamente.',
    userMessage:
      'Seu microfone parou ou foi desconectado. Verifique se ele está conectado e ligue-o novamente.',
    causes: [
      'O navegador encerrou a faixa do microfone, por exemplo porque o microfone foi desconectado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone está conectado e ligue-o novamente.',
      },
      {
        by: 'app',
        text: 'Mostre o microfone como desligado e deixe o usuário ligá-lo novamente ou escolher outro microfone.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo encerrou a faixa do microfone, por exemplo porque o microfone foi desconectado.',
        ],
      },
    },
  },
  'no-microphone-device-found': {
    title: 'Nenhum dispositivo de microfone encontrado',
    userTitle: 'Nenhum microfone encontrado',
    description:
      'Nenhum microfone encontrado: não conseguimos encontrar seu microfone. Ele está conectado e ligado? Se estiver, tente reiniciar o computador ou verificar as configurações do dispositivo. Verifique também se você está em um site seguro (https://).',
    userMessage:
      'Não encontramos nenhum microfone. Verifique se ele está conectado e ligado, e recarregue a página.',
    causes: [
      'Nenhum microfone aparece na lista de dispositivos do navegador, por isso o SDK não tem nenhum para usar.',
      'Como diz a mensagem, o microfone pode estar desconectado ou desligado, ou a página pode não estar em um site seguro (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone está conectado e ligado, e recarregue a página.',
      },
      {
        by: 'user',
        text: 'Se ele ainda não for encontrado, verifique as configurações de som do seu dispositivo ou reinicie o computador.',
      },
      {
        by: 'app',
        text: 'Sirva a página por https:// e deixe o usuário entrar sem áudio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Nenhum microfone aparece na lista de dispositivos do sistema, por isso o SDK não tem nenhum para usar.',
          'Como diz a mensagem, o microfone pode estar desconectado ou desligado.',
        ],
        userMessage:
          'Não encontramos seu microfone. Verifique se ele está conectado e ligado, e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Verifique se o seu microfone está conectado e ligado, e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se ele ainda não for encontrado, verifique as configurações de som do seu dispositivo ou reinicie o dispositivo.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem áudio.',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: 'Nenhum codec de vídeo compatível',
    userTitle: 'Vídeo incompatível',
    description: 'Nenhum codec de vídeo compatível está disponível neste dispositivo.',
    userMessage:
      'Seu navegador não consegue enviar vídeo nesta reunião. Atualize seu navegador ou tente outro navegador ou dispositivo.',
    causes: [
      'O navegador não é compatível nem com o codec de vídeo solicitado nem com o VP8, a alternativa, para enviar vídeo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Atualize seu navegador ou tente outro navegador ou dispositivo.',
      },
      {
        by: 'app',
        text: 'Deixe o usuário entrar sem vídeo e registre nos logs a versão do navegador para descobrir quais navegadores são afetados.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não é compatível nem com o codec de vídeo solicitado nem com o VP8, a alternativa, para enviar vídeo.',
        ],
        userMessage:
          'Este dispositivo não consegue enviar vídeo nesta reunião. Atualize o aplicativo ou tente outro dispositivo.',
        fixes: [
          {
            by: 'user',
            text: 'Atualize o aplicativo ou tente outro dispositivo.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem vídeo e registre nos logs o modelo do dispositivo e a versão do sistema operacional para descobrir quais dispositivos são afetados.',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: 'Nenhum dispositivo de câmera encontrado',
    userTitle: 'Nenhuma câmera encontrada',
    description:
      'Nenhuma webcam encontrada: não conseguimos encontrar sua câmera. Ela está conectada e ligada? Se estiver, tente reiniciar o computador ou verificar as configurações do dispositivo. Para obter ajuda, use a ferramenta de diagnóstico em https://test.8x8.vc/ (uma página de terceiros indicada na mensagem do SDK). Verifique também se você está em um site seguro (https://).',
    userMessage:
      'Não encontramos nenhuma câmera. Verifique se ela está conectada e ligada, e recarregue a página.',
    causes: [
      'Nenhuma câmera aparece na lista de dispositivos do navegador, por isso o SDK não tem nenhuma para usar.',
      'Como diz a mensagem, a câmera pode estar desconectada ou desligada, ou a página pode não estar em um site seguro (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se a sua câmera está conectada e ligada, e recarregue a página.',
      },
      {
        by: 'user',
        text: 'Se ela ainda não for encontrada, verifique as configurações de câmera do seu dispositivo ou reinicie o computador.',
      },
      {
        by: 'app',
        text: 'Sirva a página por https:// e deixe o usuário entrar sem vídeo.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Nenhuma câmera aparece na lista de dispositivos do sistema, por isso o SDK não tem nenhuma para usar.',
          'Como diz a mensagem, a câmera pode estar desconectada ou desligada.',
        ],
        userMessage:
          'Não encontramos sua câmera. Verifique se ela está conectada e ligada, e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Verifique se a sua câmera está conectada e ligada, e tente novamente.',
          },
          {
            by: 'user',
            text: 'Se ela ainda não for encontrada, verifique as configurações de câmera do seu dispositivo ou reinicie o dispositivo.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem vídeo.',
          },
        ],
      },
    },
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Acesso à câmera negado (React Native)',
    userTitle: 'O acesso à câmera está desativado',
    description:
      'O acesso à câmera foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do app.',
    userMessage:
      'Este aplicativo não pode usar sua câmera. Permita o acesso à câmera para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
    causes: [
      'A permissão de câmera foi negada ou a solicitação foi fechada, por isso o sistema operacional não deu a câmera ao app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa da câmera antes de pedir e abra a página de configurações do app quando o acesso estiver desativado.',
      },
      {
        by: 'app',
        text: 'Verifique se o app declara o uso da câmera: NSCameraUsageDescription no iOS e a permissão CAMERA no Android.',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: 'Câmera indisponível (React Native)',
    userTitle: 'A câmera não está disponível',
    description:
      'O acesso à câmera não está disponível. Verifique se o seu dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue usar uma câmera no seu dispositivo. Tente entrar por outro dispositivo.',
    causes: [
      'O mecanismo de mídia do SDK informa que não consegue enviar vídeo neste dispositivo, por isso a câmera não pode ser usada na reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente entrar por outro dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique o modelo do dispositivo e a versão do sistema operacional nos logs do app e deixe o usuário entrar sem vídeo.',
      },
    ],
  },
  'rn-camera-not-found': {
    title: 'Câmera não encontrada (React Native)',
    userTitle: 'Nenhuma câmera encontrada',
    description: 'Verifique se a sua câmera está conectada e ligada.',
    userMessage:
      'Este aplicativo não encontra uma câmera no seu dispositivo. Verifique se a câmera está ligada e não está bloqueada, e tente novamente.',
    causes: [
      'A criação da faixa da câmera falhou com uma DOMException, que o SDK informa como câmera ausente.',
      'Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se a sua câmera está ligada e se nenhum outro aplicativo a está usando, e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o erro de origem nos logs do app e deixe o usuário entrar sem vídeo.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Faixa da câmera encerrada (React Native)',
    userTitle: 'A câmera parou',
    description:
      'A faixa da câmera foi encerrada. Verifique se a sua câmera está ligada ou tente reiniciá-la.',
    userMessage: 'Sua câmera parou. Ligue-a novamente ou feche este aplicativo e abra-o de novo.',
    causes: [
      'O sistema operacional encerrou a faixa da câmera. Como a mensagem sugere, a câmera pode ter sido desligada.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ligue sua câmera novamente. Se ela ainda não funcionar, feche este aplicativo e abra-o de novo.',
      },
      {
        by: 'app',
        text: 'Mostre a câmera como desligada e deixe o usuário ligá-la novamente.',
      },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: 'Acesso ao microfone negado (React Native)',
    userTitle: 'O acesso ao microfone está desativado',
    description:
      'O acesso ao microfone foi negado ou a solicitação foi fechada. Para continuar, conceda o acesso nas configurações do app.',
    userMessage:
      'Este aplicativo não pode usar seu microfone. Permita o acesso ao microfone para este aplicativo nas Configurações do seu dispositivo e tente novamente.',
    causes: [
      'A permissão de microfone foi negada ou a solicitação foi fechada, por isso o sistema operacional não deu o microfone ao app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use o microfone e tente novamente.',
      },
      {
        by: 'app',
        text: 'Explique por que o app precisa do microfone antes de pedir e abra a página de configurações do app quando o acesso estiver desativado.',
      },
      {
        by: 'app',
        text: 'Verifique se o app declara o uso do microfone: NSMicrophoneUsageDescription no iOS e a permissão RECORD_AUDIO no Android.',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: 'Microfone indisponível (React Native)',
    userTitle: 'O microfone não está disponível',
    description:
      'O acesso ao microfone não está disponível. Verifique se o seu dispositivo é compatível.',
    userMessage:
      'Este aplicativo não consegue usar um microfone no seu dispositivo. Tente entrar por outro dispositivo.',
    causes: [
      'O mecanismo de mídia do SDK informa que não consegue enviar áudio neste dispositivo, por isso o microfone não pode ser usado na reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente entrar por outro dispositivo.',
      },
      {
        by: 'app',
        text: 'Verifique o modelo do dispositivo e a versão do sistema operacional nos logs do app e deixe o usuário entrar sem áudio.',
      },
    ],
  },
  'rn-mic-not-found': {
    title: 'Microfone não encontrado (React Native)',
    userTitle: 'Nenhum microfone encontrado',
    description: 'Verifique se o seu microfone está conectado e ligado.',
    userMessage:
      'Este aplicativo não encontra um microfone no seu dispositivo. Verifique se ele está conectado e não está bloqueado, e tente novamente.',
    causes: [
      'A criação da faixa do microfone falhou com uma DOMException, que o SDK informa como microfone ausente.',
      'Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone ou fone de ouvido está conectado e se nenhum outro aplicativo o está usando, e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o erro de origem nos logs do app e deixe o usuário entrar sem áudio.',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: 'Faixa do microfone encerrada (React Native)',
    userTitle: 'Microfone desconectado',
    description:
      'A faixa do microfone foi encerrada ou o microfone está desconectado. Verifique a conexão do microfone e tente novamente.',
    userMessage:
      'Seu microfone parou ou foi desconectado. Verifique se ele está conectado e ligue-o novamente.',
    causes: [
      'O sistema operacional encerrou a faixa do microfone, por exemplo porque um fone de ouvido foi desconectado.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se o seu microfone ou fone de ouvido está conectado e ligue o microfone novamente.',
      },
      {
        by: 'app',
        text: 'Mostre o microfone como desligado e deixe o usuário ligá-lo novamente.',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: 'Falha ao definir a qualidade da webcam',
    userTitle: 'Não foi possível mudar a qualidade do vídeo',
    description: 'Falha ao definir a qualidade da webcam.',
    userMessage:
      'Não foi possível mudar a qualidade do seu vídeo. Você pode continuar usando a reunião.',
    causes: [
      'O SDK não conseguiu aplicar a qualidade solicitada ao vídeo da câmera que ele envia.',
      'A mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e nos logs do app.',
      },
      {
        by: 'app',
        text: 'Mude a qualidade somente enquanto a câmera estiver ligada e conectada à reunião.',
      },
    ],
  },
  'starting-audio': {
    title: 'Não foi possível iniciar o microfone',
    userTitle: 'O microfone não ligou',
    description: 'Algo deu errado e não foi possível ativar o microfone. Tente novamente.',
    userMessage: 'Seu microfone não ligou. Tente novamente.',
    causes: [
      'Ligar o microfone (unmuteMic) falhou, e a mensagem não diz por quê.',
      'Problemas de permissão e um microfone em uso têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se o microfone ainda não ligar, reinicie este aplicativo e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mantenha o microfone desligado, deixe o participante continuar na reunião e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou unmuteMic, com o modelo do dispositivo e a versão do sistema operacional.',
      },
    ],
  },
  'starting-video': {
    title: 'Não foi possível iniciar a câmera',
    userTitle: 'A câmera não ligou',
    description: 'Algo deu errado e não foi possível ativar a câmera. Tente novamente.',
    userMessage: 'Sua câmera não ligou. Tente novamente.',
    causes: [
      'Ligar a câmera (enableCam) falhou, e a mensagem não diz por quê.',
      'Problemas de permissão e uma câmera em uso têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se a câmera ainda não ligar, reinicie este aplicativo e tente novamente.',
      },
      {
        by: 'app',
        text: 'Mantenha a câmera desligada, deixe o participante continuar na reunião e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou enableCam, com o modelo do dispositivo e a versão do sistema operacional.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Codec de vídeo incompatível para envio',
    userTitle: 'Vídeo ajustado',
    description:
      'O codec fornecido não é compatível com o envio de vídeo neste dispositivo. Usando VP8 como alternativa.',
    userMessage:
      'Seu vídeo foi ajustado para funcionar neste dispositivo. Nenhuma ação é necessária.',
    causes: [
      'O navegador não consegue enviar vídeo com o codec que o app pediu, por isso o SDK usa o VP8.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Peça um codec com o qual o navegador seja compatível, ou o VP8, para evitar a alternativa automática.',
      },
      {
        by: 'app',
        text: 'Verifique com quais codecs o navegador consegue enviar vídeo usando RTCRtpSender.getCapabilities() para vídeo.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não consegue enviar vídeo com o codec que o app pediu, por isso o SDK usa o VP8.',
        ],
        fixes: [
          {
            by: 'app',
            text: 'Peça um codec com o qual o dispositivo seja compatível, ou o VP8, para evitar a alternativa automática.',
          },
          {
            by: 'app',
            text: 'Registre nos logs o modelo do dispositivo e a versão do sistema operacional para descobrir quais dispositivos não têm o codec.',
          },
        ],
      },
    },
  },
  'video-source-initiation-failed': {
    title: 'Falha ao iniciar a fonte de vídeo',
    userTitle: 'A câmera não ligou',
    description:
      'Não foi possível iniciar a fonte de vídeo. Verifique as permissões de vídeo nas configurações do navegador.',
    userMessage:
      'Não foi possível ligar sua câmera. Verifique se as configurações do navegador permitem a câmera e recarregue a página.',
    causes: [
      'O navegador não conseguiu ler a câmera: ele informou um NotReadableError que não é o caso de uma câmera em uso.',
      'A mensagem aponta para as configurações de câmera do navegador. Procure nos logs do app o erro do próprio navegador.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se as configurações do navegador permitem a câmera para esta página e recarregue a página.',
      },
      {
        by: 'user',
        text: 'Se ela ainda não ligar, feche outros aplicativos que usam a câmera e reinicie o navegador.',
      },
      {
        by: 'app',
        text: 'Deixe o usuário entrar sem vídeo e ofereça um botão para tentar novamente.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não conseguiu ler a câmera: ele informou um NotReadableError que não é o caso de uma câmera em uso.',
          'A mensagem aponta para as configurações de câmera do dispositivo. Procure nos logs do app o erro da própria plataforma.',
        ],
        userMessage:
          'Não foi possível ligar sua câmera. Verifique nas Configurações do seu dispositivo se este aplicativo tem permissão para usar a câmera e tente novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Abra as Configurações do seu dispositivo, permita que este aplicativo use a câmera e tente novamente.',
          },
          {
            by: 'user',
            text: 'Feche outros aplicativos que usam a câmera e tente novamente.',
          },
          {
            by: 'app',
            text: 'Deixe o usuário entrar sem vídeo e ofereça um botão para tentar novamente.',
          },
        ],
      },
    },
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
  'webcam-close-producer-failed': {
    title: 'Falha ao desligar a câmera',
    userTitle: 'Não foi possível desligar a câmera',
    description: 'Não foi possível desligar a câmera. Tente novamente.',
    userMessage:
      'Não foi possível desligar sua câmera, por isso ela continua ligada. Tente novamente.',
    causes: [
      'O servidor da reunião não confirmou que parou de receber a câmera, por isso o SDK mantém a câmera ligada e sem alterações.',
      'Procure o motivo na mensagem de erro e nos logs do app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente.',
      },
      {
        by: 'app',
        text: 'Continue mostrando a câmera como ligada e deixe o usuário tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique a conexão com a reunião nos logs do app.',
      },
    ],
  },
  'webcam-not-enabled': {
    title: 'Webcam não ativada',
    userTitle: 'A câmera está desligada',
    description: 'A webcam não está ativada. Ative-a antes de definir a qualidade.',
    userMessage: 'Sua câmera está desligada. Ligue-a e tente novamente.',
    causes: [
      'O app tentou definir a qualidade da webcam, ou capturar uma imagem, com a câmera desligada.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ligue sua câmera e tente novamente.',
      },
      {
        by: 'app',
        text: 'Verifique se a câmera está ligada antes de usar setWebcamQuality() ou captureImage(), e desative esses controles enquanto ela estiver desligada.',
      },
    ],
  },
  'webcam-produce-failed': {
    title: 'Falha ao publicar a câmera',
    userTitle: 'A câmera não ligou',
    description: 'A faixa da câmera foi criada, mas não pôde ser publicada na reunião.',
    userMessage:
      'Sua câmera funciona, mas não foi possível enviar o vídeo dela para a reunião. Recarregue a página e entre novamente.',
    causes: [
      'O SDK abriu a câmera, mas não conseguiu publicar o vídeo dela no servidor de mídia da reunião.',
      'A mensagem de erro traz o motivo de origem, quando há um.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Recarregue a página e entre novamente.',
      },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Sua câmera funciona, mas não foi possível enviar o vídeo dela para a reunião. Saia da reunião e entre novamente.',
        fixes: [
          {
            by: 'user',
            text: 'Saia da reunião e entre novamente.',
          },
          {
            by: 'app',
            text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: 'Faixa da webcam encerrada',
    userTitle: 'Câmera desconectada',
    description:
      'A faixa da webcam foi encerrada ou a webcam está desconectada. Verifique se a sua webcam está conectada corretamente e tente reiniciá-la.',
    userMessage:
      'Sua câmera parou ou foi desconectada. Verifique se ela está conectada e ligue-a novamente.',
    causes: [
      'O navegador encerrou a faixa da câmera, por exemplo porque a câmera foi desconectada.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Verifique se a sua câmera está conectada e ligue-a novamente.',
      },
      {
        by: 'app',
        text: 'Mostre a câmera como desligada e deixe o usuário ligá-la novamente ou escolher outra câmera.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo encerrou a faixa da câmera, por exemplo porque a câmera foi desconectada.',
        ],
      },
    },
  },
};
