import { StrictMode } from "react";
import { BrowserRouter } from "react-router";
import { DraftProvider } from "../state/draft-context";
import { ErrorBoundary } from "./error-boundary";
import { HydrationDone } from "../state/hydration";
import { AppRoutes } from "./router";

/** The whole app in the browser (main.tsx); prerender.tsx renders the same routes at build time. */
export function App({ basename }: { basename: string }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <DraftProvider>
          <BrowserRouter basename={basename}>
            <AppRoutes />
          </BrowserRouter>
        </DraftProvider>
      </ErrorBoundary>
      <HydrationDone />
    </StrictMode>
  );
}
