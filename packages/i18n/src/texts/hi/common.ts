import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
  locale: 'hi',
  unknown: {
    title: 'अज्ञात त्रुटि',
    userTitle: 'कुछ गलत हो गया',
    description:
      'SDK ने त्रुटि कोड {code} रिपोर्ट किया, जिसे यह कैटलॉग अभी नहीं जानता। हो सकता है कि इसे SDK के किसी नए संस्करण में जोड़ा गया हो।',
    userMessage:
      'कुछ गलत हो गया (त्रुटि {code})। फिर से कोशिश करें। अगर ऐसा बार-बार होता है, तो {supportContact} से संपर्क करें।',
    causes: [
      'SDK ने ऐसा कोड रिपोर्ट किया जो इस कैटलॉग में नहीं है, इसलिए कैटलॉग यह नहीं बता सकता कि इसका क्या अर्थ है।',
      'हो सकता है कि ऐप SDK के ऐसे नए संस्करण का उपयोग करता हो जो इस कैटलॉग में शामिल नहीं है। SDK का संस्करण और कैटलॉग का संस्करण जाँचें।',
      'त्रुटि के साथ आए संदेश में ज़्यादा जानकारी हो सकती है। उसे ऐप के लॉग में देखें।',
    ],
    fixes: [
      {
        by: 'user',
        text: 'फिर से कोशिश करें। अगर ऐसा बार-बार होता है, तो {supportContact} से संपर्क करें।',
      },
      {
        by: 'app',
        text: 'ऐप के लॉग में त्रुटि के साथ आया संदेश पढ़ें, और नोट करें कि ऐप SDK का कौन-सा संस्करण उपयोग करता है।',
      },
      {
        by: 'app',
        text: 'इस कैटलॉग को उसके नवीनतम संस्करण में अपडेट करें, जिसमें यह कोड शामिल हो सकता है।',
      },
      {
        by: 'support',
        text: 'अगर कोड फिर भी अज्ञात है, तो कोड, संदेश और SDK संस्करण के साथ VideoSDK सहायता टीम से संपर्क करें।',
      },
    ],
  },
  labels: {
    categories: {
      auth: 'प्रमाणीकरण',
      account: 'खाता',
      session: 'मीटिंग और शामिल होना',
      limit: 'सीमाएँ',
      connection: 'कनेक्शन',
      'media-device': 'कैमरा और माइक्रोफ़ोन',
      screenshare: 'स्क्रीन शेयरिंग',
      stream: 'ऑडियो और वीडियो स्ट्रीम',
      'participant-control': 'प्रतिभागी नियंत्रण',
      recording: 'रिकॉर्डिंग',
      livestream: 'लाइवस्ट्रीम (RTMP)',
      hls: 'HLS प्रसारण',
      transcription: 'ट्रांसक्रिप्शन',
      translation: 'रीयल-टाइम अनुवाद',
      whiteboard: 'व्हाइटबोर्ड',
      pubsub: 'मैसेजिंग (PubSub)',
      'realtime-store': 'रीयल-टाइम स्टोर',
      'media-relay': 'मीडिया रिले',
      data: 'डेटा और फ़ाइलें',
      usage: 'API उपयोग',
    },
    severities: {
      fatal: 'घातक',
      error: 'त्रुटि',
      warning: 'चेतावनी',
    },
    sources: {
      client: 'क्लाइंट',
      server: 'सर्वर',
    },
    features: {
      recording: 'रिकॉर्डिंग',
      livestream: 'लाइवस्ट्रीम (RTMP)',
      hls: 'HLS प्रसारण',
      transcription: 'ट्रांसक्रिप्शन',
      'participant-recording': 'प्रतिभागी रिकॉर्डिंग',
      'track-recording': 'ट्रैक रिकॉर्डिंग',
      'composite-recording': 'कंपोज़िट रिकॉर्डिंग',
      translation: 'रीयल-टाइम अनुवाद',
      whiteboard: 'व्हाइटबोर्ड',
      pubsub: 'मैसेजिंग (PubSub)',
      'realtime-store': 'रीयल-टाइम स्टोर',
      'media-relay': 'मीडिया रिले',
    },
    platforms: {
      web: 'वेब (JavaScript, React)',
      'react-native': 'React Native',
      ios: 'iOS (Swift)',
      'flutter-1': 'Flutter 1.2.x',
      'flutter-3': 'Flutter 3.x',
    },
    actors: {
      app: 'ऐप डेवलपर',
      user: 'अंतिम उपयोगकर्ता',
      dashboard: 'खाते के मालिक (डैशबोर्ड)',
      support: 'VideoSDK सहायता टीम',
    },
    supportTeam: 'इस ऐप की सहायता टीम',
  },
};
