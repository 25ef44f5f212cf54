// The name under which a server process keeps static sections' markup by id (on globalThis: Next.js
// loads a module once for the RSC render and once more for the HTML render, which must share it).
// Its own module: the client component's module cannot export a plain value to server code.
export const STATIC_MARKUP_STORE = "__svStaticMarkup";
