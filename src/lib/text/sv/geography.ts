import { nouns } from "../nouns.ts";
import { formatCount, formatInteger, formatList, type Noun } from "../../format.ts";
import { EMPTY_REGIONS_NAMED } from "../wording.ts";
import { type FormCounts } from "../../stats/index.ts";
import { formCounts } from "./forms.ts";
import { markKey, theUnits } from "./shared.ts";

export const geography = {
  text: (p: {
    units: number;
    kommuner: number;
    kommunTotal: number;
    regioner: number;
    regionTotal: number;
    without: readonly string[];
  }) =>
    `${theUnits(p.units)} finns i ${formatInteger(p.kommuner)} av ${formatCount(p.kommunTotal, nouns.kommun)} och i ` +
    (p.without.length === 0
      ? `alla ${formatCount(p.regionTotal, nouns.region)}.`
      : `${formatInteger(p.regioner)} av ${formatCount(p.regionTotal, nouns.region)}. Det finns ingen verksamhet i ${formatList(p.without)}.`),
  regionIndex: "Alla regioner, med en sida per region",
  kommunFinder: "Hitta din kommun: alla kommuner från A till Ö",
  mapTitle: "Familjecentraler och familjecentralsliknande verksamheter i Sverige",
  table: {
    caption: "Verksamheter per region, efter verksamhetsform, och kommuner med minst en verksamhet",
    region: "Region",
    total: "Totalt",
    kommuner: "Kommuner med verksamhet",
    kommunerOf: (withUnits: string, total: string) => `${withUnits} av ${total}`,
    none: "Ingen verksamhet",
    country: "Hela landet",
    /**
     * The forms as column headers, with soft hyphens where the compounds may
     * break: printed beside the map the columns are narrower than the words.
     */
    forms: {
      familjecentral: "Familje\u00adcentraler",
      familjecentralsliknande: "Familje\u00adcentrals\u00adliknande",
    },
  },
} as const;

export const map = {
  caption: (p: { units: FormCounts; without: readonly string[] }) =>
    `Verksamheterna i Sveriges regioner. ${markKey(p.units)}.` +
    (p.without.length === 0
      ? ""
      : p.without.length === 1
        ? ` Den streckade regionen saknar verksamhet: ${formatList(p.without)}.`
        : p.without.length > EMPTY_REGIONS_NAMED
          ? ` De ${formatInteger(p.without.length)} streckade regionerna saknar verksamhet.`
          : ` Streckade regioner saknar verksamhet: ${formatList(p.without)}.`),
  summary: (p: { units: FormCounts; regioner: number; without: readonly string[] }) =>
    `Karta över Sverige med ${formatCount(p.units.total, nouns.verksamhet)} i ${formatCount(p.regioner, nouns.region)}: ${formCounts(p.units)}.` +
    (p.without.length === 0 ? "" : ` Ingen verksamhet finns i ${formatList(p.without)}.`),
  /** After the summary of the report's map: where its numbers are, since it has too many to read out. */
  tableRef: (table: string) => ` Antalet verksamheter i varje region står i ${table}.`,
  formLegend: (label: string, count: string) => `${label} (${count})`,
  withoutUnits: (names: readonly string[]) =>
    names.length > EMPTY_REGIONS_NAMED
      ? `Ingen verksamhet (${formatCount(names.length, nouns.region)})`
      : `Ingen verksamhet: ${formatList(names)}`,
} as const;

/** The map when it has more units than it draws one by one: one mark per kommun and form. */
export const mapAggregated = {
  groupTitle: (kommun: string, count: number, form: Noun) =>
    `${kommun}: ${formatCount(count, form)}`,
  caption: (maxPoints: string) =>
    ` Med fler än ${maxPoints} verksamheter visar kartan en symbol per kommun och verksamhetsform, och ju större symbolen är, desto fler verksamheter står den för.`,
} as const;
