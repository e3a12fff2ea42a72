import * as flutter from '@org/error-codes/flutter';
import type { LocalizedEntry, MessageSource } from '@org/error-codes-i18n';
import { flutterTexts } from '@org/error-codes-i18n/flutter';
import { messages as en } from '@org/error-codes-i18n/locales/flutter/en';
import { webUserTexts } from '@org/error-codes-i18n/web/user';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ErrorCodesProvider,
  type ErrorCodesProviderProps,
  ErrorMessage,
  type ErrorQueue,
  type QueuedError,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
} from './index.js';

describe('public types', () => {
  it('useErrorMessage takes anything and gives the one localized read model', () => {
    expectTypeOf(useErrorMessage).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(useErrorMessage).returns.toEqualTypeOf<LocalizedEntry>();
    expectTypeOf<LocalizedEntry['dir']>().toEqualTypeOf<'ltr' | 'rtl'>();
  });

  it('the provider takes a locale or a list, optional messages and values', () => {
    expectTypeOf<ErrorCodesProviderProps['locale']>().toEqualTypeOf<
      string | readonly string[] | undefined
    >();
    <ErrorCodesProvider
      platform={flutter}
      locale={['de-AT', 'en']}
      messages={en}
      values={{ supportContact: 'x' }}
    />;
    <ErrorCodesProvider platform={flutter} texts={flutterTexts} locale="ja" />;
    expectTypeOf(webUserTexts).toEqualTypeOf<MessageSource<'web'>>();
    // @ts-expect-error texts to load, or preloaded messages: without either there is nothing to show
    <ErrorCodesProvider platform={flutter} locale="ja" />;
    // @ts-expect-error texts are a platform entry, not a name
    <ErrorCodesProvider platform={flutter} texts="flutter" />;
    // @ts-expect-error the platform is required: one number means different things on each
    <ErrorCodesProvider locale="de" />;
    // @ts-expect-error the platform is a platform module, not a name
    <ErrorCodesProvider platform="web" />;
    // @ts-expect-error values are strings or numbers
    <ErrorCodesProvider platform={flutter} values={{ supportContact: {} }} />;
    expectTypeOf(useErrorCodes().messages.locale).toEqualTypeOf<typeof en.locale>();
  });

  it('ErrorMessage takes div attributes and a render prop, not a role', () => {
    <ErrorMessage error={4001} className="x" onClick={() => {}}>
      {(m) => m.title}
    </ErrorMessage>;
    // @ts-expect-error the role follows the severity
    <ErrorMessage error={4001} role="presentation" />;
    // @ts-expect-error children is a render prop
    <ErrorMessage error={4001}>text</ErrorMessage>;
  });

  it('useErrorQueue returns items and stable actions', () => {
    expectTypeOf(useErrorQueue).returns.toEqualTypeOf<ErrorQueue>();
    expectTypeOf<ErrorQueue['push']>().toEqualTypeOf<(error: unknown) => number>();
    expectTypeOf<QueuedError['id']>().toEqualTypeOf<number>();
    // @ts-expect-error options are numbers
    useErrorQueue({ max: '3' });
  });
});
