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
  /** Keeping one's own answers and adding the link's person as a family member who lives here too. */
  addAsMemberLead: "链接里的人和你一起生活？保留你的回答，把这个人加为家人：",
  addAs: { spouse: "加为配偶", child: "加为孩子", parent: "加为父母" },
} as const;
