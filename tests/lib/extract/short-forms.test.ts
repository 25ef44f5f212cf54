/** @jest-environment node */
// Short names a document uses for what it names in full, and a maker's name that is the short form of none of
// its products. Every text here is our own writing.
import { TechResolver } from "@/lib/extract";
import { foldShortForms } from "@/lib/extract/short-forms";

const found = (name: string) => [{ slug: name.toLowerCase(), name, aliases: [], proposed: true }];

describe("a short name found in a document", () => {
  it("is the technology it names in full ('Fly' for Fly.io), even before another capitalised word", () => {
    const text = "We run on Fly.io. Fly Machines start fast, and Fly bills per second.";
    expect(foldShortForms(found("Fly"), new TechResolver([]), text).shortForms).toEqual([
      { slug: "fly-io", alias: "Fly" },
    ]);
  });

  it("is a maker's name, no technology, when it stands before other products than the full name's", () => {
    const text =
      "Google Cloud bills per gigabyte. Google Drive gives 15 GB, Google Photos less. Google may change that.";
    expect(foldShortForms(found("Google"), new TechResolver([]), text)).toEqual({ shortForms: [], others: [] });
    const only = "Google Cloud bills per gigabyte. Google may change that.";
    expect(foldShortForms(found("Google"), new TechResolver([]), only).shortForms).toEqual([
      { slug: "gcp", alias: "Google" },
    ]);
  });
});
