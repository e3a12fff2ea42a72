import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
  'action-not-supported': {
    title: 'Ação incompatível aqui',
    userTitle: 'Ação indisponível',
    description: 'Esta ação não é compatível aqui.',
    userMessage: 'Esta ação não está disponível aqui. Você pode continuar usando a reunião.',
    causes: [
      'O app usou um método em um objeto que não é compatível com ele, por exemplo ao definir a qualidade do próprio vídeo do participante local ou ao pausar um stream que não é um stream remoto ativo.',
      'O app pediu uma verificação de permissão de câmera ou de microfone em um navegador que não consegue fazê-la.',
      'O SDK rejeita o método e não emite um erro de reunião. A mensagem de erro informa o método e o motivo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o método e o motivo na mensagem de erro e use o método apenas onde ele for compatível.',
      },
      {
        by: 'app',
        text: 'Oculte ou desative o controle onde a ação não for compatível.',
      },
    ],
  },
  'action-not-supported-in-mode': {
    title: 'Ação incompatível com este modo',
    userTitle: 'Ação indisponível',
    description: 'Esta ação não é compatível com o modo atual da reunião.',
    userMessage:
      'No momento, você só pode assistir e ouvir nesta reunião, por isso esta ação não está disponível. Você pode continuar acompanhando a reunião.',
    causes: [
      'O app tentou enviar mídia ou dados, por exemplo ligar a câmera ou o microfone, compartilhar a tela ou enviar uma mensagem, enquanto o participante está em um modo que não pode enviar, como RECV_ONLY ou SIGNALLING_ONLY.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o modo do participante antes de ligar a mídia e oculte os controles de câmera, de microfone e de compartilhamento de tela nos modos que não podem enviar.',
      },
      {
        by: 'app',
        text: 'Para deixar o participante enviar mídia, mude antes para o modo SEND_AND_RECV com changeMode().',
      },
    ],
  },
  'already-in-requested-state': {
    title: 'Já está no estado solicitado',
    userTitle: 'Já foi feito',
    description: 'O estado solicitado já está ativo.',
    userMessage: 'Isso já foi feito. Nenhuma ação é necessária.',
    causes: [
      'O app solicitou um estado que já está ativo, por exemplo ligar uma câmera que já está ligada, entrar duas vezes ou sair de uma reunião da qual já saiu.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. A mensagem de erro informa o recurso.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o estado atual antes de alterá-lo e ignore solicitações que não mudam nada.',
      },
      {
        by: 'app',
        text: 'Trate esta rejeição como uma operação sem efeito, não como uma falha a mostrar ao usuário.',
      },
    ],
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
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problema de permissão da câmera ou de reprodução automática',
    userTitle: 'A câmera está bloqueada',
    description:
      'Parece haver um problema com a permissão da câmera ou com a reprodução automática de vídeo. Para mais detalhes, consulte http://tinyurl.com/autoplay-issue.',
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
        text: 'Consulte http://tinyurl.com/autoplay-issue para ver as notas do SDK sobre este problema.',
      },
    ],
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
      { by: 'user', text: 'Aguarde um momento e tente novamente.' },
      {
        by: 'app',
        text: 'Antes de capturar uma imagem, verifique se a câmera do participante está ligada e se o vídeo dele está sendo reproduzido.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique o motivo na mensagem de erro e nos logs do app.',
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
  'end-meeting-failed': {
    title: 'Falha ao encerrar a reunião',
    userTitle: 'Não foi possível encerrar a reunião',
    description: 'Não foi possível encerrar a reunião. Tente novamente.',
    userMessage: 'Não foi possível encerrar a reunião para todos. Tente novamente.',
    causes: [
      'O servidor rejeitou a solicitação para encerrar a reunião, ou a solicitação falhou.',
      'A mensagem de erro traz o motivo do servidor quando ele envia um, por exemplo que este participante não tem permissão para encerrar a reunião.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde um momento e tente novamente.' },
      { by: 'app', text: 'Verifique o motivo do servidor na mensagem de erro.' },
      {
        by: 'app',
        text: 'Se o participante não tem permissão para encerrar a reunião, mostre este controle apenas aos participantes que têm.',
      },
    ],
  },
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
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
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
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
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
      { by: 'app', text: 'Deixe o usuário entrar sem áudio.' },
    ],
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
  'invalid-mode': {
    title: 'Modo de reunião inválido',
    userTitle: 'Não foi possível mudar a configuração',
    description: 'Foi solicitado um modo de reunião inválido.',
    userMessage:
      'Este aplicativo não está configurado corretamente para esta ação. Tente novamente mais tarde ou entre em contato com {supportContact}.',
    causes: [
      'O app passou para initMeeting() ou changeMode() um modo que não é um dos modos do SDK, como SEND_AND_RECV, RECV_ONLY ou SIGNALLING_ONLY.',
      'A mensagem de erro informa o valor inválido.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Verifique o valor que a mensagem de erro informa, por exemplo se há um erro de digitação.',
      },
      {
        by: 'app',
        text: 'Use as constantes de VideoSDK.Constants.modes em vez de strings digitadas.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Parâmetro ausente ou inválido',
    userTitle: 'Algo deu errado',
    description:
      'O parâmetro fornecido está ausente ou é inválido. Verifique o parâmetro e tente novamente.',
    userMessage:
      'Algo não funcionou como esperado. Tente novamente ou, se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'O app passou um valor ausente ou errado para um método do SDK, por exemplo uma chave vazia, uma mensagem que não é uma string ou um nome de evento desconhecido.',
      'O SDK rejeita o método e não emite um erro de reunião. A mensagem de erro informa o parâmetro.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Leia o parâmetro que a mensagem de erro informa e corrija o valor que o app passa.',
      },
      {
        by: 'app',
        text: 'Valide o que o usuário digitou antes de passar para o SDK.',
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
      { by: 'user', text: 'Aguarde um momento e tente novamente.' },
      {
        by: 'app',
        text: 'Aguarde o evento meeting-joined (entrada na reunião), ou o fim de uma mudança de modo, antes de ligar a mídia.',
      },
      { by: 'app', text: 'Repita após um breve intervalo.' },
    ],
  },
  'media-not-ready': {
    title: 'Conexão de mídia ainda não pronta',
    userTitle: 'A conexão ainda não está pronta',
    description:
      'A conexão de mídia da reunião ainda não está pronta. Tente novamente em instantes.',
    userMessage: 'A conexão com a reunião ainda não está pronta. Tente novamente em instantes.',
    causes: [
      'O app tentou enviar mídia ou dados antes de a conexão de mídia com a reunião estar estabelecida.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      { by: 'user', text: 'Aguarde um momento e tente novamente.' },
      {
        by: 'app',
        text: 'Aguarde até a entrada na reunião terminar e a conexão de mídia dela estar ativa, ou repita após um breve intervalo.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Falha na conexão de mídia',
    userTitle: 'Problema de conexão',
    description:
      'Não foi possível estabelecer a conexão com a reunião ou a conexão de mídia. Verifique a conexão de rede, o firewall ou as configurações de segurança e tente novamente, ou conecte-se usando outra rede.',
    userMessage:
      'Não foi possível conectar seu áudio e seu vídeo à reunião. Verifique sua conexão com a internet ou tente outra rede.',
    causes: [
      'A conexão de mídia com o servidor de mídia da reunião falhou, por isso o áudio e o vídeo não conseguem passar.',
      'Como diz a mensagem, a rede, um firewall ou as configurações de segurança podem bloquear esta conexão.',
    ],
    fixes: [
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
      {
        by: 'user',
        text: 'Se você usa uma VPN ou uma rede de trabalho, tente outra rede, como o roteador do seu celular.',
      },
      {
        by: 'app',
        text: 'O SDK tenta reiniciar a conexão depois deste erro. Mostre que a reunião está se reconectando e ofereça entrar de novo se o áudio e o vídeo não voltarem.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'A reunião está se reconectando',
    userTitle: 'A reunião está se reconectando',
    description: 'A reunião está se reconectando. Tente novamente quando ela tiver se reconectado.',
    userMessage: 'A reunião está se reconectando. Tente novamente quando a conexão voltar.',
    causes: [
      'A conexão com o servidor da reunião caiu e a reunião está se reconectando, por isso o método não pode ser executado agora.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. O app fica sabendo da reconexão pelo estado da reunião.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Acompanhe o estado da reunião e desative os controles da reunião enquanto ela estiver se reconectando.',
      },
      { by: 'app', text: 'Repita depois que a reunião estiver conectada de novo.' },
    ],
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
      { by: 'user', text: 'Tente novamente.' },
      {
        by: 'app',
        text: 'Continue mostrando o microfone como ligado e deixe o usuário repetir a ação.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique a conexão com a reunião nos logs do app.',
      },
    ],
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
      { by: 'user', text: 'Recarregue a página e entre novamente.' },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
      },
    ],
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
  },
  'multistream-not-supported': {
    title: 'Multistream incompatível com o codec',
    userTitle: 'Qualidade de vídeo limitada',
    description: 'O multistream não é compatível com este codec.',
    userMessage:
      'Seu vídeo continua funcionando, mas em um único nível de qualidade. Nenhuma ação é necessária.',
    causes: [
      'O app pediu multistream com um codec com o qual o SDK não consegue usá-lo: VP9 ou AV1, ou H264 no React Native.',
      'O SDK desativa o multistream e envia um único stream de vídeo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Use VP8 quando precisar de multistream, ou desative o multistream quando usar VP9 ou AV1.',
      },
    ],
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
  },
  'no-webcam-device-found': {
    title: 'Nenhum dispositivo de câmera encontrado',
    userTitle: 'Nenhuma câmera encontrada',
    description:
      'Nenhuma webcam encontrada: não conseguimos encontrar sua câmera. Ela está conectada e ligada? Se estiver, tente reiniciar o computador ou verificar as configurações do dispositivo. Para obter ajuda, use a ferramenta de diagnóstico em https://test.8x8.vc/. Verifique também se você está em um site seguro (https://).',
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
  },
  'operation-aborted': {
    title: 'Operação cancelada',
    userTitle: 'Ação interrompida',
    description: 'A operação foi interrompida antes de terminar.',
    userMessage: 'Esta ação foi interrompida antes de terminar. Tente novamente.',
    causes: [
      'No SDK 1.1.1, isso acontece com join() quando a reunião é deixada ou fechada enquanto a entrada ainda está em andamento. A mensagem de erro traz o motivo da saída.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião.',
    ],
    fixes: [
      { by: 'app', text: 'Verifique o motivo da saída na mensagem de erro.' },
      {
        by: 'app',
        text: 'Não saia da reunião enquanto join() ainda estiver em andamento, a menos que o usuário tenha escolhido cancelar.',
      },
      {
        by: 'app',
        text: 'Se o usuário não cancelou, ofereça entrar novamente.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Operação já em andamento',
    userTitle: 'Já em andamento',
    description: 'A operação solicitada já está em andamento.',
    userMessage: 'Isso já está em andamento. Nenhuma ação é necessária.',
    causes: [
      'O app iniciou uma solicitação enquanto a mesma solicitação, ou uma conflitante, ainda estava em andamento, por exemplo um segundo clique no botão da câmera ou uma mudança de modo.',
      'Este é um código de estado do chamador: o SDK rejeita o método, mas não o emite como erro de reunião. A mensagem de erro informa a solicitação.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Desative o controle até a solicitação em andamento terminar.',
      },
      {
        by: 'app',
        text: 'Trate esta rejeição como uma operação sem efeito, ou repita depois que a solicitação em andamento terminar.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Tempo da solicitação esgotado',
    userTitle: 'Sem resposta a tempo',
    description: 'O tempo da operação se esgotou. Verifique sua conexão e tente novamente.',
    userMessage:
      'A reunião não respondeu a tempo. Verifique sua conexão com a internet e tente novamente.',
    causes: [
      'Uma solicitação ao servidor da reunião não recebeu resposta a tempo, ou a conexão caiu antes de a resposta chegar.',
    ],
    fixes: [
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
      {
        by: 'app',
        text: 'Repita assim que a reunião estiver conectada e procure problemas de conexão nos logs do app.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Payload grande demais',
    userTitle: 'Grande demais para enviar',
    description: 'O payload excede o tamanho máximo permitido.',
    userMessage: 'Isto é grande demais para enviar. Deixe o conteúdo mais curto e tente novamente.',
    causes: [
      'Os dados enviados à reunião com meeting.send() têm mais de 15 KiB, ou um valor para o armazenamento em tempo real tem mais de 1 KB. A mensagem de erro informa o tamanho.',
      'O SDK rejeita o método e não emite um erro de reunião.',
    ],
    fixes: [
      { by: 'user', text: 'Deixe a mensagem mais curta e tente novamente.' },
      {
        by: 'app',
        text: 'Verifique o tamanho antes de enviar e divida dados grandes em mensagens menores.',
      },
      {
        by: 'app',
        text: 'No caso de arquivos, envie-os com uploadBase64File() e mande apenas a URL retornada.',
      },
    ],
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
      { by: 'user', text: 'Tente entrar por outro dispositivo.' },
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
        text: 'Verifique se o app declara o uso do microfone: NSMicrophoneUsageDescription no iOS e a permissão RECORD_AUDIO (gravação de áudio) no Android.',
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
      { by: 'user', text: 'Tente entrar por outro dispositivo.' },
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
  'screenshare-close-producer-failed': {
    title: 'Falha ao interromper o compartilhamento de tela',
    userTitle: 'Não foi possível parar o compartilhamento de tela',
    description: 'Não foi possível interromper o compartilhamento de tela. Tente novamente.',
    userMessage: 'Não foi possível parar o compartilhamento da sua tela. Tente novamente.',
    causes: [
      'A solicitação para interromper o compartilhamento de tela falhou.',
      'O SDK 1.1.1 declara este código, mas ainda não o gera, por isso procure o motivo na mensagem de erro e nos logs do app.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se sua tela ainda estiver sendo compartilhada, use o botão do próprio navegador para parar o compartilhamento.',
      },
      {
        by: 'app',
        text: 'Continue mostrando o compartilhamento de tela como ativo até ele parar e deixe o usuário repetir a ação.',
      },
    ],
  },
  'screenshare-produce-failed': {
    title: 'Falha ao iniciar o compartilhamento de tela',
    userTitle: 'O compartilhamento de tela não começou',
    description: 'Falha ao iniciar o compartilhamento de tela.',
    userMessage: 'Não foi possível iniciar o compartilhamento de tela. Tente novamente.',
    causes: [
      'O SDK não conseguiu publicar a tela compartilhada na reunião, ou a tela compartilhada parou antes de o compartilhamento de tela terminar de iniciar.',
      'A mensagem de erro traz o motivo.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Compartilhe sua tela novamente e mantenha o compartilhamento aberto até ele começar.',
      },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
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
      { by: 'user', text: 'Verifique sua conexão com a internet e tente novamente.' },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e use o modo RELIABLE para mensagens que precisam chegar.',
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
      { by: 'app', text: 'Verifique o motivo na mensagem de erro e nos logs do app.' },
      {
        by: 'app',
        text: 'Mude a qualidade somente enquanto a câmera estiver ligada e conectada à reunião.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Codec de vídeo incompatível',
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
      { by: 'user', text: 'Tente novamente.' },
      {
        by: 'app',
        text: 'Continue mostrando a câmera como ligada e deixe o usuário repetir a ação.',
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
      { by: 'user', text: 'Ligue sua câmera e tente novamente.' },
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
      { by: 'user', text: 'Recarregue a página e entre novamente.' },
      {
        by: 'app',
        text: 'Verifique o motivo na mensagem de erro e o estado da conexão de mídia nos logs do app.',
      },
    ],
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
  },
};
