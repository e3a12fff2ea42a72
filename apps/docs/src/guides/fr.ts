import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'Comment elle parvient à votre app',
  deliveryEmitted:
    'js-sdk {version} la signale sur l’événement d’erreur de la réunion (`{event}` ; en React, `{hook}`). Aucun appel ne la lève.',
  deliveryThrown:
    'js-sdk {version} ne l’émet jamais sur l’événement d’erreur : l’appel qui la rencontre la lève ou rejette sa promesse avec elle. Interceptez-la autour de l’appel, comme le fait le code ci-dessous.',
  deliveryBoth:
    'js-sdk {version} fait les deux : il la signale sur l’événement d’erreur (`{event}`) et l’appel qui l’a rencontrée la lève ou rejette sa promesse avec elle. Traitez-la sur l’événement et interceptez l’appel pour que son rejet ne reste pas non géré.',
  deliveryServer:
    'Le serveur de la réunion l’envoie. js-sdk {version} ne la nomme pas dans son code : il transmet ce qu’envoie le serveur à l’événement d’erreur (`{event}`).',
  deliveryTableOnly:
    'js-sdk {version} ne la nomme que dans ses tables : aucun appel de cette version ne la produit.',
  thrownBy: 'Appels qui la lèvent : {calls}.',
  deliveryOther:
    'Quels objets émettent les erreurs sur {platform}, quels appels les lèvent, et ce qui se passe sans événement d’erreur :',
  howErrorsLink: 'Comment les erreurs parviennent à votre app ({platform})',
  retryableMeans:
    'Réessayable signifie que le même appel peut réussir si l’app le répète tel quel après une courte attente ; rien n’est à corriger avant.',
  howToRetry: 'Réessayer',
  retryPolicy:
    'Politique de nouvelle tentative : attendre {waits} avant chaque répétition, {attempts} répétitions au plus ; ensuite, afficher l’erreur.',
  notRetryable:
    'Non réessayable : répéter l’appel tel quel échoue encore tant que rien ne change (une autorisation, un appareil, un réglage, le code de l’app ou un compte).',
  explainedByHeading: 'Souvent expliquée par',
  explainedByLead:
    'Ce code est vague. L’un de ces codes, signalé vers le même moment, dit en général ce qui a échoué :',
  apiKeyPointer: 'Cette erreur apparaît quand la clé API est passée là où le SDK attend un jeton.',

  pagesLabel: 'Guides',

  howErrorsTitle: 'Comment les erreurs parviennent à votre app : {platform}',
  howErrorsLead:
    'Une erreur parvient à votre app de trois façons : un événement d’erreur, un appel qui lève une exception ou rejette sa promesse, ou seulement un changement d’état, sans aucune erreur. Cette page dit laquelle, pour cette ligne du SDK.',
  englishNote:
    'Les faits ci-dessous nomment les méthodes et événements du SDK lui-même : ils sont donc en anglais.',
  retryHeading: 'Réessayable, et comment réessayer',
  retryBody: [
    '`retryable: true` signifie que le même appel peut réussir si l’app le répète tel quel après une courte attente : rien n’est à corriger avant, et l’app peut le répéter d’elle-même selon la politique `retry` de l’entrée.',
    '`retryable: false` signifie que répéter l’appel tel quel échoue encore tant que personne ne change quelque chose : une autorisation, un appareil, un réglage, le code de l’app, un compte ou une limite. Un texte pour l’utilisateur peut dire « puis réessayez » après ce changement : c’est une étape de l’utilisateur, pas une nouvelle tentative automatique.',
    'La politique est une donnée de chaque entrée réessayable : `retry: { afterMs, backoff, maxAttempts }`, la première attente en millisecondes, `exponential` (chaque attente double la précédente) ou `none`, et le nombre maximal de répétitions. Après la dernière, affichez l’erreur.',
  ],
  policyDefault:
    'La politique par défaut, `{name}` : attentes de {waits} ({attempts} répétitions), pour tout code réessayable dont le texte du SDK ne donne aucun délai.',
  policyFewSeconds:
    '`{name}` : attentes de {waits} ({attempts} répétitions), là où le SDK dit « try again after few seconds » (4018–4020).',

  apiKey: {
    title: 'Clé API ou jeton',
    lead: 'Les SDK prennent un jeton, jamais la clé API. Passer la clé API là où va un jeton est la cause la plus fréquente de 4001 et 4002.',
    keyHeading: 'La clé API et son secret',
    keyBody: [
      'La clé API identifie votre compte VideoSDK. Elle va avec un secret, et les deux restent sur votre serveur uniquement.',
      'Ne livrez jamais la clé API ni le secret dans une app, une page web ou un build mobile : n’importe qui peut les y lire et lancer des réunions sur votre compte.',
    ],
    tokenHeading: 'Le jeton',
    tokenBody: [
      'Le jeton est un JWT (JSON Web Token) que votre serveur signe avec le secret (HS256) et remet à l’app, qui le passe au SDK (`VideoSDK.config(token)`, `<MeetingProvider token>` ou l’argument token des SDK natifs).',
      'Donnez-lui une courte durée de vie et seulement les autorisations dont l’utilisateur a besoin.',
    ],
    claimsHeading: 'Ce que contient le jeton (selon le guide de VideoSDK)',
    claims: {
      apikey: 'votre clé API : le serveur la vérifie avec la signature.',
      permissions:
        '`allow_join` (entrer directement), `ask_join` (demander à l’hôte) ou `allow_mod` (modérer).',
      version: '`2` quand le jeton désigne une salle, un participant ou des rôles.',
      roomId: 'facultatif : la seule salle que ce jeton peut rejoindre.',
      participantId: 'facultatif : le seul identifiant de participant que ce jeton peut utiliser.',
      roles: 'facultatif : `rtc` pour les réunions, `crawler` pour les appels d’API côté serveur.',
      exp: 'quand le jeton expire, en secondes depuis 1970 (fixé avec `expiresIn` à la signature).',
    },
    wrongHeading: 'Ce qui échoue',
    wrongBody:
      'Une clé API passée comme jeton n’est pas un JWT, donc le serveur la refuse : {codes}. Un jeton expiré, ou signé avec le secret d’un autre compte, est refusé de la même façon.',
    debugHeading: 'Déboguer un jeton refusé',
    debugSteps: [
      'Vérifiez que la valeur est un JWT : trois parties en base64url reliées par des points. Une courte chaîne sans point est une clé API.',
      'Décodez la partie centrale (sur votre machine, pas sur un site web : c’est un identifiant secret) et lisez ses claims.',
      'Vérifiez `exp` : elle doit être dans le futur. Comparez-la à l’heure actuelle en secondes (`date +%s`).',
      'Vérifiez `apikey` : ce doit être la clé API du compte dont le secret a signé le jeton.',
      'Vérifiez `permissions`, et `roomId` ou `participantId` si le jeton les fixe : ils doivent permettre ce que l’app demande.',
    ],
    keywords: 'jwt json web token jeton clé api apikey secret signer jeton expiré exp claims',
  },
};
