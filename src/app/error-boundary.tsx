import { Component, type ErrorInfo, type ReactNode } from "react";
import { RouteError } from "../screens/route-error";

interface State {
  failed: boolean;
}

/** Catches any rendering error and shows a Chinese message; the answers stay in storage. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No reporting anywhere: the app sends nothing off the device. Keep it in the console for developers.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
