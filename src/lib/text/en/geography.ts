import { english as f, type Noun } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { EMPTY_REGIONS_NAMED } from "../wording.ts";
import { type FormCounts } from "../../stats/index.ts";
import type { Catalogue } from "../sv/index.ts";
import { formCounts } from "./forms.ts";
import { markKey, theUnits } from "./shared.ts";

export const geography: Catalogue["geography"] = {
  text: (p: {
    units: number;
    kommuner: number;
    kommunTotal: number;
    regioner: number;
    regionTotal: number;
    without: readonly string[];
  }) =>
    `${theUnits(p.units)} ${p.units === 1 ? "is" : "are"} in ${f.integer(p.kommuner)} of ${f.count(p.kommunTotal, nouns.kommun)} and in ` +
    (p.without.length === 0
      ? `all ${f.count(p.regionTotal, nouns.region)}.`
      : `${f.integer(p.regioner)} of ${f.count(p.regionTotal, nouns.region)}. There is no unit in ${f.list(p.without)}.`),
  regionIndex: "All regions, with a page for each region (in Swedish)",
  kommunFinder: "Find your municipality: all municipalities from A to Ö (in Swedish)",
  mapTitle: "Family centres and family-centre-like services in Sweden",
  table: {
    caption: "Units by region and type of service, and municipalities with at least one unit",
    region: "Region",
    total: "Total",
    kommuner: "Municipalities with a unit",
    kommunerOf: (withUnits: string, total: string) => `${withUnits} of ${total}`,
    none: "No unit",
    country: "Sweden",
    forms: {
      familjecentral: "Family centres",
      familjecentralsliknande: "Family-centre-like",
    },
  },
};

export const map: Catalogue["map"] = {
  caption: (p: { units: FormCounts; without: readonly string[] }) =>
    `The units in Sweden's regions. ${markKey(p.units)}.` +
    (p.without.length === 0
      ? ""
      : p.without.length === 1
        ? ` The hatched region has no unit: ${f.list(p.without)}.`
        : p.without.length > EMPTY_REGIONS_NAMED
          ? ` The ${f.integer(p.without.length)} hatched regions have no unit.`
          : ` Hatched regions have no unit: ${f.list(p.without)}.`),
  summary: (p: { units: FormCounts; regioner: number; without: readonly string[] }) =>
    `Map of Sweden with ${f.count(p.units.total, nouns.verksamhet)} in ${f.count(p.regioner, nouns.region)}: ${formCounts(p.units)}.` +
    (p.without.length === 0 ? "" : ` There is no unit in ${f.list(p.without)}.`),
  tableRef: (table: string) => ` The number of units in each region is given in ${table}.`,
  formLegend: (label: string, count: string) => `${label} (${count})`,
  withoutUnits: (names: readonly string[]) =>
    names.length > EMPTY_REGIONS_NAMED
      ? `No unit (${f.count(names.length, nouns.region)})`
      : `No unit: ${f.list(names)}`,
};

export const mapAggregated: Catalogue["mapAggregated"] = {
  groupTitle: (kommun: string, count: number, form: Noun) => `${kommun}: ${f.count(count, form)}`,
  caption: (maxPoints: string) =>
    ` With more than ${maxPoints} units, the map shows one symbol per municipality and type of service; the larger the symbol, the more units it stands for.`,
};
