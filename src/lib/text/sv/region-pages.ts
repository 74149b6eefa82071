import { nouns } from "../nouns.ts";
import { formatCount, formatInteger, formatList, formatPercent } from "../../format.ts";
import { type FormCounts } from "../../stats/index.ts";
import { formBreakdown } from "./forms.ts";
import { markKey } from "./shared.ts";

export const regionPage = {
  title: (region: string, year: string) => `${region} – familjecentraler ${year}`,
  description: (region: string, units: number, year: string) =>
    `Familjecentraler och familjecentralsliknande verksamheter i ${region} enligt kartläggningen ${year}: ${formatCount(units, nouns.verksamhet)}.`,
  breadcrumb: "Du är här",
  lead: (p: { units: FormCounts; kommuner: number; kommunTotal: number }) => {
    const they = p.units.total === 1 ? "Den" : "De";
    const where =
      p.kommunTotal === 1
        ? "i regionens enda kommun"
        : p.kommuner === p.kommunTotal
          ? `i alla regionens ${formatCount(p.kommunTotal, nouns.kommun)}`
          : `i ${formatInteger(p.kommuner)} av regionens ${formatCount(p.kommunTotal, nouns.kommun)}`;
    return `I regionen finns ${formBreakdown(p.units)}. ${they} finns ${where}.`;
  },
  none: (region: string, year: string) =>
    `I kartläggningen ${year} fanns ingen familjecentral och ingen familjecentralsliknande verksamhet i ${region}.`,
  noneContext: (p: {
    withoutCount: number;
    regionTotal: number;
    others: readonly string[];
    /** The regions that have units; never empty, since the survey has at least one unit. */
    withUnits: readonly string[];
    units: number;
  }) => {
    const share =
      `Det gäller ${formatInteger(p.withoutCount)} av landets ${formatCount(p.regionTotal, nouns.region)}` +
      (p.others.length === 0 ? "." : ` – utöver den här även ${formatList(p.others)}.`);
    const rest =
      p.withUnits.length === 1
        ? p.units === 1
          ? `Landets enda verksamhet fanns i ${formatList(p.withUnits)}.`
          : `Landets samtliga ${formatCount(p.units, nouns.verksamhet)} fanns i ${formatList(p.withUnits)}.`
        : `I de övriga ${formatInteger(p.withUnits.length)} regionerna fanns sammanlagt ${formatCount(p.units, nouns.verksamhet)}.`;
    return `${share} ${rest} Det kan finnas andra verksamheter för barnfamiljer i regionen som inte uppfyller kartläggningens definitioner.`;
  },
  mapHeading: "Karta",
  mapTitle: (region: string) => `Verksamheterna i ${region}`,
  mapCaption: (region: string, units: FormCounts) =>
    `${region}. ${markKey(units)}. Angränsande regioner visas blekt.`,
  mapCaptionNone: (region: string) =>
    `${region}, streckad: regionen har ingen verksamhet. Angränsande regioner visas blekt.`,
  mapSummary: (region: string, units: number) =>
    units === 0
      ? `Karta över ${region}, som inte har någon verksamhet.`
      : `Karta över ${region} med ${formatCount(units, nouns.verksamhet)}.`,
  kommunHeading: "Kommunerna i regionen",
  kommunTable: {
    caption: (region: string) => `Verksamheter per kommun i ${region}`,
    kommun: "Kommun",
    none: "Ingen verksamhet",
    total: "Hela regionen",
  },
  areaHeading: "Områdestyper",
  areaText: (p: {
    region: string;
    /** Units in the region with a known area type. */
    known: number;
    challenges: number;
    nationalKnown: number;
    national: number;
  }) =>
    p.known === 0
      ? `Uppgift om områdestyp saknas för samtliga verksamheter i ${p.region}.`
      : `I ${p.region} ligger ${formatPercent(p.challenges)} av verksamheterna i områden med socioekonomiska utmaningar (typ 1–2)` +
        (p.nationalKnown === 0 ? "." : `, jämfört med ${formatPercent(p.national)} i hela landet.`),
  areaTable: {
    /** `withNation`: the table has the nation's shares beside the region's. */
    caption: (region: string, withNation: boolean) =>
      `Verksamheter efter områdestyp i ${region}${withNation ? " och i hela landet" : ""}`,
    type: "Områdestyp",
    count: "Antal i regionen",
    share: "Andel i regionen",
    national: "Andel i hela landet",
  },
  listHeading: "Verksamheterna",
  listTable: {
    caption: (region: string) => `Alla verksamheter i ${region}`,
  },
  exampleNote: "Namn och platser är exempeldata.",
  listTooLong: (count: number) =>
    `Regionen har ${formatCount(count, nouns.verksamhet)}, för många för att lista på sidan.`,
  listDownload: "Ladda ner listan över alla verksamheter",
  back: "Till den nationella rapporten",
  allRegions: "Alla regioner",
} as const;

export const regionIndex = {
  title: (year: string) => `Regioner – familjecentraler ${year}`,
  heading: "Regionerna",
  description: (year: string) =>
    `Familjecentraler och familjecentralsliknande verksamheter per region enligt kartläggningen ${year}.`,
  lead: "Varje region har en egen sida med karta, kommuner, områdestyper och en lista över verksamheterna.",
  item: (units: number) => formatCount(units, nouns.verksamhet),
  itemNone: "ingen verksamhet",
} as const;
