import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { DraftProvider } from "./state/draft-context";
import { ErrorBoundary } from "./app/error-boundary";
import { registerOffline } from "./app/register-offline";
import { AppRoutes } from "./app/router";
import "./index.css";

const basename = import.meta.env.BASE_URL.replace(/\/$/, "") || "/";
const root = document.getElementById("root");
if (root) {
  // The first render is a transition: React renders in small slices, so a slow phone stays responsive
  // (the prerendered start page is already on screen meanwhile).
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary>
          <DraftProvider>
            <BrowserRouter basename={basename}>
              <AppRoutes />
            </BrowserRouter>
          </DraftProvider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  registerOffline();
}
