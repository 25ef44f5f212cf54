// One reader thread of the pool (started by reader-entry.cjs): reads the documents it is given one
// after another and posts each result as soon as it has it, so the pool can time every document on
// its own and keep the results before one that runs away.
import { parentPort } from "node:worker_threads";
import { cachedResolverFor, readDocument } from "./read";
import type { ReaderMessage, ReaderRequest } from "./reader-pool";
import { currentThreadId } from "./thread-cpu";

const port = parentPort;
if (!port) throw new Error("reader-worker.ts runs in a worker thread of the reader pool");
const post = (message: ReaderMessage): void => port.postMessage(message);

port.on("message", (request: ReaderRequest) => {
  const resolver = cachedResolverFor(request.catalogue);
  resolver.forgetMentions();
  request.inputs.forEach((input, index) =>
    post({ type: "result", batch: request.batch, index, result: readDocument(input, resolver) }),
  );
});
post({ type: "ready", tid: currentThreadId() });
