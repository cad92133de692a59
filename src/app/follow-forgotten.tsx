import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { useDraftStore } from "../state/draft-context";
import { paths } from "../interview/paths";

/**
 * When “删除我的回答” was used in another tab, this tab goes to the start page, which says that the
 * answers were deleted (replacing the page it was on, so no answers stay on screen).
 */
export function FollowForgotten() {
  const { forgottenElsewhere } = useDraftStore();
  const navigate = useNavigate();
  const handled = useRef(forgottenElsewhere);
  useEffect(() => {
    if (forgottenElsewhere === handled.current) return;
    handled.current = forgottenElsewhere;
    void navigate(paths.start(), { replace: true, state: { forgotten: true } });
  }, [forgottenElsewhere, navigate]);
  return null;
}
