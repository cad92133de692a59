/** When this phone cannot keep the answers (storage full, or blocked for the site). */
export const NOT_KEPT = {
  /** One line, at the top of every page once it is known. */
  notice: "这部手机没能保存你的回答，关掉页面就没了：请用结果链接保存。",
  /** On the result page, after the notice: goes to the buttons that copy or share the link. */
  toLink: "去复制结果链接",
  /** The footer, in place of “你的回答只存在这部手机上……”. */
  privacy: "你的回答不会上传，也没能保存在这部手机上。我们不问姓名、身份证号和电话。",
} as const;

/** A page whose script cannot be downloaded because there is no network (and no service worker yet). */
export const OFFLINE = {
  title: "没有网络，这一页打不开",
  body: "这一页要从网上下载。连上网络后，点“再试一次”。",
  retry: "再试一次",
  stillOffline: "还是没有网络，请连上网络后再试。",
} as const;
