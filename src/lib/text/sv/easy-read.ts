/**
 * The report in easy-to-read Swedish (lättläst), for /lattlast/: short
 * sentences, common words, one thing per sentence. Every number and every word
 * for how many ("de flesta", "flest", "alla") is chosen from the figures and
 * statements the report itself uses (src/lib/easy-read-text.ts puts them in).
 * Swedish only: lättläst is a Swedish form of the text.
 *
 * Words are kept short where there is a choice ("ställe", not "verksamhet"),
 * and each sentence has at most 15 words (tests/build/easy-read.test.ts).
 */
import { formatCount, formatInteger, formatList, type Noun } from "../../format.ts";
import type { Malgrupp } from "../../data/index.ts";

const stalle: Noun = { one: "ställe", other: "ställen" };

/** "0-6" → "0 till 6 år". */
const ages = (group: Malgrupp) => `${group.replace("-", " till ")} år`;

export const easyRead = {
  /** The link's text in every page's header and footer. */
  link: "Lättläst",
  pageTitle: (year: string) => `Lättläst – familjecentraler ${year}`,
  heading: "Familjecentraler på lättläst svenska",
  description: (year: string) =>
    `Om familjecentraler i Sverige ${year}, på lättläst svenska: vad de är, hur många de är och var de finns.`,
  lead: "Här kan du läsa om familjecentraler i Sverige. Texten är lätt att läsa.",
  exampleData: "Obs! Siffrorna på den här sidan är inte riktiga. De är bara exempel.",

  whatHeading: "Vad är en familjecentral?",
  what: [
    "En familjecentral är ett ställe för barn och deras familjer.",
    "Där kan du få hjälp och stöd med ditt barn.",
    "På en familjecentral finns fyra delar i samma hus:",
  ],
  parts: [
    "Mödravården. Dit går du när du väntar barn.",
    "Barnavården. Dit går du för att se att ditt barn mår bra.",
    "Öppna förskolan. Där kan barn leka med andra barn.",
    "Socialtjänsten. Den kan ge stöd till hela familjen.",
  ],
  similar: ["En del ställen har bara några av delarna.", "Vi kallar dem liknande ställen."],

  howManyHeading: "Hur många finns det?",
  total: (count: number, year: string) =>
    `År ${year} fanns det ${formatCount(count, stalle)} i Sverige.`,
  /** How many of them were familjecentraler and how many were like them. */
  forms: (fc: number, similar: number): string[] => {
    if (fc + similar === 1)
      return [fc === 1 ? "Det var en familjecentral." : "Det var ett liknande ställe."];
    return [
      fc === 0
        ? "Inget av dem var en familjecentral."
        : `${formatInteger(fc)} av dem ${fc === 1 ? "var en familjecentral" : "var familjecentraler"}.`,
      similar === 0
        ? "Inget av dem var ett liknande ställe."
        : `${formatInteger(similar)} av dem var ${similar === 1 ? "ett liknande ställe" : "liknande ställen"}.`,
    ];
  },
  before: (year: string, count: number, direction: "up" | "down" | "same") => [
    `År ${year} fanns det ${formatCount(count, stalle)}.`,
    direction === "up"
      ? "Nu finns det fler."
      : direction === "down"
        ? "Nu finns det färre."
        : "Nu finns det lika många.",
  ],

  whereHeading: "Var finns de?",
  kommuner: (units: number, withUnits: number, total: number) =>
    `${units === 1 ? "Stället" : "Ställena"} finns i ${formatInteger(withUnits)} av Sveriges ${formatInteger(total)} kommuner.`,
  regioner: (withUnits: number, total: number) =>
    `De finns i ${formatInteger(withUnits)} av ${formatCount(total, { one: "region", other: "regioner" })}.`,
  /** The regions without any, named in a sentence when few, else in a list after it. */
  without: (names: readonly string[]) =>
    names.length === 0
      ? { sentence: "Det finns minst ett ställe i varje region.", list: [] }
      : names.length <= 3
        ? { sentence: `Det finns inga ställen i ${formatList(names)}.`, list: [] }
        : {
            sentence: `Det finns inga ställen i ${formatInteger(names.length)} regioner:`,
            list: names,
          },
  finder: "Här kan du se din kommun:",

  whoHeading: "Vem är de till för?",
  who: "De är till för barn och deras familjer.",
  /** The main age group, with "alla", "de flesta", "flest" or "lika många" as the figures allow. */
  age: (
    p:
      | { kind: "all" | "most" | "one" | "single"; group: Malgrupp }
      | { kind: "tie"; groups: readonly Malgrupp[] },
  ): string => {
    if (p.kind === "tie")
      return `Lika många jobbar mest med barn som är ${formatList(p.groups.map(ages))}.`;
    const who = { all: "Alla", most: "De flesta", one: "Flest", single: "Stället" }[p.kind];
    return `${who} jobbar mest med barn som är ${ages(p.group)}.`;
  },

  proposalsHeading: "Vad vill rapporten?",
  proposalsIntro: "Rapporten ger förslag. Förslagen ska göra familjecentralerna bättre.",
  proposals: [
    "Varje familjecentral ska ha en gemensam ledning.",
    "Kommuner och regioner ska planera arbetet ihop.",
    "Staten ska ge pengar till stöd i hela landet.",
    "Staten ska ge pengar till mer kunskap om familjecentraler.",
  ],

  moreHeading: "Vill du veta mer?",
  authors: (publishers: string) => `${publishers} har gjort rapporten.`,
  more: "Här kan du läsa hela rapporten:",
} as const;
