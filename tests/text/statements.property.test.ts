/**
 * For many generated valid datasets (1 to several hundred units, skewed and
 * tied distributions, one form or both, one region or all, area types all
 * missing, partners all "nej", earlier surveys larger, smaller or equal), the
 * figures and every sentence about them are built without an exception, with
 * no "NaN", "undefined", empty list slot or count that disagrees with its noun,
 * and every "most common", "a majority", "increase" and "about a third" is
 * checked against counts taken straight from the generated rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regionText } from "../../src/lib/text/region-text.ts";
import { reportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { regionFigures } from "../helpers/region-report.ts";
import { ageGroupLabel, partnerShort, sv } from "../../src/lib/text/sv/index.ts";
import {
  datasetOf,
  FORM_SERVICES,
  KOMMUNER,
  LANSKODER,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { runs } from "../helpers/property-runs.ts";
import { reportSentences } from "../helpers/report-sentences.ts";
import { expectWellFormed } from "../helpers/well-formed.ts";

const PARTNER_COLUMNS = {
  bibliotek: "samverkan_bibliotek",
  forskola: "samverkan_forskola",
  tandvard: "samverkan_tandvard",
  psykolog: "samverkan_psykolog",
} as const;
type PartnerKey = keyof typeof PARTNER_COLUMNS;
const MALGRUPPER = ["0-6", "0-12", "0-18"] as const;

/** How a column's values are spread over the units. */
const spread = fc.constantFrom("one", "skewed", "cycle", "random", "halves");
type Spread = "one" | "skewed" | "cycle" | "random" | "halves";

/** Picks value number i of `count` options under a spread; `random` is a seeded generator. */
function pick(
  mode: Spread,
  i: number,
  n: number,
  count: number,
  random: () => number,
  first: number,
): number {
  switch (mode) {
    case "one":
      return first % count;
    case "skewed":
      return random() < 0.8 ? first % count : Math.floor(random() * count);
    case "cycle":
      return (first + i) % count;
    case "halves":
      return (first + (i < n / 2 ? 0 : 1)) % count;
    case "random":
      return Math.floor(random() * count);
  }
}

/** mulberry32: a small seeded generator, so a dataset follows from its parameters alone. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const parameters = fc.record({
  n: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 13, max: 400 })),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  regions: fc.constantFrom("one", "all", "some"),
  form: spread,
  area: fc.constantFrom<Spread | "missing" | "someMissing">(
    "one",
    "skewed",
    "cycle",
    "random",
    "halves",
    "missing",
    "someMissing",
  ),
  age: spread,
  partners: fc.array(fc.constantFrom("ja", "nej", "half", "random", "alternate"), {
    minLength: 4,
    maxLength: 4,
  }),
  previous: fc.oneof(fc.constant(null), fc.constantFrom("zero", "same", "fewer", "more")),
});
type Parameters = typeof parameters extends fc.Arbitrary<infer P> ? P : never;

function unitsFor(p: Parameters): UnitRow[] {
  const random = generator(p.seed);
  const first = Math.floor(random() * 1000);
  const regionPool =
    p.regions === "one"
      ? [LANSKODER[first % LANSKODER.length] ?? "01"]
      : p.regions === "all"
        ? LANSKODER
        : LANSKODER.filter(() => random() < 0.4).concat(LANSKODER[0] ?? "01");
  const kommunPool = KOMMUNER.filter((k) => regionPool.includes(k.lanskod));
  return Array.from({ length: p.n }, (_, i) => {
    // "all" places the first units one per region, so every region really has one.
    const kommun =
      p.regions === "all" && i < LANSKODER.length
        ? (KOMMUNER.find((k) => k.lanskod === LANSKODER[i]) ?? KOMMUNER[0])
        : kommunPool[Math.floor(random() * kommunPool.length)];
    const form =
      pick(p.form, i, p.n, 2, random, first) === 0 ? "familjecentral" : "familjecentralsliknande";
    const areaMode = p.area;
    const omradestyp =
      areaMode === "missing" || (areaMode === "someMissing" && random() < 0.3)
        ? ""
        : String(
            1 + pick(areaMode === "someMissing" ? "random" : areaMode, i, p.n, 5, random, first),
          );
    const partner = (mode: string, k: number) =>
      mode === "ja" || mode === "nej"
        ? mode
        : mode === "half"
          ? i < p.n / 2
            ? "ja"
            : "nej"
          : mode === "alternate"
            ? (i + k) % 2 === 0
              ? "ja"
              : "nej"
            : random() < 0.5
              ? "ja"
              : "nej";
    const [bibliotek = "ja", forskola = "ja", tandvard = "ja", psykolog = "ja"] = p.partners;
    return {
      id: `G${i + 1}`,
      namn: `Enhet ${i + 1}`,
      verksamhetsform: form,
      kommunkod: kommun?.kommunkod ?? "0114",
      lat: "59.0",
      lon: "15.0",
      omradestyp,
      malgrupp: MALGRUPPER[pick(p.age, i, p.n, 3, random, first)] ?? "0-6",
      ...FORM_SERVICES[form],
      samverkan_bibliotek: partner(bibliotek, 0),
      samverkan_forskola: partner(forskola, 1),
      samverkan_tandvard: partner(tandvard, 2),
      samverkan_psykolog: partner(psykolog, 3),
    };
  });
}

function surveysFor(p: Parameters): string {
  const previous =
    p.previous === null
      ? null
      : { zero: 0, same: p.n, fewer: Math.max(0, p.n - 7), more: p.n + 13 }[p.previous];
  const lines = ["ar,antal,kalla,exempeldata,uppdrag,redovisad"];
  if (previous !== null) lines.push(`2019,${previous},Tidigare,nej,,`);
  lines.push("2024,,Aktuell,nej,2023-02,2024-10-01");
  return `${lines.join("\n")}\n`;
}

/** Counts straight from the generated rows: the oracle the sentences are checked against. */
function oracle(units: readonly UnitRow[]) {
  const count = (predicate: (unit: UnitRow) => boolean) => units.filter(predicate).length;
  return {
    n: units.length,
    type: (typ: number) => count((u) => u.omradestyp === String(typ)),
    partner: (key: PartnerKey) => count((u) => u[PARTNER_COLUMNS[key]] === "ja"),
    age: (group: string) => count((u) => u.malgrupp === group),
    regions: new Set(units.map((u) => KOMMUNER.find((k) => k.kommunkod === u.kommunkod)?.lanskod)),
  };
}

const FRACTION_VALUE: Record<string, number> = {
  "en tiondel": 1 / 10,
  "en femtedel": 1 / 5,
  "en fjärdedel": 1 / 4,
  "en tredjedel": 1 / 3,
  hälften: 1 / 2,
  "två tredjedelar": 2 / 3,
  "tre fjärdedelar": 3 / 4,
};
const percent = (text: string) => Number(text.replace(",", ".").replace(/\s|%/g, "")) / 100;

function expectClaimsTrue(all: string, units: readonly UnitRow[]): void {
  const o = oracle(units);
  const types = [1, 2, 3, 4, 5];
  for (const [, typ] of all.matchAll(/\(typ (\d)\), den vanligaste områdestypen/g)) {
    for (const other of types.filter((t) => t !== Number(typ)))
      expect(o.type(Number(typ))).toBeGreaterThan(o.type(other));
  }
  for (const [, typ] of all.matchAll(/Den vanligaste områdestypen är [^(]*\(typ (\d)\)/g)) {
    for (const other of types.filter((t) => t !== Number(typ)))
      expect(o.type(Number(typ))).toBeGreaterThan(o.type(other));
  }
  for (const [sentence] of all.matchAll(/Lika vanliga är [^.]*\./g)) {
    const tied = [...sentence.matchAll(/\(typ (\d)\)/g)].map((m) => Number(m[1]));
    expect(tied.length).toBeGreaterThan(1);
    const top = Math.max(...types.map(o.type));
    for (const t of types) expect(tied.includes(t)).toBe(o.type(t) === top);
  }
  const majority = (Object.keys(PARTNER_COLUMNS) as PartnerKey[]).filter(
    (key) => 2 * o.partner(key) > o.n,
  );
  for (const [list] of all.matchAll(
    /(?:En majoritet av verksamheterna samverkar med|de flesta samarbetar med|Verksamheten samverkar med|och den samarbetar med) [^.]*\./g,
  )) {
    const named = (Object.keys(PARTNER_COLUMNS) as PartnerKey[]).filter((key) =>
      new RegExp(`\\b${partnerShort[key]}\\b`).test(list),
    );
    expect(new Set(named)).toEqual(new Set(majority));
  }
  if (all.includes("Ingen samverkanspart når mer än hälften")) expect(majority).toEqual([]);
  for (const [, name] of all.matchAll(/Vanligast är samverkan med ([a-zåäö]+) \(/g)) {
    const key = (Object.keys(PARTNER_COLUMNS) as PartnerKey[]).find(
      (k) => partnerShort[k] === name,
    );
    if (key === undefined) throw new Error(`unknown partner ${name}`);
    for (const other of Object.keys(PARTNER_COLUMNS) as PartnerKey[])
      if (other !== key) expect(o.partner(key)).toBeGreaterThan(o.partner(other));
  }
  for (const group of MALGRUPPER) {
    const label = ageGroupLabel[group];
    if (all.includes(`främst för barn ${label}`) || all.includes(`främst till barn ${label}`))
      expect(2 * o.age(group)).toBeGreaterThan(o.n);
    if (all.includes(`Den vanligaste huvudsakliga målgruppen är barn ${label}`)) {
      for (const other of MALGRUPPER.filter((g) => g !== group))
        expect(o.age(group)).toBeGreaterThan(o.age(other));
    }
  }
  const approximations = all.matchAll(
    /(ungefär|drygt|knappt) ((?:en |två |tre )?[a-zåäö]+) \((\d+,\d)\s%\)/gi,
  );
  for (const [, qualifierWord = "", fractionWords = "", value = ""] of approximations) {
    const qualifier = qualifierWord.toLowerCase();
    const fraction = fractionWords.toLowerCase();
    const target = FRACTION_VALUE[fraction];
    if (target === undefined) throw new Error(`unknown fraction ${fraction}`);
    const shown = percent(value);
    // The percentage is rounded to 0,1; allow that much on top of the stated bands.
    if (qualifier === "ungefär") expect(Math.abs(shown - target)).toBeLessThanOrEqual(0.0155);
    if (qualifier === "drygt") expect(shown - target).toBeGreaterThan(0.0145);
    if (qualifier === "knappt") expect(target - shown).toBeGreaterThan(0.0145);
    expect(Math.abs(shown - target)).toBeLessThanOrEqual(0.0405);
  }
  if (/alla landets \d+ regioner|och i alla \d+ regioner/.test(all))
    expect(o.regions.size).toBe(LANSKODER.length);
}

function expectChangeTrue(all: string, before: number | null, after: number): void {
  if (all.includes("har antalet ökat") || all.includes("har ökat från"))
    expect(after).toBeGreaterThan(before ?? Infinity);
  if (all.includes("har antalet minskat") || all.includes("har minskat från"))
    expect(after).toBeLessThan(before ?? -Infinity);
  if (all.includes("var antalet detsamma") || all.includes("var detsamma år"))
    expect(after).toBe(before);
}

describe("statements for any valid dataset", () => {
  it("are well formed and true of the data they were made from", () => {
    fc.assert(
      fc.property(parameters, (p) => {
        const units = unitsFor(p);
        const dataset = datasetOf({ verksamheter: unitsCsv(units), kartlaggningar: surveysFor(p) });
        const figures = reportFigures(dataset);
        const national = reportSentences(reportText(figures, sv));
        const regional = dataset.regioner.flatMap((region) => {
          const text = regionText(figures, regionFigures(dataset, region));
          return [
            text.title,
            text.description,
            ...text.lead,
            text.mapCaption,
            text.mapSummary,
            text.areaText ?? "",
          ].filter((sentence) => sentence !== "");
        });
        for (const sentence of [...national, ...regional]) expectWellFormed(sentence);
        const all = national.join("\n");
        expectClaimsTrue(all, units);
        expectChangeTrue(all, figures.sincePrevious?.change.before ?? null, units.length);
      }),
      { numRuns: runs(150) },
    );
  });
});
