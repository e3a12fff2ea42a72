import {
  ErrorCodesProvider,
  ErrorMessage,
  type ErrorMessageProps,
  useErrorMessage,
} from '@org/error-codes-react';

function Title({ error }: { error: unknown }) {
  const message = useErrorMessage(error);
  return <strong>{message.title}</strong>;
}

export function App() {
  const props: ErrorMessageProps = { error: { code: 4001, message: 'x' }, className: 'e' };
  return (
    <ErrorCodesProvider locale="de-AT" values={{ supportContact: 'help@example.com' }}>
      <ErrorMessage {...props} />
      <Title error={4001} />
      {/* @ts-expect-error the component sets its own role: the types are real, not `any`. */}
      <ErrorMessage error={4001} role="button" />
    </ErrorCodesProvider>
  );
}
