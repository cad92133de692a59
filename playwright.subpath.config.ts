import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * The app hosted under a sub-path (BASE_PATH=/shebao/), as docs/deploy.md describes: built into its own
 * folder and served on its own port, so it never mixes with the main e2e run.
 */
const port = 4175;
export default defineConfig({
  ...base,
  testMatch: /subpath\.spec\.ts$/,
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/shebao/` },
  projects: base.projects?.slice(0, 1),
  webServer: {
    command: `npx vite build --base /shebao/ --outDir dist-subpath && npx vite preview --base /shebao/ --outDir dist-subpath --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/shebao/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
