import * as flutter from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { texts as flutterTexts } from '@org/error-codes-i18n/flutter-1';
import { texts as webUserTexts } from '@org/error-codes-i18n/web/user';
import {
  ErrorCodesProvider,
  ErrorMessage,
  type ErrorMessageProps,
  type LocalizedEntry,
  useErrorMessage,
  useErrorQueue,
} from '@org/error-codes-react';

function Title({ error }: { error: unknown }) {
  const message: LocalizedEntry = useErrorMessage(error);
  return <strong>{message.userTitle}</strong>;
}

function Toasts() {
  const { items, push } = useErrorQueue({ windowMs: 5000, max: 3 });
  return (
    <>
      <button type="button" onClick={() => push({ code: 3017, message: 'x' })}>
        fail
      </button>
      {items.map((item) => (
        <ErrorMessage key={item.id} error={item.error} />
      ))}
    </>
  );
}

export function App() {
  const props: ErrorMessageProps = { error: { code: 3017, message: 'x' }, showUserSteps: true };
  return (
    <>
      <ErrorCodesProvider
        platform={web}
        texts={webUserTexts}
        locale="de-AT"
        values={{ supportContact: 'help@example.com' }}
      >
        <ErrorMessage {...props} className="e" />
        <ErrorMessage error={3017}>{(m) => <p>{m.userMessage}</p>}</ErrorMessage>
        <Title error={3017} />
        <Toasts />
        {/* @ts-expect-error the component sets its own role: the types are real, not `any`. */}
        <ErrorMessage error={3017} role="button" />
      </ErrorCodesProvider>
      <ErrorCodesProvider platform={flutter} texts={flutterTexts} locale="ja">
        <Title error={3017} />
      </ErrorCodesProvider>
      {/* @ts-expect-error the platform is required. */}
      <ErrorCodesProvider locale="de">
        <Title error={1} />
      </ErrorCodesProvider>
      {/* @ts-expect-error the platform is the module, not its name. */}
      <ErrorCodesProvider platform="web">
        <Title error={1} />
      </ErrorCodesProvider>
    </>
  );
}
