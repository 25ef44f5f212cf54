// XSS payloads used across the sanitizer unit tests and the browser test. Every payload that
// executes sets window.__xss (or opens a dialog); the marker text lets a test find it on the page.
export const XSS_FLAG = "__xss";

export const XSS_PAYLOADS: ReadonlyArray<{ name: string; text: string }> = [
  { name: "script tag", text: `<script>window.__xss="script"</script>` },
  { name: "event handler", text: `<img src=x onerror="window.__xss='img'">` },
  { name: "svg onload", text: `<svg onload="window.__xss='svg'"><circle r=1 /></svg>` },
  { name: "svg with script", text: `<svg><script>window.__xss='svg-script'</script></svg>` },
  { name: "javascript: link", text: `<a href="javascript:window.__xss='href'">click me</a>` },
  { name: "obfuscated javascript: link", text: `<a href="jav&#x09;ascript:window.__xss='tab'">tab</a>` },
  { name: "data: URL frame", text: `<iframe src="data:text/html,<script>parent.__xss='iframe'</script>"></iframe>` },
  { name: "data: URL link", text: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>` },
  {
    name: "css expression",
    text: `<div style="width: expression(window.__xss='css'); background:url(javascript:window.__xss='cssurl')">css</div>`,
  },
  { name: "style tag", text: `<style>@import 'javascript:window.__xss="style"';</style>` },
  { name: "broken markup", text: `<img src=x onerror=window.__xss='broken'//` },
  { name: "attribute breakout", text: `"><svg/onload=window.__xss='breakout'>` },
  {
    name: "mutation XSS via noscript",
    text: `<noscript><p title="</noscript><img src=x onerror=window.__xss='mxss'>">`,
  },
  { name: "mutation XSS via math", text: `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss='math'>` },
  { name: "markdown javascript: link", text: `[click](javascript:window.__xss='md-link')` },
  { name: "markdown image handler", text: `![x](x" onerror="window.__xss='md-img')` },
  { name: "alert dialog", text: `<body onload=alert('xss')><details open ontoggle=alert('toggle')>` },
];

/** Distinctive visible text carried by every payload field, to find it rendered on a page. */
export const XSS_MARKER = "Xssmarker";
