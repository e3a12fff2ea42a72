/**
 * The test page of localeLoad.test.ts, bundled from the real built packages: a web
 * app in German that shows one error, inside Suspense and an error boundary whose
 * "Try again" clears the kept failure and renders again.
 */
import * as web from '@org/error-codes/web';
import { texts as webTexts } from '@org/error-codes-i18n/web';
import { Component, type ReactNode, Suspense, version } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorCodesProvider, ErrorMessage } from '../index.js';

interface BoundaryState {
  readonly error: Error | null;
  readonly resets: number;
}

class Boundary extends Component<{ readonly children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null, resets: 0 };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  retry = () => {
    webTexts.clearFailures();
    this.setState((s) => ({ error: null, resets: s.resets + 1 }));
  };

  override render() {
    const { error, resets } = this.state;
    if (!error) return this.props.children;
    return (
      <div id="boundary" data-resets={resets}>
        <p>{error.name}</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}

document.documentElement.dataset.react = version;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Boundary>
      <Suspense fallback={<p id="loading">Loading…</p>}>
        <ErrorCodesProvider platform={web} texts={webTexts} locale="de">
          <ErrorMessage id="message" error={{ code: 3017, message: 'Permission denied' }} />
        </ErrorCodesProvider>
      </Suspense>
    </Boundary>,
  );
}
