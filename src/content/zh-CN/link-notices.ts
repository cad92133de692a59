/** Said on the result page or the broken-link page when a link held values the app could not read. */
export const linkIgnored = (count: number) =>
  count === 1 ? "链接里有一项看不懂，已忽略。" : `链接里有${count}项看不懂，已忽略。`;
