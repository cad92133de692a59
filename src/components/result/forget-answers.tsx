import { useNavigate } from "react-router";
import { useForgetAnswers } from "../../state/use-forget-answers";
import { paths } from "../../interview/paths";
import { STORED_ANSWERS } from "../../content/zh-CN/stored-answers";
import { UI } from "../../content/zh-CN/ui";
import { FramedRefusal } from "../framed-refusal";

/**
 * “删除我的回答” on the result page: removes everything the app stored on this device, then goes to
 * the start page (replacing this page in the history, so the answers in the link's fragment are no
 * longer on screen), which confirms it. Refused inside another page's frame (app/framing.ts).
 */
export function ForgetAnswers() {
  const { forget, framed } = useForgetAnswers();
  const navigate = useNavigate();
  return (
    <div className="space-y-1 print:hidden">
      <button
        type="button"
        className="btn-link"
        onClick={() => {
          if (forget()) void navigate(paths.start(), { replace: true, state: { forgotten: true } });
        }}
      >
        {UI.forget}
      </button>
      <p className="text-base text-gray-700">{STORED_ANSWERS.forgetHint}</p>
      <FramedRefusal show={framed} />
    </div>
  );
}
