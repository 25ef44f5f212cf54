// A local node:http server standing in for the web in URL-import tests (never the internet): a real
// article page and the ways a page can go wrong (redirects, size, slowness, types). Counts its hits.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import type { FetchPolicy } from "@/lib/net/policy";

export const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>FastAPI in production: what we measured | Ops Notes</title>
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-06-03T09:00:00Z">
<meta name="keywords" content="fastapi, performance">
<link rel="canonical" href="https://elsewhere.example.net/ignored-canonical">
</head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>FastAPI in production: what we measured</h1>
<p class="byline">By Ana Ruiz</p>
<p>We moved our public API from Flask to FastAPI last spring and kept careful notes along the way, because the
decision had been argued about for months and we wanted numbers rather than opinions this time.</p>
<p>FastAPI was first released in 2018 and is async-first; it has OpenAPI documentation built in, which replaced a
hand-written specification we had kept in a separate repository for years.</p>
<p>With 2 Uvicorn workers FastAPI reached 12,500 req/s on a JSON hello-world endpoint, on the same hardware where our
previous setup had topped out well below that figure.</p>
<p>Flask has supported async views since Flask 2.0, but each request still occupies a WSGI worker, so the gain we saw
came from the server model as much as from the framework itself.</p>
</article>
</main>
<aside class="related"><h2>Related posts</h2><ul><li><a href="/x">Django reached 99,999 req/s (satire)</a></li></ul></aside>
<footer>© Ops Notes · <a href="/privacy">Privacy</a></footer>
<script>var tracking = "FastAPI 88,888 req/s";</script>
</body></html>`;

export interface WebServer {
  origin: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const html = (res: http.ServerResponse, body: string | Buffer, type = "text/html; charset=utf-8"): void => {
  res.writeHead(200, { "content-type": type });
  res.end(body);
};

function routes(origin: () => string): Record<string, Handler> {
  return {
    "/article": (_req, res) => html(res, ARTICLE_HTML),
    "/article.gz": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
      res.end(zlib.gzipSync(ARTICLE_HTML));
    },
    "/notes.md": (_req, res) =>
      html(res, "# Release notes\n\nFastAPI was first released in 2018.\n", "text/markdown; charset=utf-8"),
    "/hop": (_req, res) => {
      res.writeHead(302, { location: "/article" });
      res.end();
    },
    "/to-metadata": (_req, res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    },
    "/to-private-name": (_req, res) => {
      res.writeHead(301, { location: `${origin().replace("127.0.0.1", "intranet.example")}/article` });
      res.end();
    },
    "/loop": (_req, res) => {
      res.writeHead(302, { location: "/loop" });
      res.end();
    },
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const push = (): void => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once("drain", push);
        else res.end();
      };
      push();
    },
    "/bomb": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, "a")));
    },
    "/slow": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>");
      const timer = setInterval(() => res.write("still loading "), 100);
      res.on("close", () => clearInterval(timer));
    },
    "/report.pdf": (_req, res) => html(res, Buffer.from("%PDF-1.7\n"), "application/pdf"),
    "/untyped": (_req, res) => {
      res.writeHead(200);
      res.end("<p>no type</p>");
    },
    "/missing": (_req, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("not here");
    },
  };
}

export async function startWebServer(): Promise<WebServer> {
  const hits: string[] = [];
  let origin = "";
  const table = routes(() => origin);
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    (table[req.url ?? ""] ?? table["/missing"])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The policy a test uses: loopback and the server's port allowed, small limits so failures are quick. */
export function loopbackPolicy(server: WebServer, more: Partial<FetchPolicy> = {}): Partial<FetchPolicy> {
  return {
    allowLoopback: true,
    ports: new Set([80, 443, server.port]),
    maxBytes: 1024 * 1024,
    timeoutMs: 1500,
    // Names resolve only here: intranet.example is a host whose DNS answer is a private address.
    resolve: async (host) =>
      host === "intranet.example"
        ? [{ address: "10.0.0.7", family: 4 }]
        : host === "localhost"
          ? [{ address: "127.0.0.1", family: 4 }]
          : [],
    ...more,
  };
}
