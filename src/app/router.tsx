import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { NotFoundPage } from "../screens/not-found-page";
import { StartPage } from "../screens/start-page";
import { ErrorBoundary } from "./error-boundary";
import { Layout } from "./layout";
import { ROUTE_PATTERNS } from "./paths";

const StepPage = lazy(async () => ({ default: (await import("../screens/step-page")).StepPage }));
const ResultPage = lazy(async () => ({ default: (await import("../screens/result-page")).ResultPage }));

function Loading() {
  return <p className="text-gray-700">正在打开……</p>;
}

/**
 * Declarative routes: the wizard and the result page load on demand. (Data-router mode would add
 * about 16 KB of gzip script to the first load, see docs/performance.md.)
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route
          path={ROUTE_PATTERNS.step}
          element={
            <ErrorBoundary>
              <Suspense fallback={<Loading />}>
                <StepPage />
              </Suspense>
            </ErrorBoundary>
          }
        />
        <Route
          path={ROUTE_PATTERNS.result}
          element={
            <ErrorBoundary>
              <Suspense fallback={<Loading />}>
                <ResultPage />
              </Suspense>
            </ErrorBoundary>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
