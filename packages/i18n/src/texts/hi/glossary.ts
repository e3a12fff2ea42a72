import type { Glossary } from '../../glossary.js';

export const glossary: Glossary = {
  meeting: ['मीटिंग'],
  participant: ['प्रतिभागी', 'प्रतिभागियों'],
  host: ['होस्ट'],
  'screen-share': ['स्क्रीन शेयरिंग', 'स्क्रीन शेयर'],
  recording: ['रिकॉर्डिंग', 'रिकॉर्ड'],
  livestream: ['लाइवस्ट्रीम', 'लाइवस्ट्रीमिंग'],
  hls: ['प्रसारण'],
  transcription: ['ट्रांसक्रिप्शन', 'ट्रांसक्राइब'],
  translation: ['अनुवाद'],
  whiteboard: ['व्हाइटबोर्ड'],
  'api-key': ['API कुंजी', 'API कुंजियाँ', 'API कुंजियों'],
  token: ['टोकन'],
  'try-again': ['फिर से कोशिश करें', 'फिर से कोशिश'],
  browser: ['ब्राउज़र'],
  subscription: ['सब्सक्रिप्शन'],
  'realtime-store': ['रीयल-टाइम स्टोर'],
  'media-relay': ['मीडिया रिले'],
  retry: ['फिर से कोशिश', 'फिर से शुरू करने की कोशिश'],
  // लॉग after no कैट: कैटलॉग (catalog) is no log.
  log: ['/(?<!कैट)लॉग/', 'ट्रेस'],
};
