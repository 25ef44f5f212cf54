// What the write path uses of commit events: open a transaction's event, close it (row + notify,
// inside the transaction), publish it after commit. Importing this module installs the subscribers
// (./subscribers.ts) and the workflows the registry's resources name (./workflows.ts), so whatever
// writes has them, while lib/services and lib/resources name none of them.
import "./subscribers";
import "./workflows";

export {
  dispatchLocal as publishCommitted,
  processOrigin,
  subscribe,
  type CommitEvent,
  type CommitSubscriber,
  type LocalCommit,
} from "./bus";
export { closeCommit, openCommit } from "./outbox";
