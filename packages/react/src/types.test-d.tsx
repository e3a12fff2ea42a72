import type { LocalizedError } from '@org/error-codes-i18n';
import { messages as en } from '@org/error-codes-i18n/locales/en';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ErrorCodesProvider,
  type ErrorCodesProviderProps,
  ErrorMessage,
  type ErrorMessageData,
  type ErrorQueue,
  type QueuedError,
  useErrorCodes,
  useErrorMessage,
  useErrorQueue,
} from './index.js';

describe('public types', () => {
  it('useErrorMessage takes anything and gives the localized error with lang and dir', () => {
    expectTypeOf(useErrorMessage).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<ErrorMessageData>().toMatchTypeOf<LocalizedError>();
    expectTypeOf<ErrorMessageData['dir']>().toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf<ErrorMessageData['severity']>().toEqualTypeOf<'fatal' | 'error' | 'warning'>();
  });

  it('the provider takes a locale or a list, optional messages and values', () => {
    expectTypeOf<ErrorCodesProviderProps['locale']>().toEqualTypeOf<
      string | readonly string[] | undefined
    >();
    <ErrorCodesProvider locale={['de-AT', 'en']} messages={en} values={{ supportContact: 'x' }} />;
    // @ts-expect-error values are strings or numbers
    <ErrorCodesProvider values={{ supportContact: {} }} />;
    expectTypeOf(useErrorCodes().locale).toEqualTypeOf<typeof en.locale>();
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
