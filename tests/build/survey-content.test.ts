/**
 * Content belongs to a survey (issue 20): a build of a new survey (a 2026 row
 * in kartlaggningar.csv) without proposals of its own says they are not yet
 * published, shows no earlier survey's proposals under the new title, and
 * warns the steward in Swedish, in the build and in check:data; its sources
 * list every survey's source from the data and the context sources of kallor.csv.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { reportSources } from "../../src/lib/report-sources.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import { readPage } from "../helpers/page.ts";
import { projectCopy } from "../helpers/project-copy.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const scratch = scratchDir("survey-content");
afterAll(() => scratch.remove());

const fold = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

const dir = scratch.copyData("survey-2026");
const surveys = readFileSync(path.join(dir, "kartlaggningar.csv"), "utf8")
  .trimEnd()
  .split("\n")
  .map((line) => (line.startsWith("2023,,") ? line.replace("2023,,", "2023,246,") : line));
writeFileSync(
  path.join(dir, "kartlaggningar.csv"),
  `${[...surveys, "2026,,Folkhälsomyndigheten: Kartläggning av familjecentraler 2026,ja,2025-03,"].join("\n")}\n`,
);
const out = path.join(scratch.root, "dist");
const built = buildSite(out, dir);
const dataset = loadDataset(dir);
/** The headings of the 2023 proposals, which must not appear under 2026. */
const earlierHeadings = [
  "Lokal nivå – en gemensam styrning av verksamheten",
  "Nationell nivå – stöd till den regionala utvecklingen",
];

describe("a new survey without proposals of its own", () => {
  it("builds, and warns in Swedish that the proposals are missing", () => {
    expect(built.status, built.output).toBe(0);
    const warning = built.output.split("\n").find((line) => line.includes("inga egna förslag"));
    expect(warning).toContain("Kartläggningen 2026");
    expect(warning).toContain("src/content/forslag/2026/");
  });

  it.each([
    { page: "index.html", t: sv },
    { page: "en/index.html", t: en },
  ])("says on $page that they are not yet published, and shows none of 2023's", ({ page, t }) => {
    const { document } = readPage(out, page);
    const section = document.querySelector("#forslag");
    const text = fold(section?.textContent);
    expect(text).toContain(t.proposals.notYetPublished("2026"));
    expect(section?.querySelectorAll(".proposal")).toHaveLength(0);
    expect(text).not.toContain(t.proposals.intro);
    const all = fold(document.body?.textContent);
    for (const heading of earlierHeadings) expect(all).not.toContain(heading);
    expect(all).not.toContain("från 2024");
    const findings = [...document.querySelectorAll(".findings li")].map((li) =>
      fold(li.textContent),
    );
    expect(findings).not.toContain(t.summary.proposals);
  });

  it("lists every survey's source from the data, and the context sources", () => {
    const { document } = readPage(out);
    const listed = [...document.querySelectorAll("#kallor li")].map((li) => fold(li.textContent));
    const expected = reportSources(dataset, sv).map((source) => source.text);
    expect(listed.map((text, i) => text.startsWith(expected[i] ?? "\0"))).toEqual(
      expected.map(() => true),
    );
    const kallor = dataset.kartlaggningar.map((survey) => survey.kalla);
    for (const kalla of kallor) expect(listed.some((text) => text.startsWith(kalla))).toBe(true);
    expect(listed.some((text) => text.startsWith("Skånes Kommuner (2022)"))).toBe(true);
  });

  it("is named by check:data as well", () => {
    const copy = projectCopy("survey-content");
    try {
      const result = copy.npmRun("check:data", { DATA_DIR: dir });
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/Varning: Kartläggningen 2026 har inga egna förslag/);
    } finally {
      copy.remove();
    }
  });
});

describe("the shipped survey", () => {
  it("has its own proposals, and check:data warns of none", () => {
    const copy = projectCopy("survey-content-shipped");
    try {
      const result = copy.npmRun("check:data");
      expect(result.status, result.output).toBe(0);
      expect(result.output).not.toMatch(/inga egna förslag/);
    } finally {
      copy.remove();
    }
  });
});
