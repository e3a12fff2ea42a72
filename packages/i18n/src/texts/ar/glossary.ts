import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات'],
  participant: ['مشارك', 'المشارك', 'المشاركين', 'المشاركون'],
  host: ['مضيف', 'المضيف', 'للمضيف'],
  'screen-share': ['مشاركة الشاشة', 'مشاركة شاشتك', 'شارك الشاشة', 'شارك شاشتك', 'بمشاركة الشاشة'],
  recording: ['تسجيل', 'التسجيل', 'التسجيلات', 'يسجّل', 'سجّل', 'مسجّل'],
  livestream: ['البث المباشر', 'للبث المباشر', 'بالبث المباشر', 'بث مباشر'],
  // HLS broadcast: الإرسال (TV transmission), which shares no word with البث المباشر. Bare
  // إرسال also means "sending", so only the HLS-marked and viewer forms count.
  hls: ['إرسال HLS', 'إرسال للمشاهدين', 'HLS'],
  transcription: ['النسخ النصي', 'للنسخ النصي', 'بالنسخ النصي', 'نسخ نصي'],
  translation: ['الترجمة', 'ترجمة', 'للترجمة'],
  whiteboard: ['السبورة البيضاء', 'سبورة بيضاء', 'للسبورة البيضاء', 'السبورة'],
  'api-key': ['مفتاح API', 'مفاتيح API', 'لمفتاح API'],
  // Token: always the compound رمز الوصول ("access token"); bare رمز / الرمز is the error code.
  token: ['رمز الوصول', 'رموز الوصول', 'لرمز الوصول', 'برمز الوصول', 'رمز وصول', 'رموز وصول'],
  'try-again': ['حاول مرة أخرى', 'المحاولة مرة أخرى', 'يحاول مرة أخرى', 'تحاول مرة أخرى'],
  browser: ['متصفح', 'المتصفح', 'المتصفحات', 'متصفحات'],
};
