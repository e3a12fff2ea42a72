import type { ErrorEntry } from '@org/error-codes';
import type { SiteLocale } from './site.js';
import { apiUrl } from './site.js';

/** One copyable example on a code page. */
export interface Snippet {
  readonly id: string;
  readonly label: string;
  readonly language: 'ts' | 'tsx' | 'sh';
  readonly code: string;
}

/**
 * The examples of a code page, written against the packages' public APIs with the
 * entry's own name, so a renamed or added code updates every page by itself.
 * `level` is the logger's level for this code (from `@org/error-codes-logger`).
 */
export function snippetsFor(entry: ErrorEntry, locale: SiteLocale, level: string): Snippet[] {
  const constant = `ErrorCodes.${entry.name}`;
  const localeModule = `@org/error-codes-i18n/locales/${locale}`;
  return [
    {
      id: 'typescript',
      label: 'TypeScript',
      language: 'ts',
      code: `import { ErrorCodes, normalizeError } from '@org/error-codes';

meeting.on('error', (event) => {
  const error = normalizeError(event);
  if (error.code === ${constant}) {
    // ${entry.code}: severity '${entry.severity}', retryable: ${entry.retryable}
  }
});`,
    },
    {
      id: 'react',
      label: 'React',
      language: 'tsx',
      code: `import { ErrorCodes } from '@org/error-codes';
import { messages } from '${localeModule}';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';

export function MeetingErrorNotice() {
  return (
    <ErrorCodesProvider locale="${locale}" messages={messages}>
      <ErrorMessage error={{ code: ${constant} }} />
    </ErrorCodesProvider>
  );
}`,
    },
    {
      id: 'logger',
      label: 'Logger (pino)',
      language: 'ts',
      code: `import pino from 'pino';
import { logError, pinoOptions } from '@org/error-codes-logger/pino';

const logger = pino({ ...pinoOptions(), level: 'info' });

meeting.on('error', (event) => logError(logger, event, { meetingId }));
// ${entry.code} is logged at level '${level}' with error.type '${entry.name}'`,
    },
    {
      id: 'curl',
      label: 'curl',
      language: 'sh',
      code: `curl -s '${apiUrl}/v1/errors/${entry.code}?locale=${locale}'`,
    },
  ];
}
