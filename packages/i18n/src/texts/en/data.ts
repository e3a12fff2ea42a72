import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: 'File fetch failed',
    userTitle: 'Couldn’t load the file',
    description: 'Unable to fetch the file. Try again.',
    userMessage: 'We couldn’t load the file. Check your internet connection, then try again.',
    causes: [
      'The HTTPS request that fetchBase64File() makes failed, or the server answered with an error status.',
      'The error message carries the HTTP status and the server’s text where one was returned.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
      {
        by: 'app',
        text: 'Check the HTTP status and the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check that the URL is one that uploadBase64File() returned, and that the token is valid and not expired.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'File upload failed',
    userTitle: 'Couldn’t upload the file',
    description: 'Unable to upload the file. Try again.',
    userMessage: 'We couldn’t upload the file. Check your internet connection, then try again.',
    causes: [
      'The HTTPS request that uploadBase64File() makes failed, the server answered with an error status, or the answer contained no file URL.',
      'The error message carries the HTTP status and the server’s text where one was returned.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
      {
        by: 'app',
        text: 'Check the HTTP status and the server’s reason in the error message.',
      },
      {
        by: 'app',
        text: 'Check that the token is valid and not expired, and that the file data and file name are correct.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Payload too large',
    userTitle: 'Too large to send',
    description: 'The payload exceeds the maximum allowed size.',
    userMessage: 'This is too large to send. Make it shorter, then try again.',
    causes: [
      'The data passed to meeting.send() is larger than 15 KiB, or a Realtime Store value is larger than 1 KB. The error message gives the size.',
      'The SDK rejects the method and doesn’t emit a meeting error.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Make the message shorter, then try again.',
      },
      {
        by: 'app',
        text: 'Check the size before you send, and split large data into smaller messages.',
      },
      {
        by: 'app',
        text: 'For files, upload them with uploadBase64File() and send only the returned URL.',
      },
    ],
  },
  'send-failed': {
    title: 'Sending data failed',
    userTitle: 'Message not sent',
    description: 'Unable to send the message. Try again.',
    userMessage: 'We couldn’t send your message. Try again.',
    causes: [
      'Sending data to the meeting with meeting.send() failed.',
      'The error message carries the reason.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Check your internet connection, then try again.',
      },
      {
        by: 'app',
        text: 'Check the reason in the error message, and use the RELIABLE mode for messages that must arrive.',
      },
    ],
  },
};
