import * as flutter1 from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as reactNative from '@org/error-codes/react-native';
import type { LocalizedEntry, MessageSource } from '@org/error-codes-i18n';
import { texts as flutter1Texts } from '@org/error-codes-i18n/flutter-1';
import { texts as flutter3Texts } from '@org/error-codes-i18n/flutter-3';
import { texts as iosTexts } from '@org/error-codes-i18n/ios';
import { messages as en } from '@org/error-codes-i18n/locales/flutter-1/en';
import { texts as reactNativeUserTexts } from '@org/error-codes-i18n/react-native/user';
import { texts as webUserTexts } from '@org/error-codes-i18n/web/user';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ErrorCodesProvider,
  type ErrorCodesProviderProps,
  ErrorMessage,
  type ErrorQueue,
  type LocalizedError,
  type QueuedError,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
} from './index.js';

describe('public types', () => {
  it('useErrorMessage takes anything and gives the one localized read model', () => {
    expectTypeOf(useErrorMessage).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(useErrorMessage).returns.toEqualTypeOf<LocalizedError>();
    expectTypeOf<LocalizedError>().toExtend<LocalizedEntry>();
    expectTypeOf<LocalizedEntry['dir']>().toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf<LocalizedError['docPath']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LocalizedError['docUrl']>().toEqualTypeOf<string | undefined>();
  });

  it('the provider takes a locale or a list, optional messages and values', () => {
    expectTypeOf<ErrorCodesProviderProps['locale']>().toEqualTypeOf<
      string | readonly string[] | undefined
    >();
    <ErrorCodesProvider
      platform={flutter1}
      locale={['de-AT', 'en']}
      messages={en}
      values={{ supportContact: 'x' }}
    />;
    <ErrorCodesProvider platform={flutter1} texts={flutter1Texts} locale="ja" />;
    // Any line's module and texts.
    <ErrorCodesProvider platform={ios} texts={iosTexts} docsBaseUrl="https://e.test" />;
    <ErrorCodesProvider platform={reactNative} texts={reactNativeUserTexts} />;
    <ErrorCodesProvider platform={flutter3} texts={flutter3Texts} locale="de" />;
    expectTypeOf(webUserTexts).toEqualTypeOf<MessageSource<'web'>>();
    // @ts-expect-error texts to load, or preloaded messages: without either there is nothing to show
    <ErrorCodesProvider platform={flutter1} locale="ja" />;
    // @ts-expect-error texts are a platform entry, not a name
    <ErrorCodesProvider platform={flutter1} texts="flutter" />;
    // @ts-expect-error the platform is required: one number means different things on each
    <ErrorCodesProvider locale="de" />;
    // @ts-expect-error the platform is a platform module, not a name
    <ErrorCodesProvider platform="web" />;
    // @ts-expect-error values are strings or numbers
    <ErrorCodesProvider platform={flutter1} values={{ supportContact: {} }} />;
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
