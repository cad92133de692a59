import { FRAMED_REFUSED } from "../content/zh-CN/framed";

/** Said where a delete or replace button was tapped while the app runs inside another page's frame. */
export function FramedRefusal({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3">
      {FRAMED_REFUSED}
    </p>
  );
}
