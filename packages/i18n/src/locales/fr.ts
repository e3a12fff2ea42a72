import type { LocaleMessages } from '../types.js';

/** French. */
export const messages: LocaleMessages = {
  locale: 'fr',
  unknown: {
    title: 'Erreur inconnue',
    description:
      'Le SDK a signalé le code d’erreur {code}, que ce catalogue ne connaît pas encore. Une version plus récente du SDK l’a peut-être ajouté.',
    userMessage:
      'Un problème est survenu (erreur {code}). Veuillez réessayer. Si le problème persiste, contactez l’assistance.',
  },
  codes: {
    3001: {
      title: 'Piste vidéo personnalisée terminée',
      description:
        'La piste vidéo personnalisée fournie a été libérée et se trouve désormais à l’état terminé. Le SDK est revenu à la piste vidéo par défaut.',
      userMessage: 'Votre vidéo utilise de nouveau la caméra par défaut. Vous pouvez continuer.',
    },
    3002: {
      title: 'Piste audio personnalisée terminée',
      description:
        'La piste audio personnalisée fournie a été libérée et se trouve désormais à l’état terminé. Le SDK est revenu à la piste audio par défaut.',
      userMessage:
        'Votre audio utilise de nouveau le microphone par défaut. Vous pouvez continuer.',
    },
    3003: {
      title: 'Caméra déjà utilisée',
      description:
        'La caméra est utilisée par une autre application. Fermez tous les programmes qui utilisent la caméra, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, puis redémarrez le navigateur et réessayez.',
      userMessage:
        'Votre caméra est occupée par une autre application. Fermez les autres applications vidéo ou d’enregistrement, redémarrez votre navigateur et réessayez.',
    },
    3004: {
      title: 'Microphone déjà utilisé',
      description:
        'Le microphone est utilisé par une autre application. Fermez tous les programmes qui utilisent le microphone, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, puis redémarrez le navigateur et réessayez.',
      userMessage:
        'Votre microphone est occupé par une autre application. Fermez les autres applications d’appel ou d’enregistrement, redémarrez votre navigateur et réessayez.',
    },
    3005: {
      title: 'Caméra non disponible',
      description:
        'L’accès à la caméra n’est pas disponible. Vérifiez que l’appareil est compatible et que la page est servie via une connexion sécurisée (https://).',
      userMessage:
        'Impossible d’accéder à votre caméra. Vérifiez que votre appareil dispose d’une caméra qui fonctionne et que l’adresse de la page commence par https://.',
    },
    3006: {
      title: 'Microphone non disponible',
      description:
        'L’accès au microphone n’est pas disponible. Vérifiez que l’appareil est compatible et que la page est servie via une connexion sécurisée (https://).',
      userMessage:
        'Impossible d’accéder à votre microphone. Vérifiez que votre appareil dispose d’un microphone qui fonctionne et que l’adresse de la page commence par https://.',
    },
    3007: {
      title: 'Accès à la caméra refusé',
      description:
        'L’accès à la caméra a été refusé ou ignoré. Pour continuer, autorisez l’accès manuellement dans les paramètres de l’appareil ou du navigateur.',
      userMessage:
        'L’accès à la caméra est désactivé. Autorisez la caméra dans les paramètres de votre navigateur ou de votre appareil.',
    },
    3008: {
      title: 'Accès au microphone refusé',
      description:
        'L’accès au microphone a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres de l’appareil ou du navigateur.',
      userMessage:
        'L’accès au microphone est désactivé. Autorisez le microphone dans les paramètres de votre navigateur ou de votre appareil.',
    },
    3009: {
      title: 'Caméra bloquée par le système',
      description:
        'Les paramètres du système d’exploitation refusent l’autorisation d’accès à la caméra. Vérifiez les paramètres système et accordez l’autorisation à ce navigateur.',
      userMessage:
        'Les paramètres de votre ordinateur bloquent la caméra. Ouvrez les paramètres de confidentialité du système et autorisez ce navigateur à l’utiliser.',
    },
    3010: {
      title: 'Microphone bloqué par le système',
      description:
        'Les paramètres du système d’exploitation refusent l’autorisation d’accès au microphone. Vérifiez les paramètres système et accordez l’autorisation à ce navigateur.',
      userMessage:
        'Les paramètres de votre ordinateur bloquent le microphone. Ouvrez les paramètres de confidentialité du système et autorisez ce navigateur à l’utiliser.',
    },
    3011: {
      title: 'Impossible de démarrer la caméra',
      description: 'Un problème est survenu et la caméra n’a pas pu être activée. Réessayez.',
      userMessage: 'Votre caméra n’a pas démarré. Veuillez réessayer.',
    },
    3012: {
      title: 'Impossible de démarrer le microphone',
      description: 'Un problème est survenu et le microphone n’a pas pu être activé. Réessayez.',
      userMessage: 'Votre microphone n’a pas démarré. Veuillez réessayer.',
    },
    3013: {
      title: 'Impossible de démarrer le partage d’écran',
      description:
        'Un problème est survenu et le partage d’écran n’a pas pu être activé. Réessayez.',
      userMessage: 'Le partage d’écran n’a pas démarré. Veuillez réessayer.',
    },
    3014: {
      title: 'Autorisation de partage d’écran refusée',
      description:
        'L’autorisation de partager l’écran a été refusée. Réessayez et accordez les autorisations nécessaires pour activer le partage d’écran.',
      userMessage:
        'Le partage d’écran nécessite votre autorisation. Réessayez et acceptez lorsque la demande s’affiche.',
    },
    3015: {
      title: 'Partage d’écran non pris en charge',
      description:
        'Le partage d’écran n’est pas pris en charge : aucun flux de partage d’écran n’a pu être créé. Vérifiez que l’appareil et le navigateur sont compatibles.',
      userMessage:
        'Le partage d’écran n’est pas disponible sur cet appareil ou ce navigateur. Essayez un autre navigateur ou un autre appareil.',
    },
    3016: {
      title: 'Échec du service de premier plan',
      description:
        'Une erreur s’est produite lors du démarrage du service de premier plan, si bien que le partage d’écran n’a pas pu être activé. Réessayez.',
      userMessage: 'Le partage d’écran n’a pas pu démarrer sur cet appareil. Veuillez réessayer.',
    },
    3017: {
      title: 'Piste vidéo non créée',
      description: 'Une erreur s’est produite lors de la création de la piste vidéo. Réessayez.',
      userMessage: 'Votre vidéo n’a pas pu démarrer. Veuillez réessayer.',
    },
    3018: {
      title: 'Piste audio non créée',
      description: 'Une erreur s’est produite lors de la création de la piste audio. Réessayez.',
      userMessage: 'Votre audio n’a pas pu démarrer. Veuillez réessayer.',
    },
    3019: {
      title: 'Caméra non compatible',
      description:
        'La caméra ne peut pas produire de vidéo : aucun flux vidéo n’a pu être créé. Vérifiez que l’appareil est compatible.',
      userMessage:
        'Votre caméra n’envoie pas d’image. Essayez une autre caméra ou un autre appareil.',
    },
    3020: {
      title: 'Microphone non compatible',
      description:
        'Le microphone ne peut pas produire d’audio : aucun flux audio n’a pu être créé. Vérifiez que l’appareil est compatible.',
      userMessage:
        'Votre microphone n’envoie pas de son. Essayez un autre microphone ou un autre appareil.',
    },
    3021: {
      title: 'Impossible de changer de mode',
      description:
        'Un problème est survenu et le mode de la réunion n’a pas pu être modifié. Réessayez.',
      userMessage: 'Nous n’avons pas pu changer le mode de votre réunion. Veuillez réessayer.',
    },
    3022: {
      title: 'Action avant d’avoir rejoint la réunion',
      description:
        'La salle était encore en cours de connexion lorsqu’une action a été tentée, et cette action a échoué. Réessayez après avoir rejoint la réunion.',
      userMessage:
        'Vous n’êtes pas encore dans la réunion. Attendez de l’avoir rejointe, puis réessayez.',
    },
    3023: {
      title: 'Impossible de rejoindre la réunion',
      description:
        'Un problème est survenu et il n’a pas été possible de rejoindre la réunion. Réessayez.',
      userMessage: 'Nous n’avons pas pu vous faire entrer dans la réunion. Veuillez réessayer.',
    },
    4001: {
      title: 'Clé API non valide',
      description:
        'La clé API fournie dans le jeton est vide ou non valide. Vérifiez-la dans le tableau de bord.',
      userMessage:
        'Cette application de réunion n’est pas configurée correctement, vous ne pouvez donc pas participer pour le moment. Veuillez contacter l’équipe d’assistance de l’application.',
    },
    4002: {
      title: 'Jeton non valide',
      description: 'Le jeton est vide ou non valide, ou il a peut-être expiré.',
      userMessage:
        'Votre session a expiré ou n’est pas valide. Rechargez la page ou reconnectez-vous.',
    },
    4003: {
      title: 'ID de réunion non valide',
      description:
        'L’ID de réunion est vide ou non valide. Vérifiez-le ou générez un nouvel ID de réunion à l’aide de l’API.',
      userMessage:
        'Ce lien de réunion ne fonctionne pas. Vérifiez le lien ou demandez-en un nouveau à l’organisateur.',
    },
    4004: {
      title: 'ID de participant non valide',
      description: 'L’ID de participant est vide ou non valide. Il ne doit contenir aucun espace.',
      userMessage:
        'Nous n’avons pas pu vous identifier pour cette réunion. Rechargez la page et rejoignez-la à nouveau.',
    },
    4005: {
      title: 'Connexion depuis un autre appareil',
      description:
        'Départ de la réunion, car le même ID de participant a rejoint la réunion depuis un autre appareil.',
      userMessage:
        'Vous avez rejoint cette réunion depuis un autre appareil ou un autre onglet, vous l’avez donc quittée ici.',
    },
    4006: {
      title: 'Compte désactivé',
      description: 'Le compte semble avoir été désactivé par VideoSDK. Contactez {supportContact}.',
      userMessage:
        'Les réunions ne sont pas disponibles pour ce service actuellement. Veuillez contacter {supportContact}.',
    },
    4007: {
      title: 'Compte résilié',
      description: 'Le compte a été résilié. Le serveur répond avec un message spécifique.',
      userMessage:
        'Les réunions ne sont pas disponibles pour ce service actuellement. Veuillez contacter l’assistance.',
    },
    4008: {
      title: 'Autorisations non valides',
      description:
        'Les autorisations fournies dans le jeton ne sont pas valides. Ne combinez pas allow_join ou allow_mod avec ask_join.',
      userMessage:
        'Cette application de réunion n’est pas configurée correctement, vous ne pouvez donc pas participer pour le moment. Veuillez contacter l’équipe d’assistance de l’application.',
    },
    4009: {
      title: 'Réunion complète',
      description:
        'La réunion a atteint son nombre maximal de participants. Pour augmenter la limite, contactez {supportContact}.',
      userMessage:
        'Cette réunion est complète. Réessayez plus tard ou demandez de l’aide à l’organisateur.',
    },
    4010: {
      title: 'Limite d’intervenants atteinte',
      description:
        'La réunion a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez {supportContact}.',
      userMessage:
        'Cette réunion a atteint le nombre maximal d’intervenants. Réessayez plus tard ou demandez de l’aide à l’organisateur.',
    },
    4011: {
      title: 'L’enregistrement n’a pas démarré',
      description:
        'La demande de démarrage de l’enregistrement a échoué en raison d’une erreur inconnue.',
      userMessage: 'L’enregistrement n’a pas démarré. Veuillez réessayer.',
    },
    4012: {
      title: 'L’enregistrement ne s’est pas arrêté',
      description:
        'La demande d’arrêt de l’enregistrement a échoué en raison d’une erreur inconnue.',
      userMessage: 'L’enregistrement ne s’est pas arrêté. Veuillez réessayer.',
    },
    4013: {
      title: 'La diffusion en direct n’a pas démarré',
      description:
        'La demande de démarrage de la diffusion en direct a échoué en raison d’une erreur inconnue.',
      userMessage: 'La diffusion en direct n’a pas démarré. Veuillez réessayer.',
    },
    4014: {
      title: 'La diffusion en direct ne s’est pas arrêtée',
      description:
        'La demande d’arrêt de la diffusion en direct a échoué en raison d’une erreur inconnue.',
      userMessage: 'La diffusion en direct ne s’est pas arrêtée. Veuillez réessayer.',
    },
    4015: {
      title: 'Paramètres de diffusion en direct non valides',
      description:
        'La configuration des sorties (outputs) fournie pour la diffusion en direct n’est pas valide.',
      userMessage:
        'Les paramètres de la diffusion en direct ne sont pas valides. Vérifiez l’adresse et la clé du flux, puis réessayez.',
    },
    4016: {
      title: 'Le flux HLS n’a pas démarré',
      description: 'La demande de démarrage du flux HLS a échoué en raison d’une erreur inconnue.',
      userMessage: 'La retransmission n’a pas démarré. Veuillez réessayer.',
    },
    4017: {
      title: 'Le flux HLS ne s’est pas arrêté',
      description: 'La demande d’arrêt du flux HLS a échoué en raison d’une erreur inconnue.',
      userMessage: 'La retransmission ne s’est pas arrêtée. Veuillez réessayer.',
    },
    4018: {
      title: 'Enregistrement précédent en cours de traitement',
      description:
        'La session d’enregistrement précédente est toujours en cours de traitement. Réessayez dans quelques secondes.',
      userMessage:
        'Le dernier enregistrement est encore en cours de sauvegarde. Réessayez dans quelques secondes.',
    },
    4019: {
      title: 'Diffusion en direct précédente en cours de traitement',
      description:
        'La session précédente de diffusion en direct RTMP est toujours en cours de traitement. Réessayez dans quelques secondes.',
      userMessage:
        'La dernière diffusion en direct est encore en cours de finalisation. Réessayez dans quelques secondes.',
    },
    4020: {
      title: 'Flux HLS précédent en cours de traitement',
      description:
        'La session de streaming HLS précédente est toujours en cours de traitement. Réessayez dans quelques secondes.',
      userMessage:
        'La dernière retransmission est encore en cours de finalisation. Réessayez dans quelques secondes.',
    },
    4021: {
      title: 'Services complémentaires désactivés',
      description:
        'Les services complémentaires sont désactivés pour le compte. Contactez {supportContact}.',
      userMessage:
        'Cette fonctionnalité n’est pas disponible pour ce service. Veuillez contacter {supportContact}.',
    },
    4022: {
      title: 'Jeton non valide pour cette réunion',
      description: 'Le jeton n’est pas valide pour l’ID de réunion fourni.',
      userMessage:
        'Votre accès ne couvre pas cette réunion. Vérifiez le lien ou demandez une nouvelle invitation à l’organisateur.',
    },
    4023: {
      title: 'Jeton non valide pour ce participant',
      description: 'Le jeton n’est pas valide pour l’ID de participant fourni.',
      userMessage:
        'Votre accès ne correspond pas à votre identité dans cette réunion. Rechargez la page et rejoignez-la à nouveau.',
    },
    4024: {
      title: 'Rôle non autorisé',
      description: 'Le rôle fourni dans le jeton n’est pas valide pour rejoindre la réunion.',
      userMessage:
        'Votre rôle ne vous permet pas de rejoindre cette réunion. Demandez l’accès à l’organisateur.',
    },
    4025: {
      title: 'Requête non autorisée',
      description: 'La requête ne correspond pas à la configuration de sécurité.',
      userMessage:
        'Cette demande n’est pas autorisée par les paramètres de sécurité de la réunion. Contactez l’équipe d’assistance de l’application.',
    },
    4026: {
      title: 'Limite d’intervenants de l’organisation atteinte',
      description:
        'L’organisation a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez {supportContact}.',
      userMessage: 'Il y a trop d’intervenants pour le moment. Réessayez plus tard.',
    },
    4027: {
      title: 'Limite de spectateurs de l’organisation atteinte',
      description:
        'L’organisation a atteint son nombre maximal de spectateurs. Pour augmenter la limite, contactez {supportContact}.',
      userMessage: 'Il y a trop de spectateurs pour le moment. Réessayez plus tard.',
    },
    4028: {
      title: 'Limite d’enregistrements de l’organisation atteinte',
      description:
        'L’organisation a atteint son nombre maximal d’enregistrements. Pour augmenter la limite, contactez {supportContact}.',
      userMessage:
        'L’enregistrement n’est pas disponible pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    },
    4029: {
      title: 'Limite HLS de l’organisation atteinte',
      description:
        'L’organisation a atteint son nombre maximal de flux HLS. Pour augmenter la limite, contactez {supportContact}.',
      userMessage:
        'La retransmission n’est pas disponible pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    },
    4030: {
      title: 'Limite de diffusions en direct de l’organisation atteinte',
      description:
        'L’organisation a atteint son nombre maximal de diffusions en direct. Pour augmenter la limite, contactez {supportContact}.',
      userMessage:
        'La diffusion en direct n’est pas disponible pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    },
    4031: {
      title: 'La transcription n’a pas démarré',
      description:
        'La demande de démarrage de la transcription a échoué en raison d’une erreur inconnue.',
      userMessage: 'La transcription n’a pas démarré. Veuillez réessayer.',
    },
    4032: {
      title: 'La transcription ne s’est pas arrêtée',
      description:
        'La demande d’arrêt de la transcription a échoué en raison d’une erreur inconnue.',
      userMessage: 'La transcription ne s’est pas arrêtée. Veuillez réessayer.',
    },
    4035: {
      title: 'L’enregistrement du participant n’a pas démarré',
      description:
        'La demande de démarrage de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
      userMessage: 'L’enregistrement de ce participant n’a pas démarré. Veuillez réessayer.',
    },
    4036: {
      title: 'L’enregistrement du participant ne s’est pas arrêté',
      description:
        'La demande d’arrêt de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
      userMessage: 'L’enregistrement de ce participant ne s’est pas arrêté. Veuillez réessayer.',
    },
    4037: {
      title: 'L’enregistrement de pistes n’a pas démarré',
      description:
        'La demande de démarrage de l’enregistrement de pistes a échoué en raison d’une erreur inconnue.',
      userMessage:
        'L’enregistrement de cette piste audio ou vidéo n’a pas démarré. Veuillez réessayer.',
    },
    4038: {
      title: 'L’enregistrement de pistes ne s’est pas arrêté',
      description:
        'La demande d’arrêt de l’enregistrement de pistes a échoué en raison d’une erreur inconnue.',
      userMessage:
        'L’enregistrement de cette piste audio ou vidéo ne s’est pas arrêté. Veuillez réessayer.',
    },
    5001: {
      title: 'Enregistrement arrêté',
      description: 'L’enregistrement s’est arrêté en raison d’une erreur inconnue.',
      userMessage: 'L’enregistrement s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    },
    5002: {
      title: 'Diffusion en direct arrêtée',
      description: 'La diffusion en direct s’est arrêtée en raison d’une erreur inconnue.',
      userMessage:
        'La diffusion en direct s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    },
    5003: {
      title: 'Flux HLS arrêté',
      description: 'Le flux HLS s’est arrêté en raison d’une erreur inconnue.',
      userMessage:
        'La retransmission s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    },
    5004: {
      title: 'Durée maximale d’enregistrement atteinte',
      description:
        'Le système a arrêté automatiquement l’enregistrement, car il a atteint la durée maximale de 2 heures pour un seul enregistrement.',
      userMessage:
        'L’enregistrement s’est arrêté au bout de 2 heures, la durée maximale d’un enregistrement. Lancez-en un nouveau pour continuer à enregistrer.',
    },
    5005: {
      title: 'Durée maximale de diffusion en direct atteinte',
      description:
        'Le système a arrêté automatiquement la diffusion en direct, car elle a atteint la durée maximale de 2 heures pour un seul flux RTMP.',
      userMessage:
        'La diffusion en direct s’est arrêtée au bout de 2 heures, la durée maximale d’un flux. Lancez-en une nouvelle pour continuer à diffuser.',
    },
    5006: {
      title: 'Durée maximale HLS atteinte',
      description:
        'Le système a arrêté automatiquement le flux HLS, car il a atteint la durée maximale de 2 heures pour un seul flux HLS.',
      userMessage:
        'La retransmission s’est arrêtée au bout de 2 heures, sa durée maximale. Lancez-en une nouvelle pour continuer à retransmettre.',
    },
    5007: {
      title: 'Transcription arrêtée',
      description: 'La transcription s’est arrêtée en raison d’une erreur inconnue.',
      userMessage: 'La transcription s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    },
    5012: {
      title: 'Enregistrement du participant arrêté',
      description: 'L’enregistrement du participant s’est arrêté en raison d’une erreur inconnue.',
      userMessage:
        'L’enregistrement de ce participant s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    },
    5013: {
      title: 'Enregistrement de pistes arrêté',
      description: 'L’enregistrement de pistes s’est arrêté en raison d’une erreur inconnue.',
      userMessage:
        'L’enregistrement de cette piste audio ou vidéo s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    },
  },
};
