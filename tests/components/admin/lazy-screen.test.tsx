import { Suspense } from "react";
import { render, screen } from "@testing-library/react";
import { lazyScreen } from "@/components/admin/lazy";

/** A module as `import()` resolves it: several exports, the screen among them. */
function moduleLoader() {
  const calls = { count: 0 };
  let release: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const load = async () => {
    calls.count += 1;
    await ready;
    return { Greeting: ({ name }: { name: string }) => <p>Hello {name}</p>, helper: () => 42 };
  };
  return { load, calls, release: () => release() };
}

describe("screens loaded when first shown", () => {
  it("shows the fallback until the module arrives, then the named export with its props", async () => {
    const { load, release } = moduleLoader();
    const Greeting = lazyScreen("Greeting", load);
    render(
      <Suspense fallback={<p>Loading the screen…</p>}>
        <Greeting name="Eddie" />
      </Suspense>,
    );
    expect(screen.getByText("Loading the screen…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("Hello Eddie")).toBeInTheDocument();
  });

  it("a preload started before the screen is shown is the load the screen uses (the module is fetched once)", async () => {
    const { load, calls, release } = moduleLoader();
    const Greeting = lazyScreen("Greeting", load);
    Greeting.preload();
    Greeting.preload();
    expect(calls.count).toBe(1);
    release();
    render(
      <Suspense fallback={null}>
        <Greeting name="Ada" />
      </Suspense>,
    );
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(calls.count).toBe(1);
  });
});
