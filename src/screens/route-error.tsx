import { PageHeading } from "../components/page-heading";
import { UI } from "../content/zh-CN/ui";

/** Any rendering error: a Chinese message, the answers still on the device, a way back. */
export function RouteError() {
  const home = import.meta.env.BASE_URL;
  return (
    <div className="mx-auto max-w-2xl space-y-4 p-4">
      <PageHeading>{UI.errorTitle}</PageHeading>
      <p>{UI.errorBody}</p>
      <a href={home} className="btn-primary">
        {UI.home}
      </a>
    </div>
  );
}
