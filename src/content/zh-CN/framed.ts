/** Said when “删除我的回答” or a replacement is refused because the app runs inside another page's frame. */
export const FRAMED_REFUSED =
  "这个页面是放在别的网页里打开的。为了保护你的回答，这里不能删除或替换你的回答。请直接在浏览器里打开社保随身带。";
