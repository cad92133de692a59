import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app";
import { beginHydration } from "./state/hydration";
import { prerenderedFor } from "./app/prerendered-route";
import { registerOffline } from "./app/register-offline";
import "./index.css";

const basename = import.meta.env.BASE_URL.replace(/\/$/, "") || "/";
const root = document.getElementById("root");
if (root) {
  // The first render is a transition: React renders in small slices, so a slow phone stays responsive.
  if (prerenderedFor(root, basename, window.location.pathname)) {
    // This page's HTML was prerendered for this very route: keep its nodes (app/hydration.ts).
    beginHydration();
    startTransition(() => {
      hydrateRoot(root, <App basename={basename} />);
    });
  } else {
    // No HTML, or another route's (a host or the service worker answered with index.html): draw anew.
    const reactRoot = createRoot(root);
    startTransition(() => reactRoot.render(<App basename={basename} />));
  }
  registerOffline();
}
