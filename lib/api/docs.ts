// /api/docs: RapiDoc (installed from npm, served by the app itself, nothing from a CDN; its
// Google Fonts download is switched off with load-fonts="false") reading
// /api/v1/openapi.json. Scripts are external files carrying the request's CSP nonce when the
// proxy sets one; init.js hands that nonce to the viewer's own <style> elements so they pass too.
import { readFile } from "node:fs/promises";
import path from "node:path";

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function docsPage(nonce: string | null): string {
  const n = nonce ? ` nonce="${escapeAttribute(nonce)}"` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>StackVerdict public API</title>
<link rel="icon" href="data:,">
<script src="/api/docs/init.js"${n}></script>
<script type="module" src="/api/docs/rapidoc-min.js"${n}></script>
</head>
<body>
<noscript><p>The interactive reference needs JavaScript. The OpenAPI document itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></noscript>
<rapi-doc spec-url="/api/v1/openapi.json" render-style="read" show-header="false" allow-authentication="false"
  allow-server-selection="false" theme="light" primary-color="#1d4ed8" heading-text="StackVerdict public API"
  load-fonts="false" regular-font="Geist, system-ui, sans-serif" mono-font="ui-monospace, monospace"></rapi-doc>
</body>
</html>`;
}

/**
 * Runs before the viewer, with the request's nonce. Lit stamps window.litNonce on the <style>
 * elements it creates for components' static styles; RapiDoc also renders a theme <style> inside a
 * template, which Lit clones with document.importNode, so clones get the nonce too before they are
 * inserted. This extends the nonce only to styles of the already-trusted viewer bundle (as
 * 'strict-dynamic' does for scripts); a <style> cannot run code.
 */
export const INIT_SCRIPT = `(function () {
  var script = document.currentScript;
  var nonce = script && script.nonce;
  if (!nonce) return;
  window.litNonce = nonce;
  var importNode = Document.prototype.importNode;
  Document.prototype.importNode = function (node, deep) {
    var copy = importNode.call(this, node, deep);
    if (copy && copy.querySelectorAll) {
      copy.querySelectorAll("style:not([nonce])").forEach(function (style) { style.setAttribute("nonce", nonce); });
    }
    return copy;
  };
})();
`;

let viewer: Promise<Buffer> | null = null;

/** The viewer's bundle from node_modules, read once per process. */
export function viewerBundle(): Promise<Buffer> {
  viewer ??= readFile(path.join(process.cwd(), "node_modules", "rapidoc", "dist", "rapidoc-min.js")).catch(
    (error: unknown) => {
      viewer = null;
      throw error;
    },
  );
  return viewer;
}
