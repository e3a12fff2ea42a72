import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'recording'> = {
  'participant-recording-failed': {
    title: 'Échec de l’enregistrement du participant',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement du participant s’est arrêté en raison d’une erreur inconnue.',
    userMessage:
      'L’enregistrement d’un participant s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'Un enregistrement de participant (l’enregistrement séparé d’un seul participant) s’est arrêté sur les serveurs de VideoSDK après avoir démarré.',
      'Le serveur n’indique pas la raison de l’arrêt. La demande elle-même n’a pas été rejetée, un nouveau démarrage peut donc réussir.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Relancez l’enregistrement.',
      },
      {
        by: 'app',
        text: 'Informez les personnes présentes dans la réunion que l’enregistrement s’est arrêté et proposez de relancer l’enregistrement du participant.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’ID du participant et l’heure de l’échec.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'L’enregistrement d’un participant s’est arrêté de manière inattendue. L’organisateur peut le relancer.',
        userSteps: ['Demandez à l’organisateur de relancer l’enregistrement.'],
      },
    },
  },
  'prev-recording-processing': {
    title: 'Enregistrement précédent en cours de traitement',
    userTitle: 'Enregistrement en cours de sauvegarde',
    description:
      'L’enregistrement précédent est toujours en cours de traitement. Réessayez dans quelques secondes.',
    userMessage:
      'Le dernier enregistrement est encore en cours de sauvegarde. Réessayez dans quelques secondes.',
    causes: [
      'Un nouvel enregistrement a été demandé alors que le serveur traitait encore le précédent.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Relancez automatiquement le démarrage après quelques secondes, en limitant le nombre de tentatives.',
      },
    ],
  },
  'recording-failed': {
    title: 'Enregistrement arrêté',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement s’est arrêté en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'L’enregistrement a échoué sur le serveur, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Proposez de relancer l’enregistrement.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de ses enregistrements dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'L’enregistrement s’est arrêté de manière inattendue. L’organisateur peut le relancer.',
      },
    },
  },
  'start-composite-recording-failed': {
    title: 'L’enregistrement composite n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement composite a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement composite, et le commentaire de documentation du SDK ne nomme aucune raison.',
      'js-sdk 1.1.1 ne déclenche pas ce code lui-même. Il transmet ce que le serveur signale : consultez donc la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Proposez de réessayer et n’affichez l’enregistrement comme actif qu’une fois que le serveur a confirmé son démarrage.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'L’enregistrement du participant n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de ce participant n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement du participant, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez que le participant est toujours dans la réunion, proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'L’enregistrement n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'L’enregistrement de piste n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement de la piste a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de cet audio ou de cette vidéo n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement de la piste audio ou vidéo, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la piste est toujours envoyée, proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'L’enregistrement composite ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement composite a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement composite, et le commentaire de documentation du SDK ne nomme aucune raison.',
      'js-sdk 1.1.1 ne déclenche pas ce code lui-même. Il transmet ce que le serveur signale : consultez donc la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher l’enregistrement comme actif jusqu’à ce que le serveur confirme son arrêt et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'L’enregistrement du participant ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de ce participant ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement du participant, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si l’enregistrement du participant est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'L’enregistrement ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description: 'La demande d’arrêt de l’enregistrement a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si l’enregistrement est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'L’enregistrement de piste ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement de la piste a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de cet audio ou de cette vidéo ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement de la piste audio ou vidéo, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si l’enregistrement de piste est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Échec de l’enregistrement de piste',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement de piste s’est arrêté en raison d’une erreur inconnue.',
    userMessage:
      'L’enregistrement de l’audio ou de la vidéo d’un participant s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'Un enregistrement de piste (l’enregistrement d’une seule piste audio ou vidéo d’un participant) s’est arrêté sur les serveurs de VideoSDK après avoir démarré.',
      'Le serveur n’indique pas la raison de l’arrêt. La demande elle-même n’a pas été rejetée, un nouveau démarrage peut donc réussir.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Relancez l’enregistrement.',
      },
      {
        by: 'app',
        text: 'Informez les personnes présentes dans la réunion que l’enregistrement s’est arrêté et proposez de relancer l’enregistrement de piste.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’ID du participant, le type de piste et l’heure de l’échec.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'L’enregistrement de l’audio ou de la vidéo d’un participant s’est arrêté de manière inattendue. L’organisateur peut le relancer.',
        userSteps: ['Demandez à l’organisateur de relancer l’enregistrement.'],
      },
    },
  },
};
