import { useLocation } from "react-router";
import { InPageLink } from "../components/in-page-link";
import { NOT_KEPT } from "../content/zh-CN/device-keeping";
import { paths } from "../interview/paths";

/**
 * One line at the top of every page when the phone cannot keep the answers: they are gone once the
 * page is closed, and the result link (copied, shared or printed) is the way to keep them. On the
 * result page it leads to the buttons that copy and share the link.
 */
export function NotKeptNotice() {
  const { pathname } = useLocation();
  return (
    <p role="status" className="mb-4 rounded border-2 border-amber-800 bg-amber-50 p-3 print:hidden">
      {NOT_KEPT.notice}
      {pathname === paths.result() && (
        <>
          {" "}
          <InPageLink to="share" className="btn-link">
            {NOT_KEPT.toLink}
          </InPageLink>
        </>
      )}
    </p>
  );
}
