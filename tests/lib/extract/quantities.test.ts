/** @jest-environment node */
// The quantity grammar on numbers written the ways people write them (our own examples).
import { cellQuantity, describeQuantity, parseNumber, quantitiesIn } from "@/lib/extract/quantities";

const first = (text: string) => {
  const [q] = quantitiesIn(text);
  return q ? { value: q.value, unit: q.unit, upTo: q.upTo } : null;
};

describe("numbers", () => {
  it("reads thousands separators, decimal commas and k/M/B suffixes", () => {
    expect(parseNumber("12,480")).toBe(12480);
    expect(parseNumber("3,5")).toBe(3.5);
    expect(first("about 4.2M events/s")).toEqual({ value: 4_200_000, unit: "events/s", upTo: null });
    expect(first("peaks near 35k rps")).toEqual({ value: 35_000, unit: "req/s", upTo: null });
    expect(first("a 2B row table")?.value).toBe(2_000_000_000);
  });

  it("never reads versions, dates or identifiers as quantities", () => {
    expect(quantitiesIn("upgraded to 3.11.4 on 2024-05-02 in service-9k")).toEqual([
      expect.objectContaining({ value: 2024, unit: "" }),
    ]);
  });
});

describe("units", () => {
  it("normalises durations, including compounds, to short units", () => {
    expect(first("the import took 2h 30m")).toEqual({ value: 9000, unit: "s", upTo: null });
    expect(first("cold install 1m 4.5s")).toEqual({ value: 64.5, unit: "s", upTo: null });
    expect(first("p50 was 820µs")?.unit).toBe("µs");
    expect(first("finished in 2,310 ms")).toEqual({ value: 2310, unit: "ms", upTo: null });
  });

  it("reads work counted over a day, an hour or a month as a rate in that period", () => {
    expect(first("about 4.2 million jobs daily")).toEqual({ value: 4200000, unit: "jobs/day", upTo: null });
    expect(first("3 billion events a day")?.unit).toBe("events/day");
    expect(first("1,200 requests per minute")?.unit).toBe("requests/min");
    expect(first("450 builds each month")?.unit).toBe("builds/month");
    expect(first("90k page views/hour")?.unit).toBe("pageviews/hour");
    expect(first("3 jobs dailyish")?.unit).toBe("");
  });

  it("reads sizes, rates of any noun, percentages and ratios", () => {
    expect(first("peak RSS 1.5 GiB")).toEqual({ value: 1.5, unit: "GiB", upTo: null });
    expect(first("bundle of 312.4kB")).toEqual({ value: 312.4, unit: "KB", upTo: null });
    expect(first("9,100 inserts per second")?.unit).toBe("inserts/s");
    expect(first("18 ops/sec")?.unit).toBe("ops/s");
    expect(first("120 MB/s")?.unit).toBe("MB/s");
    // A tool's lower-case binary units: "mib" is mebibytes in any casing.
    expect(first("76.7mib/s")).toEqual({ value: 76.7, unit: "MiB/s", upTo: null });
    expect(first("used 370.3mib")).toEqual({ value: 370.3, unit: "MiB", upTo: null });
    expect(first("read 2gib")?.unit).toBe("GiB");
    expect(first("18 kB  297 B/s")?.unit).toBe("KB");
    expect(quantitiesIn("18 kB  297 B/s")[1]?.unit).toBe("B/s");
    expect(first("cut CPU by 35 %")?.unit).toBe("%");
    expect(first("3–4× faster")).toEqual({ value: 3, unit: "x", upTo: 4 });
    expect(first("7 times faster")?.unit).toBe("x");
  });

  it("keeps an approximation word and a trailing plus", () => {
    const [q] = quantitiesIn("roughly 40 ms");
    expect([q.approx, describeQuantity(q)]).toEqual(["roughly", "roughly 40 ms"]);
    expect(describeQuantity(quantitiesIn("a baseline of 200KB+")[0])).toContain("200 KB+");
  });
});

describe("table cells", () => {
  it("reads a cell that is one quantity with decoration, and nothing else", () => {
    expect(cellQuantity("**812ms** 🏆")?.value).toBe(812);
    expect(cellQuantity("~2.4k")?.value).toBe(2400);
    expect(cellQuantity("n/a")).toBeNull();
    expect(cellQuantity("Tuned with 16 workers and a warm cache")).toBeNull();
  });

  it("adds up the parts of one measure written before its unit ('310+62MB': two processes' memory)", () => {
    expect([cellQuantity("310+62MB")?.value, cellQuantity("310+62MB")?.unit]).toEqual([372, "MB"]);
    expect(cellQuantity("200 + 45 + 7 MB")?.value).toBe(252);
    // A trailing plus is a bound, not a sum; bare parts with no unit are left alone.
    expect(cellQuantity("100+ MB")?.value).toBe(100);
    expect(cellQuantity("2+2")?.value).not.toBe(4);
  });
});
