import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | undefined;
}

/**
 * A screen that throws shows a friendly way out instead of a white window. The owner's
 * records are safe: every change is saved the moment it is made.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // Navigating elsewhere gives the next screen a fresh start.
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: undefined });
    }
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>
          Your records are safe — every change is saved as soon as you make it. Reloading usually
          puts things right.
        </p>
        <div className="crash__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => location.reload()}
          >
            Reload Handshake
          </button>
          <a className="button" href="#/">
            Go to This week
          </a>
        </div>
        <details>
          <summary>Details for support</summary>
          <pre>{error.stack ?? error.message}</pre>
        </details>
      </div>
    );
  }
}
