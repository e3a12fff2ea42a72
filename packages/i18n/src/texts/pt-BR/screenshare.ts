import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
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
        text: 'Continue mostrando o compartilhamento de tela como ativo até ele parar e deixe o usuário tentar novamente.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Tente novamente. Se sua tela ainda estiver sendo compartilhada, saia da reunião para parar o compartilhamento.',
          },
          {
            by: 'app',
            text: 'Continue mostrando o compartilhamento de tela como ativo até ele parar e deixe o usuário tentar novamente.',
          },
        ],
      },
    },
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
      {
        by: 'user',
        text: 'Tente outro navegador em um computador.',
      },
      {
        by: 'app',
        text: 'Verifique se há suporte ao compartilhamento de tela (navigator.mediaDevices.getDisplayMedia) e oculte o botão de compartilhar onde ele não existir.',
      },
    ],
    variants: {
      app: {
        causes: [
          'O dispositivo não consegue capturar a tela.',
          'Em um app, verifique se o compartilhamento de tela está configurado para a plataforma como descreve o guia de compartilhamento de tela do SDK.',
        ],
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
      app: {
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
  'starting-foreground-service': {
    title: 'O serviço em primeiro plano não foi iniciado',
    userTitle: 'Não foi possível compartilhar a tela',
    description:
      'Ocorreu um erro ao inicializar o serviço em primeiro plano (foreground service), por isso não foi possível ativar o compartilhamento de tela. Tente novamente.',
    userMessage:
      'Não foi possível iniciar o compartilhamento de tela neste dispositivo. Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
    causes: [
      'No Android, o compartilhamento de tela é executado em um serviço em primeiro plano, e o SDK não conseguiu iniciá-lo.',
      'Verifique o manifesto do Android: o compartilhamento de tela precisa da permissão FOREGROUND_SERVICE e, no Android 14 ou posterior, de FOREGROUND_SERVICE_MEDIA_PROJECTION.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Se o problema continuar, entre em contato com {supportContact}.',
      },
      {
        by: 'app',
        text: 'Declare no manifesto do Android as permissões de serviço em primeiro plano listadas no guia de compartilhamento de tela para Flutter da VideoSDK e compile o app novamente.',
      },
      {
        by: 'app',
        text: 'Procure nos logs do Android (logcat) o motivo pelo qual o serviço não foi iniciado e teste na mesma versão do Android.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'Não foi possível iniciar o compartilhamento de tela',
    userTitle: 'O compartilhamento de tela não começou',
    description:
      'Algo deu errado e não foi possível ativar o compartilhamento de tela. Tente novamente.',
    userMessage: 'O compartilhamento de tela não começou. Tente novamente.',
    causes: [
      'Ligar o compartilhamento de tela (enableScreenShare) falhou, e a mensagem não diz por quê.',
      'Uma permissão negada, um dispositivo incompatível e uma falha do serviço em primeiro plano têm códigos próprios. Procure nos logs do app o erro de origem.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Tente novamente. Quando o dispositivo perguntar se você quer compartilhar a tela, permita.',
      },
      {
        by: 'app',
        text: 'Mostre que o compartilhamento de tela não começou e ofereça um botão para tentar novamente.',
      },
      {
        by: 'app',
        text: 'Se a falha continuar, verifique os logs do app do momento em que ele chamou enableScreenShare e a configuração do compartilhamento de tela para Android e iOS no guia de Flutter da VideoSDK.',
      },
    ],
  },
};
