/** @jest-environment node */
// PassAdmission (lib/http/admission.ts): each task starts in an event-loop pass of its own, in order,
// so what the loop has to do between two tasks (a timer, another connection's I/O) is not held up by
// the sum of every queued task.
import { AsyncLocalStorage } from "node:async_hooks";
import { PassAdmission } from "@/lib/http/admission";

describe("PassAdmission", () => {
  it("runs tasks in the order admitted, and resolves each with its own result", async () => {
    const admission = new PassAdmission();
    const order: string[] = [];
    const results = await Promise.all(
      ["a", "b", "c"].map((name) => admission.run(async () => (order.push(name), name.toUpperCase()))),
    );
    expect(order).toEqual(["a", "b", "c"]);
    expect(results).toEqual(["A", "B", "C"]);
    expect(admission.waiting).toBe(0);
  });

  it("starts each task in a later pass: work the loop queued meanwhile runs between two tasks", async () => {
    const admission = new PassAdmission();
    const order: string[] = [];
    // The first task queues an immediate (the next pass's work, as a timer or an I/O callback is);
    // run in the same pass, the second task would come before it.
    const first = admission.run(() => {
      order.push("task 1");
      setImmediate(() => order.push("the loop's own work"));
    });
    const second = admission.run(() => order.push("task 2"));
    expect(admission.waiting).toBe(2);
    await Promise.all([first, second]);
    expect(order).toEqual(["task 1", "the loop's own work", "task 2"]);
  });

  it("a task that throws, synchronously or not, rejects its own promise and the queue goes on", async () => {
    const admission = new PassAdmission();
    const thrown = admission.run(() => {
      throw new Error("sync");
    });
    const rejected = admission.run(() => Promise.reject(new Error("async")));
    const fine = admission.run(() => "still served");
    await expect(thrown).rejects.toThrow("sync");
    await expect(rejected).rejects.toThrow("async");
    await expect(fine).resolves.toBe("still served");
  });

  it("drops a task whose client has gone by its pass, and runs the ones still wanted", async () => {
    const admission = new PassAdmission();
    const ran: string[] = [];
    let leftEarly = false;
    const gone = admission.run(
      () => ran.push("left"),
      () => leftEarly,
    );
    const kept = admission.run(
      () => (ran.push("kept"), "served"),
      () => false,
    );
    // The client goes after being admitted, before its pass: what the server sees when a load
    // generator times out a request still queued behind others.
    leftEarly = true;
    await expect(gone).resolves.toBeUndefined();
    await expect(kept).resolves.toBe("served");
    expect(ran).toEqual(["kept"]);
  });

  it("runs each task in the async context of its caller (the page cache collects tags through one)", async () => {
    const admission = new PassAdmission();
    const context = new AsyncLocalStorage<string>();
    const seen = await Promise.all(
      ["first", "second", "third"].map((name) => context.run(name, () => admission.run(() => context.getStore()))),
    );
    expect(seen).toEqual(["first", "second", "third"]);
  });
});
