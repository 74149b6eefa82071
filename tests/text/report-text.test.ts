/**
 * The sentences about the data follow the data: each case a data steward met
 * (issue 11) as a dataset that differs from the shipped one, read back through
 * the same reportText/regionText the pages use.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/lib/data/index.ts";
import { formatCount, formatPercent } from "../../src/lib/format.ts";
import { regionText } from "../../src/lib/text/region-text.ts";
import { reportText, type ReportText } from "../../src/lib/text/report-text.ts";
import { reportFigures } from "../../src/lib/stats/index.ts";
import { regionFigures } from "../helpers/region-report.ts";
import { areaTypeLabel, formLabel, sv } from "../../src/lib/text/sv/index.ts";
import {
  datasetOf,
  FORM_SERVICES,
  shippedUnits,
  unitsCsv,
  type UnitRow,
} from "../helpers/datasets.ts";
import { reportSentences } from "../helpers/report-sentences.ts";
import { shown } from "../helpers/shown.ts";

/** All the national page's data-dependent text, as one string. */
const allText = (text: ReportText): string => reportSentences(text).join("\n");

const textOf = (dataset: Dataset) => reportText(reportFigures(dataset), sv);
const withUnits = (edit: (units: UnitRow[]) => UnitRow[]) =>
  datasetOf({ verksamheter: unitsCsv(edit(shippedUnits())) });

describe("the most common area type", () => {
  it("follows the data when 60 units move from type 3 to type 4", () => {
    let moved = 0;
    const dataset = withUnits((units) =>
      units.map((unit) =>
        unit.omradestyp === "3" && moved < 60 ? (moved++, { ...unit, omradestyp: "4" }) : unit,
      ),
    );
    const figures = reportFigures(dataset);
    const text = reportText(figures, sv);
    const type4 = shown(figures.areaTypes).byType.find((t) => t.typ === 4);
    expect(figures.statements.leadingAreaType).toMatchObject({ kind: "one", key: 4 });
    const label = areaTypeLabel[4].toLowerCase();
    const keyFigure = text.keyFigures.find((f) => f.label.includes("vanligaste"));
    expect(keyFigure?.value).toBe(formatPercent(type4?.andel ?? -1));
    expect(keyFigure?.label.toLowerCase()).toContain(label);
    expect(text.findings.join(" ").toLowerCase()).toContain(`${label} (typ 4), den vanligaste`);
    expect(text.areaTypes.finding.toLowerCase()).toContain(
      `den vanligaste områdestypen är ${label}`,
    );
    expect(allText(text).toLowerCase()).not.toMatch(/blandade områden[^.]*vanligaste/);
  });

  it("is not named when two types are equally common; the tie is said instead", () => {
    // 123 units of type 3 and 123 of type 4: a tie at the top.
    const dataset = withUnits((units) =>
      units.map((unit, i) => ({ ...unit, omradestyp: i % 2 === 0 ? "3" : "4" })),
    );
    const text = textOf(dataset);
    expect(allText(text)).not.toMatch(/vanligaste|Vanligast är att/);
    expect(text.areaTypes.finding).toMatch(/^Lika vanliga är .*typ 3.* och .*typ 4.*vardera/);
    expect(text.keyFigures.map((f) => f.label).join(" ")).not.toContain("vanligaste");
  });

  it("is not claimed, nor any share shown as 0,0 %, when every area type is missing", () => {
    const dataset = withUnits((units) => units.map((unit) => ({ ...unit, omradestyp: "" })));
    const text = textOf(dataset);
    expect(allText(text)).not.toMatch(/vanligaste|0,0\s%/);
    expect(text.areaTypes.chart).toBe(false);
    expect(text.areaTypes.byForm).toEqual({ chart: false, text: null });
    expect(text.areaTypes.finding).toMatch(/saknas för samtliga verksamheter/);
  });
});

describe("which partners a majority collaborates with", () => {
  it("leaves out tandvård when only half the units work with dental care", () => {
    const dataset = withUnits((units) =>
      units.map((unit, i) => ({ ...unit, samverkan_tandvard: i % 2 === 0 ? "ja" : "nej" })),
    );
    const figures = reportFigures(dataset);
    const tandvard = figures.collaboration.find((p) => p.partner === "tandvard");
    expect(tandvard && shown(tandvard).andel).toBe(0.5);
    const text = reportText(figures, sv);
    expect(text.findings.join(" ")).toMatch(/de flesta samarbetar med [^.]*bibliotek/);
    expect(text.findings.join(" ")).not.toMatch(/de flesta samarbetar med [^.]*tandvård/);
    expect(text.healthWork.collaboration).not.toContain("tandvård");
  });

  it("says no partner reaches half, and names the most common, when none is above half", () => {
    const partners = [
      "samverkan_bibliotek",
      "samverkan_forskola",
      "samverkan_tandvard",
      "samverkan_psykolog",
    ] as const;
    const dataset = withUnits((units) =>
      units.map((unit, i) => {
        const edited = { ...unit };
        // Bibliotek for 2 in 5 units, the others for 1 in 5: nobody above half.
        partners.forEach((column, p) => {
          edited[column] = i % 5 < (p === 0 ? 2 : 1) ? "ja" : "nej";
        });
        return edited;
      }),
    );
    const text = textOf(dataset);
    expect(text.healthWork.collaboration).not.toMatch(/majoritet|med \.|med ,/);
    expect(text.healthWork.collaboration).toMatch(/Ingen samverkanspart når mer än hälften/);
    expect(text.healthWork.collaboration).toMatch(/Vanligast är samverkan med bibliotek \(/);
    expect(text.findings.join(" ")).not.toMatch(/de flesta|samarbetar med/);
  });

  it("says nobody collaborates when every partner is nej", () => {
    const dataset = withUnits((units) =>
      units.map((unit) => ({
        ...unit,
        samverkan_bibliotek: "nej",
        samverkan_forskola: "nej",
        samverkan_tandvard: "nej",
        samverkan_psykolog: "nej",
      })),
    );
    const text = textOf(dataset);
    expect(text.healthWork.collaboration).toMatch(/^Ingen av verksamheterna uppger samverkan/);
    expect(allText(text)).not.toMatch(/Vanligast är samverkan|majoritet/);
  });
});

describe("singular and plural", () => {
  it("says 1 familjecentral on Region Kronoberg's page with the shipped data", () => {
    const dataset = datasetOf({});
    const national = reportFigures(dataset);
    const kronoberg = dataset.regioner.find((r) => r.region === "Region Kronoberg");
    if (kronoberg === undefined) throw new Error("no Kronoberg");
    const report = regionFigures(dataset, kronoberg);
    expect(report.units.familjecentral).toBe(1);
    const text = regionText(national, report);
    const lead = text.lead.join(" ");
    expect(lead).toContain("1 familjecentral och");
    expect(lead).not.toMatch(/\b1 familjecentraler\b/);
    // So does the map's caption, which says what its marks stand for.
    expect(text.mapCaption).toContain(
      `${formatCount(report.units.familjecentral, formLabel.familjecentral)};`,
    );
  });

  it("agrees with one unit on the national and the region page", () => {
    const [first] = shippedUnits();
    if (first === undefined) throw new Error("no units");
    const dataset = withUnits(() => [first]);
    const figures = reportFigures(dataset);
    const text = reportText(figures, sv);
    const all = allText(text);
    expect(all).toContain("1 verksamhet");
    expect(all).not.toMatch(/\b1 (verksamheter|familjecentraler|kommuner|regioner)\b/);
    expect(text.description).toMatch(/: 1 verksamhet i 1 kommun\.$/);
    const region = dataset.regioner.find((r) => r.lanskod === "01");
    if (region === undefined) throw new Error("no Stockholm");
    const page = regionText(figures, regionFigures(dataset, region));
    expect(page.mapSummary).toBe("Karta över Region Stockholm med 1 verksamhet.");
    expect(page.lead.join(" ")).toMatch(/^I regionen finns 1 familjecentral och ingen/);
    expect(page.lead.join(" ")).toMatch(/Den finns i 1 av regionens \d+ kommuner\./);
  });

  it("speaks of the region's only kommun rather than '1 av regionens 1 kommuner'", () => {
    const [first] = shippedUnits();
    if (first === undefined) throw new Error("no units");
    const visby = { ...first, kommunkod: "0980", lat: "57.6348", lon: "18.2948" };
    const dataset = withUnits(() => [visby]);
    const figures = reportFigures(dataset);
    const gotland = dataset.regioner.find((r) => r.lanskod === "09");
    if (gotland === undefined) throw new Error("no Gotland");
    const lead = regionText(figures, regionFigures(dataset, gotland)).lead.join(" ");
    expect(lead).toContain("Den finns i regionens enda kommun.");
    // Every other region's page gives the context with one unit in the whole country.
    const blekinge = dataset.regioner.find((r) => r.lanskod === "10");
    if (blekinge === undefined) throw new Error("no Blekinge");
    const none = regionText(figures, regionFigures(dataset, blekinge)).lead.join(" ");
    expect(none).toContain("Landets enda verksamhet fanns i Region Gotland.");
    expect(none).not.toMatch(/de övriga 1 /);
  });
});

describe("one form only", () => {
  it("compares no forms and names the missing one in words", () => {
    const dataset = withUnits((units) =>
      units.map((unit) => ({
        ...unit,
        verksamhetsform: "familjecentral",
        ...FORM_SERVICES.familjecentral,
      })),
    );
    const figures = reportFigures(dataset);
    expect(figures.areaTypesByForm.familjecentralsliknande).toBeNull();
    const text = reportText(figures, sv);
    expect(text.areaTypes.byForm.chart).toBe(false);
    expect(text.areaTypes.byForm.text).toMatch(
      /Alla verksamheter i kartläggningen är familjecentraler/,
    );
    expect(text.findings[0]).toMatch(
      /familjecentraler och ingen familjecentralsliknande verksamhet/,
    );
    // The map draws only circles: its caption explains only those, with their count.
    expect(text.mapCaption).toContain(
      `Rosa cirklar: ${formatCount(dataset.verksamheter.length, formLabel.familjecentral)}.`,
    );
    expect(text.mapCaption).not.toMatch(/trianglar|\b0\b/);
  });
});

describe("a new survey", () => {
  const kartlaggningar = [
    "ar,antal,kalla,exempeldata,uppdrag,redovisad",
    "2008,131,Källa 2008,nej,,",
    "2023,246,Källa 2023,nej,2022-06,2023-09-29",
    "2026,,Källa 2026,nej,2025-03,2026-11-15",
    "",
  ].join("\n");

  it("compares with the survey before it, and takes its years and dates from the data", () => {
    const dataset = datasetOf({ kartlaggningar });
    const figures = reportFigures(dataset);
    expect(figures.current.ar).toBe(2026);
    expect(figures.sincePrevious?.previous.ar).toBe(2023);
    const text = reportText(figures, sv);
    expect(text.title).toContain("2026");
    expect(text.development).toMatch(/^Antalet verksamheter var detsamma år 2026 som år 2023/);
    expect(text.assignment.join(" ")).toContain("I mars 2025 gav regeringen i uppdrag");
    // The 2026 survey has no row in publikationer.csv: no publisher is named for it.
    expect(text.assignment.join(" ")).not.toMatch(/Folkhälsomyndigheten|Socialstyrelsen/);
    expect(text.assignment.join(" ")).toContain("redovisade uppdraget den 15 november 2026");
    expect(text.aboutData.period).toBe(
      "Regeringsuppdraget gavs i mars 2025. Kartläggningen redovisades den 15 november 2026. Uppgifterna om verksamheterna avser läget när kartläggningen gjordes, 2026.",
    );
    expect(text.aboutData.sources).toContain("de tidigare kartläggningarna 2008 och 2023");
    expect(allText(text)).not.toMatch(/2022|29 september/);
  });

  it("words a decrease as a decrease, and leaves the dates out when the file has none", () => {
    const fewer = kartlaggningar
      .replace("2023,246,", "2023,300,")
      .replace("2026,,Källa 2026,nej,2025-03,2026-11-15", "2026,,Källa 2026,nej,,");
    const text = textOf(datasetOf({ kartlaggningar: fewer }));
    expect(text.development).toMatch(
      /har minskat från 300 år 2023 till 246 år 2026, med 54 verksamheter \(−18,0\s%\)/,
    );
    expect(text.keyFigures.map((f) => f.detail).join(" ")).toContain("har antalet minskat med 54");
    expect(text.aboutData.period).toBe(
      "Uppgifterna om verksamheterna avser läget när kartläggningen gjordes, 2026.",
    );
    expect(text.assignment).toHaveLength(1);
    expect(text.assignment[0]).not.toMatch(/\d{4}/);
  });

  it("rejects a current survey that is not the latest", () => {
    const stale = kartlaggningar.replace("2023,246,", "2023,,").replace("2026,,", "2026,300,");
    expect(() => datasetOf({ kartlaggningar: stale })).toThrow(
      /kartlaggningar\.csv:3 ar den aktuella kartläggningen \(tomt antal\) är från 2023, men det finns en senare kartläggning från 2026/,
    );
  });
});
