import { Link, Outlet } from "react-router";
import { UI } from "../content/zh-CN/ui";
import { paths } from "./paths";

export function Layout() {
  return (
    <div className="mx-auto flex min-h-screen max-w-2xl flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:underline"
      >
        跳到正文
      </a>
      <header className="flex items-center justify-between border-b-4 border-blue-800 px-4 py-3 print:hidden">
        <Link to={paths.start()} className="text-xl font-bold text-blue-900 no-underline">
          {UI.appName}
        </Link>
      </header>
      <main id="main" className="flex-1 px-4 py-5">
        <Outlet />
      </main>
      <footer className="border-t border-gray-300 px-4 py-4 text-base text-gray-700 print:hidden">
        {UI.privacy}
      </footer>
    </div>
  );
}
