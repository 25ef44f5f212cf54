import { allowedEdits, closestWord, editDistance } from "@/lib/search/typo";

describe("typo tolerance", () => {
  it("counts edits, a swap of neighbours as one", () => {
    expect(editDistance("djnago", "django", 2)).toBe(1);
    expect(editDistance("fastapy", "fastapi", 2)).toBe(1);
    expect(editDistance("flask", "flask", 2)).toBe(0);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    // Stops early beyond the limit.
    expect(editDistance("express", "laravel", 2)).toBe(3);
  });

  it("forgives more edits in longer words, none in short ones", () => {
    expect([3, 4, 5, 6, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it("picks the nearest name, and none when the word is known or nothing is near", () => {
    const names = ["django", "fastapi", "flask", "express", "throughput"];
    expect(closestWord("djnago", names)).toBe("django");
    expect(closestWord("fastapy", names)).toBe("fastapi");
    expect(closestWord("thruoghput", names)).toBe("throughput");
    expect(closestWord("fast", names)).toBeNull(); // begins a name: prefix search finds it
    expect(closestWord("fastest", names)).toBeNull();
    expect(closestWord("dj", names)).toBeNull();
  });
});
