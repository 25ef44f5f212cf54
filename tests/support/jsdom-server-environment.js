// A jsdom test environment in which the server's code also runs: the real route handlers, the
// registry and the database behind a component test (docblock:
// `@jest-environment ./tests/support/jsdom-server-environment.js`). Plain jsdom resolves packages
// by their "browser" export (Prisma's browser stub refuses to run) and has no fetch classes, which
// Next's NextRequest is built on; here packages resolve as on the server, and Node's fetch classes
// are lent to the page (jsdom's own DOM classes are kept), with Node's ArrayBuffer and Uint8Array
// (as jest's node environment does), so the bytes Node's TextEncoder and Buffer make pass the
// `instanceof Uint8Array` checks of the code under test (jose signs the session cookie with one).
const { TestEnvironment } = require("jest-environment-jsdom");

const FROM_NODE = [
  "fetch",
  "Request",
  "Response",
  "Headers",
  "ReadableStream",
  "WritableStream",
  "TransformStream",
  "TextEncoder",
  "TextDecoder",
  "structuredClone",
  "setImmediate",
  "clearImmediate",
];

class JsdomServerEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.customExportConditions = ["node", "node-addons"];
    for (const name of FROM_NODE) if (this.global[name] === undefined) this.global[name] = globalThis[name];
    this.global.ArrayBuffer = ArrayBuffer;
    this.global.Uint8Array = Uint8Array;
  }
}

module.exports = JsdomServerEnvironment;
