import { useState } from "react";
import { PageHeading } from "../components/page-heading";
import { OFFLINE } from "../content/zh-CN/device-keeping";
import { UI } from "../content/zh-CN/ui";

/** Any rendering error: a Chinese message, the answers still on the device, a way back. */
export function RouteError() {
  const [offline] = useState(() => typeof navigator !== "undefined" && navigator.onLine === false);
  if (offline) return <OfflineError />;
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

/**
 * A page's script could not be downloaded with no network (no service worker yet): say so, and reload
 * only once the phone is online again (a reload offline would show the browser's own error page).
 */
function OfflineError() {
  const [stillOffline, setStillOffline] = useState(false);
  return (
    <div className="mx-auto max-w-2xl space-y-4 p-4">
      <PageHeading>{OFFLINE.title}</PageHeading>
      <p>{OFFLINE.body}</p>
      <button
        type="button"
        className="btn-primary"
        onClick={() => (navigator.onLine ? window.location.reload() : setStillOffline(true))}
      >
        {OFFLINE.retry}
      </button>
      <p role="status">{stillOffline ? OFFLINE.stillOffline : ""}</p>
    </div>
  );
}
