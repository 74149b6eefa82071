import { describe, expect, it } from "vitest";
import { FOREIGN_PHRASES, splitForeign } from "../../src/lib/text/foreign-phrases.ts";
import { loadDataset } from "../../src/lib/data/index.ts";
import { reportSources } from "../../src/lib/report-sources.ts";
import { en } from "../../src/lib/text/en/index.ts";

describe("splitForeign", () => {
  const parts = FOREIGN_PHRASES["en"] ?? [];

  it("marks whole words only, the longest phrase first", () => {
    expect(splitForeign("A family centre (familjecentral) and familjecentraler.", parts)).toEqual([
      { text: "A family centre (" },
      { text: "familjecentral", lang: "sv" },
      { text: ") and familjecentraler." },
    ]);
    expect(
      splitForeign("Family-centre-like service (familjecentralsliknande verksamhet)", parts),
    ).toEqual([
      { text: "Family-centre-like service (" },
      { text: "familjecentralsliknande verksamhet", lang: "sv" },
      { text: ")" },
    ]);
  });

  it("keeps a Swedish title whole rather than marking its words", () => {
    const title = reportSources(loadDataset("data"), en)[0]?.text ?? "";
    const marked = splitForeign(title, parts).filter((segment) => segment.lang !== undefined);
    expect(marked.map((segment) => segment.text)).toEqual([
      "Familjecentraler och familjecentralsliknande verksamheter – Kartläggning, analys och förslag",
    ]);
  });

  it("gives back the text unchanged when joined", () => {
    const text = en.summary.lead("2023", true);
    expect(
      splitForeign(text, parts)
        .map((segment) => segment.text)
        .join(""),
    ).toBe(text);
  });
});
