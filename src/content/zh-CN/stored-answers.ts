/** Texts about the answers kept on this device: deleting them from the result page. */
export const STORED_ANSWERS = {
  forgetHint: "删除这部手机上保存的全部回答。已经发给别人的链接不受影响。",
} as const;

/** When answers from a link would replace the person's own. */
export const REPLACE_ANSWERS = {
  replaceTitle: "要换成链接里的回答吗？",
  replaceBody: "这部手机上已经有你自己填的回答。换成链接里的回答后，你自己的回答就没有了。",
  keepMine: "保留我的回答",
  useLinkAnswers: "换成链接里的回答",
} as const;
