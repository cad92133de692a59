/**
 * A prerendered page without any script: every <script> element (module, classic, with or without a body)
 * and every <link rel="modulepreload"> removed. What the HTML and CSS alone paint is the floor that
 * `npm run bench` compares each page's LCP to.
 */
export function scriptFree(html: string): string {
  const out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, "");
  if (/<script\b|modulepreload/i.test(out)) throw new Error("a script is left in the script-free page");
  return out;
}
