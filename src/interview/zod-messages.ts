/**
 * Chinese messages for zod's generic errors (zod/mini ships no locale). Messages written on the
 * schema itself (src/policy/answers.ts) take precedence over these.
 */
import * as z from "zod/mini";

z.config({
  customError: (issue) => {
    if (issue.input === undefined || issue.input === "") return "请回答这个问题";
    if (issue.code === "invalid_value") return "请从选项里选一项";
    if (issue.code === "invalid_type") return "请填写正确的内容";
    if (issue.code === "too_big") return "填得太多了";
    if (issue.code === "too_small") return "填得太少了";
    return "请检查这一项";
  },
});
