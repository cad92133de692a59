import { Link } from "react-router";
import { paths } from "../interview/paths";
import { PageHeading } from "../components/page-heading";
import { UI } from "../content/zh-CN/ui";

export function NotFoundPage() {
  return (
    <div className="space-y-4">
      <PageHeading>{UI.notFoundTitle}</PageHeading>
      <p>{UI.notFoundBody}</p>
      <Link to={paths.start()} className="btn-primary">
        {UI.home}
      </Link>
    </div>
  );
}
