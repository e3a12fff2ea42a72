import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'ar',
  unknown: {
    title: 'خطأ غير معروف',
    userTitle: 'حدث خطأ ما',
    description:
      'أبلغت حزمة SDK عن رمز الخطأ {code}، وهو رمز لا يعرفه هذا الفهرس بعد. ربما أُضيف في إصدار أحدث من حزمة SDK.',
    userMessage:
      'حدث خطأ ما (الخطأ {code}). حاول مرة أخرى. وإذا تكرر ذلك، فتواصل مع {supportContact}.',
    causes: [
      'أبلغت حزمة SDK عن رمز لا يدرجه هذا الفهرس، لذا لا يستطيع الفهرس توضيح معناه.',
      'ربما يستخدم التطبيق إصدارًا من حزمة SDK أحدث مما يغطيه هذا الفهرس. تحقق من إصدار حزمة SDK ومن إصدار الفهرس.',
      'قد توضح الرسالة المرافقة للخطأ المزيد. راجعها في سجلات التطبيق.',
    ],
    fixes: [
      { by: 'user', text: 'حاول مرة أخرى. وإذا تكرر ذلك، فتواصل مع {supportContact}.' },
      {
        by: 'app',
        text: 'اقرأ الرسالة المرافقة للخطأ في سجلات التطبيق، ودوّن إصدار حزمة SDK الذي يستخدمه التطبيق.',
      },
      {
        by: 'app',
        text: 'حدّث هذا الفهرس إلى أحدث إصدار منه، فقد يتضمن هذا الرمز.',
      },
      {
        by: 'support',
        text: 'إذا ظل الرمز غير معروف، فتواصل مع دعم VideoSDK، وأرسل الرمز والرسالة وإصدار حزمة SDK.',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'المصادقة',
      account: 'الحساب',
      session: 'الاجتماع والانضمام',
      limit: 'الحدود',
      connection: 'الاتصال',
      'media-device': 'الكاميرا والميكروفون',
      screenshare: 'مشاركة الشاشة',
      stream: 'تدفقات الصوت والفيديو',
      'participant-control': 'التحكم في المشاركين',
      recording: 'التسجيل',
      livestream: 'البث المباشر (RTMP)‎',
      hls: 'إرسال HLS',
      transcription: 'النسخ النصي',
      translation: 'الترجمة الفورية',
      whiteboard: 'السبورة البيضاء',
      pubsub: 'المراسلة (PubSub)‎',
      'realtime-store': 'مخزن البيانات الفوري',
      'media-relay': 'ترحيل الوسائط',
      data: 'البيانات والملفات',
      usage: 'استخدام API',
    },
    severities: {
      fatal: 'فادح',
      error: 'خطأ',
      warning: 'تحذير',
    },
    sources: {
      client: 'العميل',
      server: 'الخادم',
    },
    features: {
      recording: 'التسجيل',
      livestream: 'البث المباشر (RTMP)‎',
      hls: 'إرسال HLS',
      transcription: 'النسخ النصي',
      'participant-recording': 'تسجيل المشارك',
      'track-recording': 'تسجيل المسار',
      'composite-recording': 'التسجيل المُركَّب',
      translation: 'الترجمة الفورية',
      whiteboard: 'السبورة البيضاء',
      pubsub: 'المراسلة (PubSub)‎',
      'realtime-store': 'مخزن البيانات الفوري',
      'media-relay': 'ترحيل الوسائط',
    },
    platforms: {
      web: 'الويب (JavaScript، React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'مطوّر التطبيق',
      user: 'المستخدم النهائي',
      dashboard: 'مالك الحساب (لوحة التحكم)',
      support: 'دعم VideoSDK',
    },
    supportTeam: 'فريق الدعم في هذا التطبيق',
  },
};
