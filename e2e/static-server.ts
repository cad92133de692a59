import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { headersFor, parseHeadersFile, type HeaderRule } from "../scripts/headers-file";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

/**
 * A static host for a copy of dist/ (as a real host serves a deploy): files as they are, any other
 * path answered with index.html. Under `base` when the app is built for a sub-path. With `hostHeaders`,
 * it also sends the headers of the deploy's `_headers` file (public/_headers), as Netlify and
 * Cloudflare Pages do; without, none (as GitHub Pages).
 */
export async function serveDirectory(
  dir: string,
  base: string,
  { hostHeaders = false }: { hostHeaders?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const rules: HeaderRule[] = hostHeaders
    ? parseHeadersFile(await readFile(join(dir, "_headers"), "utf8"))
    : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : path;
    const file = normalize(join(dir, inside || "index.html"));
    const send = (body: Buffer, type: string) => {
      res.writeHead(200, {
        "content-type": type,
        "cache-control": "no-cache",
        ...headersFor(rules, `/${inside}`),
      });
      res.end(body);
    };
    readFile(file.startsWith(dir) ? file : join(dir, "index.html"))
      .then((body) => send(body, TYPES[extname(file)] ?? "application/octet-stream"))
      .catch(() =>
        extname(inside)
          ? (res.writeHead(404).end(), undefined)
          : readFile(join(dir, "index.html")).then((body) => send(body, TYPES[".html"] ?? "")),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
