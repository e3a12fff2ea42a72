import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'realtime-store'> = {
  'failed-to-get-value': {
    title: 'Valeur du Realtime Store non lue',
    userTitle: 'Impossible de charger les données de la réunion',
    description: 'Impossible de lire la valeur du Realtime Store.',
    userMessage: 'Certaines informations de la réunion ne se sont pas chargées. Réessayez.',
    causes: [
      'La demande de lecture envoyée par meeting.realtimeStore.getValue() a échoué sur le serveur ou sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez la clé demandée.',
      },
      {
        by: 'app',
        text: 'Rappelez getValue() une fois la connexion à la réunion stable et conservez en attendant la dernière valeur connue.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Échec de l’observation du Realtime Store',
    userTitle: 'Mises à jour en direct non démarrées',
    description: 'Impossible de commencer à observer la valeur du Realtime Store.',
    userMessage:
      'Certaines informations de la réunion risquent de ne pas se mettre à jour d’elles-mêmes. Rechargez la page pour les actualiser.',
    causes: [
      'La demande d’abonnement envoyée par meeting.realtimeStore.observe() a échoué sur le serveur ou sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez la clé que vous avez demandé d’observer.',
      },
      {
        by: 'app',
        text: 'Rappelez observe() une fois la connexion à la réunion stable et lisez en attendant la valeur actuelle avec getValue().',
      },
      {
        by: 'user',
        text: 'Rechargez la page si les informations ne sont plus à jour.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Certaines informations de la réunion risquent de ne pas se mettre à jour d’elles-mêmes. Quittez la réunion et rejoignez-la de nouveau pour les actualiser.',
        fixes: [
          {
            by: 'app',
            text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez la clé que vous avez demandé d’observer.',
          },
          {
            by: 'app',
            text: 'Rappelez observe() une fois la connexion à la réunion stable et lisez en attendant la valeur actuelle avec getValue().',
          },
          {
            by: 'user',
            text: 'Quittez la réunion et rejoignez-la de nouveau si les informations ne sont plus à jour.',
          },
        ],
      },
    },
  },
  'failed-to-set-value': {
    title: 'Valeur du Realtime Store non enregistrée',
    userTitle: 'Modification non enregistrée',
    description: 'Impossible de définir la valeur du Realtime Store.',
    userMessage: 'Votre modification n’a pas été enregistrée. Réessayez.',
    causes: [
      'La demande d’écriture envoyée par meeting.realtimeStore.setValue() a échoué sur le serveur ou sur le réseau.',
      'Les clés non valides, les valeurs non valides et les valeurs de plus de 1 Ko déclenchent d’autres codes avant l’envoi de la demande. Le serveur refuse aussi toute nouvelle clé dès que la réunion en contient 100. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Conservez la valeur précédente dans l’interface jusqu’à ce que setValue() réussisse et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Échec de l’arrêt de l’observation du Realtime Store',
    userTitle: 'Mises à jour en direct non arrêtées',
    description: 'Impossible d’arrêter l’observation de la valeur du Realtime Store.',
    userMessage:
      'Certaines informations de la réunion peuvent continuer à se mettre à jour. Aucune action n’est nécessaire.',
    causes: [
      'La demande de désabonnement envoyée par meeting.realtimeStore.stopObserving() a échoué sur le serveur ou sur le réseau.',
      'Dans js-sdk 1.1.1, stopObserving() ne lève pas ce code : il se contente de journaliser l’échec via le traceur du SDK et se termine normalement.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'stopObserving() ne signale pas cet échec à l’application. Pour le voir, augmentez le niveau de journalisation du SDK avec VideoSDK.setLogLevel() et consultez la console.',
      },
      {
        by: 'app',
        text: 'Ignorez les mises à jour des clés que l’application n’observe plus, afin qu’une mise à jour tardive soit sans conséquence.',
      },
    ],
  },
};
