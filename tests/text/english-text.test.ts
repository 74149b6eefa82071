/**
 * The English summary's sentences (reportText with the English catalogue) say
 * what the Swedish ones say: the same numbers, sentence by sentence, for any
 * dataset, with nouns that agree with their counts and no Swedish words left.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MALGRUPPER, type Dataset } from "../../src/lib/data/index.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv } from "../../src/lib/text/sv/index.ts";
import { datasetOf, shippedUnits, unitsCsv, type UnitRow } from "../helpers/datasets.ts";
import { sortedNumbers } from "../helpers/numbers.ts";
import { runs } from "../helpers/property-runs.ts";
import { reportSentences } from "../helpers/report-sentences.ts";

const shipped = shippedUnits();
const yesNo = fc.constantFrom("ja", "nej");
/** A unit's statistics changed at random, so ties, majorities and missing values all occur. */
const unitEdit = fc.record({
  omradestyp: fc.constantFrom("", "1", "2", "3", "4", "5"),
  malgrupp: fc.constantFrom(...MALGRUPPER),
  samverkan_bibliotek: yesNo,
  samverkan_forskola: yesNo,
  samverkan_tandvard: yesNo,
  samverkan_psykolog: yesNo,
});
const datasets = fc
  .tuple(fc.subarray(shipped, { minLength: 1 }), fc.array(unitEdit, { maxLength: 246 }))
  .map(([units, edits]): Dataset => {
    const edited = units.map((unit, i): UnitRow => ({ ...unit, ...edits[i] }));
    return datasetOf({ verksamheter: unitsCsv(edited) });
  });

const bothLanguages = (dataset: Dataset) => {
  const figures = reportFigures(dataset);
  return {
    swedish: reportSentences(reportText(figures, sv)),
    english: reportSentences(reportText(figures, en)),
  };
};

/** Words of at least three letters. */
const words = (text: string) => new Set(text.match(/\p{L}{3,}/gu) ?? []);

/**
 * Words an English sentence may share with the Swedish one: names, the
 * agencies' Swedish names (given once beside the English), and words both
 * languages spell alike.
 */
const sharedWords = (dataset: Dataset) =>
  new Set([
    ...dataset.regioner.flatMap((region) => [...words(region.region)]),
    "Folkhälsomyndigheten",
    "Socialstyrelsen",
    "regional",
    "region",
  ]);

const NOUNS = "units?|municipalit(?:y|ies)|regions?|family centres?|family-centre-like services?";
/** "1 units" or "2 unit": a count whose noun disagrees with it. */
const DISAGREEING = new RegExp(
  `(?<![\\d,.])1 (?:units|municipalities|regions|family centres|family-centre-like services)\\b|(?<![\\d,.])(?:0|[2-9]|\\d[\\d,]*\\d) (?:unit|municipality|region|family centre|family-centre-like service)\\b(?!s)`,
);

function expectSameStatements(dataset: Dataset) {
  const { swedish, english } = bothLanguages(dataset);
  expect(english).toHaveLength(swedish.length);
  const allowed = sharedWords(dataset);
  english.forEach((sentence, i) => {
    const original = swedish[i] ?? "";
    expect(sortedNumbers(sentence, "en-GB"), `${sentence}\n${original}`).toEqual(
      sortedNumbers(original, "sv-SE"),
    );
    const swedishWords = words(original);
    const leftover = [...words(sentence)].filter((w) => swedishWords.has(w) && !allowed.has(w));
    expect(leftover, sentence).toEqual([]);
    expect(sentence, "a noun that disagrees with its count").not.toMatch(DISAGREEING);
  });
}

describe("the English summary's sentences", () => {
  it("state the shipped data's numbers as the Swedish report does", () => {
    expectSameStatements(datasetOf({}));
  });

  it("state the same numbers as the Swedish ones, sentence by sentence, for any dataset", () => {
    fc.assert(fc.property(datasets, expectSameStatements), { numRuns: runs(40) });
  });

  it("agree in number with a single unit: 1 unit, 1 municipality, 1 region", () => {
    const dataset = datasetOf({ verksamheter: unitsCsv(shipped.slice(0, 1)) });
    expectSameStatements(dataset);
    const all = bothLanguages(dataset).english.join("\n");
    expect(all).toMatch(/\b1 unit\b/);
    expect(all).toMatch(new RegExp(`\\b1 (?:${NOUNS})`));
    expect(all).not.toMatch(DISAGREEING);
    expect(all).toContain("The unit is in 1 municipality");
  });
});
