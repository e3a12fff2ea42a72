import type { NormalizedError } from '@org/error-codes';
import * as web from '@org/error-codes/web';
import { type LocalizedEntry, loadMessages, localizeEntry } from '@org/error-codes-i18n';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** One SDK error read by the web table, the texts and `<ErrorMessage>`. */
export interface WebReading {
  readonly entry: web.ErrorEntry | undefined;
  readonly normalized: NormalizedError;
  readonly localized: LocalizedEntry;
  /** `<ErrorMessage error={…}>` inside the web provider, server-rendered. */
  readonly html: string;
}

export interface WebFaces {
  read(error: unknown): WebReading;
  /** React's markup for a fragment, to find a text in `html` as React escapes it. */
  markup(type: string, text: string): string;
}

/** The built web table, texts and React component, with the web texts in `locale`. */
export async function loadWebFaces(locale: string): Promise<WebFaces> {
  const messages = await loadMessages('web', locale);
  return {
    read(error) {
      const normalized = web.normalizeError(error);
      return {
        entry: web.findError((error as { code?: unknown } | null)?.code),
        normalized,
        localized: localizeEntry(normalized, messages),
        html: renderToStaticMarkup(
          createElement(
            ErrorCodesProvider,
            { platform: web, messages },
            createElement(ErrorMessage, { error }),
          ),
        ),
      };
    },
    markup: (type, text) => renderToStaticMarkup(createElement(type, null, text)),
  };
}
