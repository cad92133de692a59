import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from "react";
import { Route, Routes } from "react-router";
import { UI } from "../content/zh-CN/ui";
import { NotFoundPage } from "../screens/not-found-page";
import { StartPage } from "../screens/start-page";
import { ErrorBoundary } from "./error-boundary";
import { renderStaticMarkup } from "../components/static-markup";
import { renderingLikePrerender } from "../state/hydration";
import { Layout } from "./layout";
import { ROUTE_PATTERNS } from "../interview/paths";

const StepPage = lazy(async () => ({ default: (await import("../screens/step-page")).StepPage }));
/**
 * The result page's code is evaluated in three tasks, not one long one (a shared link's first visit
 * loads it all at once): the share-link reader with its schema, then the engine, then the page. The
 * build preloads all three chunks with result.html.
 */
const ResultPage = lazy(async () => {
  await import("../interview/share-codec");
  await nextTask();
  await import("../policy/advise");
  await nextTask();
  return { default: (await import("../screens/result-page")).ResultPage };
});
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const GlossaryPage = lazy(async () => ({
  default: (await import("../screens/glossary-page")).GlossaryPage,
}));

function Loading() {
  return <p className="text-gray-700">{UI.loading}</p>;
}

/**
 * The result route's placeholder: where src/first-screen.tsx draws a shared result's first screen from
 * the link before React has arrived. React keeps what is inside (it never compares or rewrites the inner
 * HTML of an element it gave some), until the result page takes its place with the same first screen.
 */
function FirstScreenHolder() {
  // A holder rendered anew (Suspense's fallback) keeps showing what was drawn, never a flash of “正在打开”.
  const drawn = typeof document === "undefined" ? null : document.querySelector("[data-first-screen]");
  const html = drawn?.innerHTML ?? LOADING;
  const state = drawn?.getAttribute("data-first-screen") ?? "";
  return (
    <div data-first-screen={state} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
  );
}
const LOADING = renderStaticMarkup(<Loading />);

/**
 * A route that loads on demand. Its prerendered HTML is the placeholder, so the hydrating render shows
 * the placeholder too, then renders the route in a transition: the placeholder stays until it is ready.
 */
function OnDemand({ children, placeholder = <Loading /> }: { children: ReactNode; placeholder?: ReactNode }) {
  const [ready, setReady] = useState(() => !renderingLikePrerender());
  useEffect(() => {
    if (!ready) startTransition(() => setReady(true));
  }, [ready]);
  return (
    <ErrorBoundary>
      <Suspense fallback={placeholder}>{ready ? children : placeholder}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * Declarative routes: the wizard, the result page and the glossary load on demand. (Data-router mode
 * would add about 16 KB of gzip script to the first load.)
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route
          path={ROUTE_PATTERNS.step}
          element={
            <OnDemand>
              <StepPage />
            </OnDemand>
          }
        />
        <Route
          path={ROUTE_PATTERNS.result}
          element={
            <OnDemand placeholder={<FirstScreenHolder />}>
              <ResultPage />
            </OnDemand>
          }
        />
        <Route
          path={ROUTE_PATTERNS.glossary}
          element={
            <OnDemand>
              <GlossaryPage />
            </OnDemand>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
