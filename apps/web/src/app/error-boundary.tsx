import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface State {
  readonly failed: boolean;
}

/** Catches a page that failed to load or render (e.g. its chunk is not cached while offline). */
export class PageErrorBoundary extends Component<
  { readonly children: ReactNode; readonly resetKey: string },
  State
> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(prev: { readonly resetKey: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card" role="alert">
        <h1>This page could not open</h1>
        <p>
          {navigator.onLine
            ? 'Something went wrong while showing it. Reload the page to try again.'
            : 'You are offline and this page was not saved on this device yet. Connect once and it will be.'}
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
