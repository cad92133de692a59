import { Link, Outlet } from "react-router";
import { InPageLink } from "../components/in-page-link";
import { TextSizeSwitch } from "../components/text-size-switch";
import { NOT_KEPT } from "../content/zh-CN/device-keeping";
import { UI } from "../content/zh-CN/ui";
import { FollowForgotten } from "./follow-forgotten";
import { NotKeptNotice } from "./not-kept-notice";
import { paths } from "../interview/paths";
import { useKeepsAnswers } from "../state/use-keeps-answers";

export function Layout() {
  const keeps = useKeepsAnswers();
  return (
    <div className="mx-auto flex min-h-screen max-w-2xl flex-col">
      <FollowForgotten />
      <InPageLink
        to="main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:underline"
      >
        {UI.skipToMain}
      </InPageLink>
      <header className="flex items-center justify-between gap-3 border-b-4 border-blue-800 px-4 py-2 print:hidden">
        <Link
          to={paths.start()}
          className="inline-flex min-h-11 items-center text-xl font-bold text-blue-900 no-underline"
        >
          {UI.appName}
        </Link>
        <TextSizeSwitch />
      </header>
      <main id="main" tabIndex={-1} className="min-h-screen flex-1 px-4 py-5 outline-none print:min-h-0">
        {!keeps && <NotKeptNotice />}
        <Outlet />
      </main>
      <footer className="space-y-2 border-t border-gray-300 px-4 py-4 text-base text-gray-700 print:hidden">
        <p>{keeps ? UI.privacy : NOT_KEPT.privacy}</p>
        <Link to={paths.glossary()} className="btn-link">
          {UI.glossary}
        </Link>
      </footer>
    </div>
  );
}
