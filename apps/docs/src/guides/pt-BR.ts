import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'Como ele chega ao seu app',
  deliveryEmitted:
    'O js-sdk {version} o informa no evento de erro da reunião (`{event}`; no React, `{hook}`). Nenhuma chamada o lança.',
  deliveryThrown:
    'O js-sdk {version} nunca o emite no evento de erro: a chamada que o encontra o lança ou rejeita sua promise com ele. Capture-o em volta da chamada, como faz o código abaixo.',
  deliveryBoth:
    'O js-sdk {version} faz as duas coisas: informa o erro no evento de erro (`{event}`) e a chamada que o encontrou o lança ou rejeita sua promise com ele. Trate-o no evento e capture a chamada para que a rejeição não fique sem tratamento.',
  deliveryServer:
    'O servidor da reunião o envia. O js-sdk {version} não o nomeia no código: repassa o que o servidor envia ao evento de erro (`{event}`).',
  deliveryTableOnly:
    'O js-sdk {version} só o nomeia nas tabelas: nenhuma chamada dessa versão o produz.',
  thrownBy: 'Chamadas que o lançam: {calls}.',
  deliveryOther:
    'Quais objetos emitem erros em {platform}, quais chamadas os lançam e o que acontece sem evento de erro:',
  howErrorsLink: 'Como os erros chegam ao seu app ({platform})',
  retryableMeans:
    'Repetível significa que a mesma chamada pode dar certo se o app a repetir sem mudanças após uma breve espera; nada precisa ser corrigido antes.',
  howToRetry: 'Repetir',
  retryPolicy:
    'Política de nova tentativa: espere {waits} antes de cada repetição, no máximo {attempts} repetições; depois, mostre o erro.',
  notRetryable:
    'Não repetível: repetir a chamada sem mudanças falha de novo até que algo mude (uma permissão, um dispositivo, uma configuração, o código do app ou uma conta).',
  explainedByHeading: 'Muitas vezes explicado por',
  explainedByLead:
    'Este código é vago. Um destes códigos, informado por volta do mesmo momento, costuma dizer o que deu errado:',
  apiKeyPointer: 'Este erro aparece quando a chave de API é passada onde o SDK espera um token.',

  pagesLabel: 'Guias',

  howErrorsTitle: 'Como os erros chegam ao seu app: {platform}',
  howErrorsLead:
    'Um erro chega ao seu app de uma de três formas: um evento de erro, uma chamada que lança uma exceção ou rejeita sua promise, ou só uma mudança de estado, sem erro nenhum. Esta página diz qual, para esta linha do SDK.',
  englishNote:
    'Os dados abaixo citam os métodos e eventos do próprio SDK, por isso estão em inglês.',
  retryHeading: 'Repetível, e como repetir',
  retryBody: [
    '`retryable: true` significa que a mesma chamada pode dar certo se o app a repetir sem mudanças após uma breve espera: nada precisa ser corrigido antes, e o app pode repeti-la sozinho conforme a política `retry` da entrada.',
    '`retryable: false` significa que repetir a chamada sem mudanças falha de novo até que alguém mude algo: uma permissão, um dispositivo, uma configuração, o código do app, uma conta ou um limite. Um texto para o usuário pode dizer “depois tente novamente” após essa mudança: é um passo do usuário, não uma nova tentativa automática.',
    'A política é um dado de cada entrada repetível: `retry: { afterMs, backoff, maxAttempts }`, a primeira espera em milissegundos, `exponential` (cada espera dobra a anterior) ou `none`, e o máximo de repetições. Depois da última, mostre o erro.',
  ],
  policyDefault:
    'A política padrão, `{name}`: esperas de {waits} ({attempts} repetições), para todo código repetível cujo texto do SDK não indica espera.',
  policyFewSeconds:
    '`{name}`: esperas de {waits} ({attempts} repetições), onde o SDK diz “try again after few seconds” (4018–4020).',

  apiKey: {
    title: 'Chave de API ou token',
    lead: 'Os SDKs recebem um token, nunca a chave de API. Passar a chave de API onde vai um token é a causa mais comum de 4001 e 4002.',
    keyHeading: 'A chave de API e o seu segredo',
    keyBody: [
      'A chave de API identifica sua conta VideoSDK. Ela vem com um segredo, e os dois ficam só no seu servidor.',
      'Nunca inclua a chave de API nem o segredo em um app, uma página web ou um build mobile: qualquer pessoa pode lê-los ali e iniciar reuniões na sua conta.',
    ],
    tokenHeading: 'O token',
    tokenBody: [
      'O token é um JWT (JSON Web Token) que o seu servidor assina com o segredo (HS256) e entrega ao app, que o passa ao SDK (`VideoSDK.config(token)`, `<MeetingProvider token>` ou o argumento token dos SDKs nativos).',
      'Dê a ele uma validade curta e só as permissões de que o usuário precisa.',
    ],
    claimsHeading: 'O que o token contém (segundo o guia da VideoSDK)',
    claims: {
      apikey: 'sua chave de API: o servidor a confere com a assinatura.',
      permissions:
        '`allow_join` (entrar direto), `ask_join` (pedir ao anfitrião) ou `allow_mod` (moderar).',
      version: '`2` quando o token indica uma sala, um participante ou papéis.',
      roomId: 'opcional: a única sala em que este token pode entrar.',
      participantId: 'opcional: o único id de participante que este token pode usar.',
      roles: 'opcional: `rtc` para reuniões, `crawler` para chamadas de API pelo servidor.',
      exp: 'quando o token expira, em segundos desde 1970 (definido com `expiresIn` ao assinar).',
    },
    wrongHeading: 'O que dá errado',
    wrongBody:
      'Uma chave de API passada como token não é um JWT, então o servidor a recusa: {codes}. Um token expirado, ou assinado com o segredo de outra conta, é recusado do mesmo jeito.',
    debugHeading: 'Como depurar um token recusado',
    debugSteps: [
      'Confira se o valor é um JWT: três partes em base64url unidas por pontos. Uma string curta sem pontos é uma chave de API.',
      'Decodifique a parte do meio (na sua máquina, não em um site: é uma credencial) e leia os claims.',
      'Confira `exp`: deve estar no futuro. Compare com a hora atual em segundos (`date +%s`).',
      'Confira `apikey`: deve ser a chave de API da conta cujo segredo assinou o token.',
      'Confira `permissions`, e `roomId` ou `participantId` se o token os definir: devem permitir o que o app pede.',
    ],
    keywords: 'jwt json web token chave de api apikey segredo assinar token expirado exp claims',
  },
};
