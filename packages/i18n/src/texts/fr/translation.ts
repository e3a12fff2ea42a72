import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'translation'> = {
  'change-translation-language-failed': {
    title: 'Langue de traduction non modifiée',
    userTitle: 'La langue n’a pas changé',
    description:
      'La demande de changement de la langue de traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La langue de traduction n’a pas changé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.changeTranslationLanguage() (absente des déclarations de types de la version 1.1.1) pour changer la langue de traduction, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez que la traduction est en cours et que la langue est prise en charge.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la langue précédente dans l’interface jusqu’à ce que le changement réussisse.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'start-translation-failed': {
    title: 'La traduction n’a pas démarré',
    userTitle: 'La traduction n’a pas démarré',
    description:
      'La demande de démarrage de la traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La traduction n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.startTranslation() (absente des déclarations de types de la version 1.1.1) pour démarrer la traduction, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez la configuration de traduction que vous avez transmise.',
      },
      {
        by: 'app',
        text: 'N’affichez la traduction comme active qu’après que l’événement translation-state-changed a indiqué qu’elle a démarré.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'La traduction ne s’est pas arrêtée',
    userTitle: 'La traduction ne s’est pas arrêtée',
    description: 'La demande d’arrêt de la traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La traduction ne s’est pas arrêtée. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopTranslation() (absente des déclarations de types de la version 1.1.1) pour arrêter la traduction, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la traduction comme active jusqu’à ce que l’événement translation-state-changed indique qu’elle s’est arrêtée.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'translation-failed': {
    title: 'Traduction arrêtée',
    userTitle: 'Traduction arrêtée',
    description: 'La traduction s’est arrêtée en raison d’une erreur interne.',
    userMessage: 'La traduction s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    causes: [
      'La traduction s’est arrêtée à cause d’une erreur interne du serveur, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK ne donne pas plus de détails. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mettez à jour l’interface à partir de l’événement translation-state-changed et laissez l’utilisateur relancer la traduction.',
      },
      {
        by: 'user',
        text: 'Relancez la traduction.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’heure et le message d’erreur.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La traduction s’est arrêtée de manière inattendue. L’organisateur peut la relancer.',
        userSteps: ['Demandez à l’organisateur de relancer la traduction.'],
      },
    },
  },
};
