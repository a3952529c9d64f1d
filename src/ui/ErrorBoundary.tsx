import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: ReactNode;
  onError?: (error: unknown) => void;
  /** Changing this value clears a caught error (e.g. a new model path). */
  resetKey?: unknown;
}

interface ErrorBoundaryState {
  failedFor: unknown;
  failed: boolean;
}

/** Shows `fallback` instead of a failed subtree, so one broken model never takes the page down. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, failedFor: undefined };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    if (state.failed && state.failedFor !== undefined && state.failedFor !== props.resetKey) {
      return { failed: false, failedFor: undefined };
    }
    return state.failed ? { failedFor: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
