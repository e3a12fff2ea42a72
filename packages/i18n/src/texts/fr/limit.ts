import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'Durée maximale de la retransmission HLS atteinte',
    userTitle: 'Durée maximale de la retransmission atteinte',
    description:
      'Le système a arrêté automatiquement la retransmission HLS, car elle a atteint la durée maximale de 2 heures pour une seule retransmission HLS.',
    userMessage:
      'La retransmission pour les spectateurs s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue et vous pouvez lancer une nouvelle retransmission.',
    causes: [
      'Une retransmission HLS peut durer au maximum 2 heures. Le serveur a arrêté celle-ci lorsqu’elle a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer une nouvelle retransmission HLS.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longs événements sous forme de plusieurs retransmissions HLS de 2 heures au maximum chacune.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La retransmission pour les spectateurs s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue et l’organisateur peut lancer une nouvelle retransmission.',
      },
      viewer: {
        userMessage:
          'La retransmission s’est arrêtée, car elle a atteint sa limite de 2 heures. L’organisateur peut en lancer une nouvelle. Aucune action n’est nécessaire.',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Durée maximale de la diffusion en direct atteinte',
    userTitle: 'Durée maximale de la diffusion en direct atteinte',
    description:
      'Le système a arrêté automatiquement la diffusion en direct, car elle a atteint la durée maximale de 2 heures pour une seule diffusion en direct RTMP.',
    userMessage:
      'La diffusion en direct s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue et vous pouvez lancer une nouvelle diffusion en direct.',
    causes: [
      'Une diffusion en direct RTMP peut durer au maximum 2 heures. Le serveur a arrêté celle-ci lorsqu’elle a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer une nouvelle diffusion en direct.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longs événements sous forme de plusieurs diffusions en direct de 2 heures au maximum chacune.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La diffusion en direct s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue et l’organisateur peut lancer une nouvelle diffusion en direct.',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limite de retransmissions HLS de l’organisation atteinte',
    userTitle: 'Retransmission indisponible',
    description:
      'L’organisation a atteint son nombre maximal de retransmissions HLS. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'La retransmission pour les spectateurs ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal de retransmissions HLS autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de retransmissions HLS de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les retransmissions HLS qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Limite de diffusions en direct de l’organisation atteinte',
    userTitle: 'Diffusion en direct indisponible',
    description:
      'L’organisation a atteint son nombre maximal de diffusions en direct. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'La diffusion en direct ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal de diffusions en direct autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de diffusions en direct de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les diffusions en direct qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Réunion complète',
    userTitle: 'Réunion complète',
    description:
      'La réunion a atteint son nombre maximal de participants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette réunion est complète, vous ne pouvez donc pas la rejoindre pour le moment. Réessayez plus tard ou demandez de l’aide à l’organisateur.',
    causes: ['Le nombre de participants à la réunion a atteint la limite du compte.'],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez plus tard ou demandez de l’aide à l’organisateur.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la réunion est complète et proposez de réessayer plus tard.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de participants de l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Limite d’enregistrements de l’organisation atteinte',
    userTitle: 'Enregistrement indisponible',
    description:
      'L’organisation a atteint son nombre maximal d’enregistrements. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'L’enregistrement ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal d’enregistrements autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’enregistrements de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les enregistrements qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Limite RECV_ONLY de l’organisation atteinte',
    userTitle: 'Limite de spectateurs atteinte',
    description:
      'L’organisation a atteint le nombre maximal de participants qui rejoignent en mode RECV_ONLY. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Vous ne pouvez pas rejoindre la réunion pour le moment, car la limite de spectateurs a été atteinte. Réessayez plus tard.',
    causes: [
      'Un participant a tenté de rejoindre une réunion en mode RECV_ONLY alors que l’organisation avait atteint sa limite de participants RECV_ONLY, le participant n’a donc pas pu entrer.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Pour relever la limite RECV_ONLY de l’organisation, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la limite est atteinte et ne réessayez pas automatiquement.',
      },
      { by: 'user', text: 'Réessayez plus tard.' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Limite d’intervenants de l’organisation atteinte',
    userTitle: 'Trop d’intervenants',
    description:
      'L’organisation a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Vous ne pouvez pas rejoindre la réunion pour le moment, car la limite d’intervenants a été atteinte. Réessayez plus tard.',
    causes: [
      'Sur l’ensemble de l’organisation, le nombre de participants ayant rejoint une réunion en tant qu’intervenants a atteint la limite du compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’intervenants de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Faites rejoindre en tant que spectateurs, et non en tant qu’intervenants, les participants qui ne font que regarder.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Limite d’intervenants de la réunion atteinte',
    userTitle: 'Limite d’intervenants atteinte',
    description:
      'La réunion a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette réunion a atteint sa limite d’intervenants, vous ne pouvez donc pas la rejoindre pour le moment. Réessayez plus tard ou demandez de l’aide à l’organisateur.',
    causes: ['Le nombre d’intervenants dans la réunion a atteint la limite du compte.'],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez plus tard ou demandez de l’aide à l’organisateur.',
      },
      {
        by: 'app',
        text: 'Faites rejoindre en tant que spectateurs, et non en tant qu’intervenants, les participants qui ne font que regarder.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’intervenants de l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Limite de spectateurs de l’organisation atteinte',
    userTitle: 'Trop de spectateurs',
    description:
      'L’organisation a atteint son nombre maximal de spectateurs, c’est-à-dire de participants qui rejoignent en mode VIEWER ou SIGNALLING_ONLY (le message du serveur l’écrit SIGNALING_ONLY, VIEWER étant le nom du mode avant la version 0.1.4). Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Vous ne pouvez pas rejoindre la réunion pour le moment, car la limite de spectateurs a été atteinte. Réessayez plus tard.',
    causes: [
      'Sur l’ensemble de l’organisation, le nombre de participants ayant rejoint une réunion en mode VIEWER ou SIGNALLING_ONLY a atteint la limite du compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de spectateurs de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la réunion ne peut pas accueillir plus de spectateurs pour le moment et proposez de réessayer plus tard.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Durée maximale d’enregistrement atteinte',
    userTitle: 'Durée maximale d’enregistrement atteinte',
    description:
      'Le système a arrêté automatiquement l’enregistrement, car il a atteint la durée maximale de 2 heures pour un seul enregistrement.',
    userMessage:
      'L’enregistrement s’est arrêté, car il a atteint sa limite de 2 heures. La réunion continue et vous pouvez lancer un nouvel enregistrement.',
    causes: [
      'Un enregistrement peut durer au maximum 2 heures. Le serveur a arrêté celui-ci lorsqu’il a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer un nouvel enregistrement.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longues réunions sous forme de plusieurs enregistrements de 2 heures au maximum chacun.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'L’enregistrement s’est arrêté, car il a atteint sa limite de 2 heures. La réunion continue et l’organisateur peut lancer un nouvel enregistrement.',
      },
    },
  },
};
