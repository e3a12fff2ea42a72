import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
  'account-deactivated': {
    title: 'Compte désactivé',
    userTitle: 'Réunions indisponibles',
    description:
      'Le compte semble avoir été désactivé par VideoSDK. Contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'VideoSDK a désactivé le compte auquel appartient la clé API. Le message n’en donne pas la raison.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Connectez-vous au tableau de bord VideoSDK et vérifiez l’état du compte.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour savoir pourquoi le compte a été désactivé et comment le rétablir.',
      },
      {
        by: 'app',
        text: 'Tant que le compte n’est pas réactivé, affichez aux utilisateurs finaux un message clair et un contact pour obtenir de l’aide.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Compte résilié',
    userTitle: 'Réunions indisponibles',
    description:
      'Le compte a été résilié. Le serveur envoie un message spécifique avec les détails. Contactez l’assistance pour en savoir plus.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'Le compte auquel appartient la clé API a été résilié.',
      'Consultez la raison donnée par le serveur dans le message d’erreur : le serveur envoie les détails spécifiques avec cette erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Journalisez le message du serveur qui accompagne cette erreur, car il donne la raison précise.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez l’état et l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live avec le message du serveur pour en savoir plus.',
      },
    ],
  },
  'add-on-services-disabled': {
    title: 'Services complémentaires désactivés',
    userTitle: 'Fonctionnalité indisponible',
    description:
      'Les services complémentaires sont désactivés pour le compte. Contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette fonctionnalité n’est pas disponible dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'Les services complémentaires sont désactivés pour le compte auquel appartient la clé API, le serveur a donc refusé la fonctionnalité demandée.',
      'Le message ne nomme pas la fonctionnalité. Vérifiez quelle fonctionnalité l’application a demandée au moment où l’erreur est arrivée.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez les modules complémentaires et l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour activer les services complémentaires du compte.',
      },
      {
        by: 'app',
        text: 'Masquez ou désactivez la fonctionnalité dans l’application jusqu’à ce que les services complémentaires soient disponibles.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'Clé API désactivée',
    userTitle: 'Impossible de rejoindre pour le moment',
    description:
      'La clé API fournie dans le jeton est désactivée. Vérifiez-la dans le tableau de bord.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment, vous ne pouvez donc pas rejoindre la réunion. Contactez {supportContact}.',
    causes: [
      'Le jeton contient une clé API désactivée, le serveur ne laisse donc pas le participant entrer dans la réunion.',
      'Vérifiez l’état de la clé dans le tableau de bord VideoSDK pour savoir si elle y a été désactivée.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la clé API dans le tableau de bord VideoSDK, puis réactivez-la ou créez-en une nouvelle.',
      },
      {
        by: 'app',
        text: 'Faites en sorte que le serveur de jetons génère les jetons avec une clé API active et son secret.',
      },
      {
        by: 'user',
        text: 'Contactez {supportContact}.',
      },
    ],
  },
};
