/** Texts about the answers kept on this device: deleting them from the result page. */
export const STORED_ANSWERS = {
  forgetHint: "删除这部手机上保存的全部回答。已经发给别人的链接不受影响。",
} as const;
