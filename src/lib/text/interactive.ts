/**
 * Part of the string catalogue (text/sv/index.ts re-exports it): the words the page's
 * scripts show in the browser. A module of its own that imports only the
 * formatter and the nouns, so a script bundles these few words and not the whole
 * catalogue with the statistics behind it.
 */
import { english, formatCount, formatInteger } from "../format.ts";
import { nouns, nounsEn } from "./nouns.ts";

/** A unit's fields, named the same in the unit list of a region page and in the map's tooltip. */
export const unitFields = {
  name: "Namn",
  kommun: "Kommun",
  form: "Verksamhetsform",
  area: "Områdestyp",
  /** "3. Socioekonomiskt blandade områden" */
  areaType: (typ: number, label: string) => `${typ}. ${label}`,
  areaMissing: "Uppgift saknas",
} as const;

/**
 * A unit mark's title on the map, "Familjecentralen Ålidhem (Umeå)", and back:
 * the map's script reads the name and the kommun from it. Kommun names have no
 * parentheses, so the last pair is always the kommun's.
 */
export const unitTitle = {
  format: (name: string, kommun: string) => `${name} (${kommun})`,
  parse: (title: string): { name: string; kommun: string | null } => {
    const match = /^([\s\S]*) \(([^()]*)\)$/.exec(title);
    return match === null
      ? { name: title, kommun: null }
      : { name: match[1] ?? title, kommun: match[2] ?? null };
  },
} as const;

/** The map's interactive layer: what is shown, and how to explore it. */
export const mapExplorer = {
  /** "Visar 153 av 246 verksamheter": units whose form is switched on, of all on the map. */
  shown: (shown: number, total: number) =>
    `Visar ${formatInteger(shown)} av ${formatCount(total, nouns.verksamhet)}`,
  /** A unit's accessible name: what its tooltip shows, read as sentences. */
  unitLabel: (heading: string, rows: readonly (readonly [string, string])[]) =>
    [heading, ...rows.map(([term, value]) => `${term}: ${value}`)].join(". "),
  /** The heading of a mark for several units at one spot: "2 verksamheter här". */
  here: (count: number) => `${formatCount(count, nouns.verksamhet)} här`,
  /** Such a mark's accessible name: the heading, then every unit it stands for. */
  clusterLabel: (heading: string, units: readonly string[]) => `${heading}: ${units.join("; ")}`,
  /** Under a region's name when pointed at: a click offers its page, it does not open it. */
  regionHint: "Klicka för en länk till regionens sida",
  help: "Peka eller tryck på en symbol för att se vilken verksamhet det är. Med tangentbordet: gå till kartan med tabbtangenten och flytta mellan verksamheterna med piltangenterna. Knapparna under kartan visar och döljer varje verksamhetsform.",
  legendLabel: "Teckenförklaring",
} as const;

/** The kommun finder's search field. */
export const kommunSearch = {
  label: "Sök kommun",
  hint: "Skriv en del av namnet, till exempel ”ostersund” för Östersund.",
  /** How many kommuner the search shows, of all. */
  matches: (count: number, total: number) =>
    count === total
      ? `Alla ${formatCount(total, nouns.kommun)} visas.`
      : count === 0
        ? "Ingen kommun matchar sökningen."
        : `${formatCount(count, nouns.kommun)} av ${formatInteger(total)} matchar sökningen.`,
} as const;

/** The map's words on the English summary (text/en/); the same shape as the Swedish ones. */
export const unitFieldsEn: Widened<typeof unitFields> = {
  name: "Name",
  kommun: "Municipality",
  form: "Type of service",
  area: "Area type",
  areaType: (typ: number, label: string) => `${typ}. ${label}`,
  areaMissing: "Not known",
};

export const mapExplorerEn: Widened<typeof mapExplorer> = {
  shown: (shown: number, total: number) =>
    `Showing ${english.integer(shown)} of ${english.count(total, nounsEn.verksamhet)}`,
  unitLabel: mapExplorer.unitLabel,
  here: (count: number) => `${english.count(count, nounsEn.verksamhet)} here`,
  clusterLabel: mapExplorer.clusterLabel,
  regionHint: "Click for a link to the region's page",
  help: "Point at or tap a symbol to see which unit it is. With the keyboard: tab to the map and move between the units with the arrow keys. The buttons below the map show and hide each type of service.",
  legendLabel: "Key",
};

/** A Swedish object's shape with its words as plain strings, for another language to fill in. */
type Widened<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K];
};

/** The map's words in the page's language (the `lang` of its <html>), for the map's script. */
export function mapWords(lang: string) {
  return lang === "en"
    ? { mapExplorer: mapExplorerEn, unitFields: unitFieldsEn, unitTitle }
    : { mapExplorer, unitFields, unitTitle };
}
