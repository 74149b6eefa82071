import type { CalendarDate } from "../../data/index.ts";
import { nouns } from "../nouns.ts";
import { formatCalendarDate, formatCount, nounFor, swedish } from "../../format.ts";
import {
  capitalise,
  changeInWords,
  markKeyIn,
  lowerFirst,
  shareInWordsOf,
  type FormWords,
} from "../wording.ts";
import {
  type AreaType,
  type Change,
  type CheckedFigure,
  type FormCounts,
  type Fraction,
  type Qualifier,
} from "../../stats/index.ts";
import { areaTypeLabel } from "./area-types.ts";

import { formLabel } from "./forms.ts";

/** "Verksamheten" or "Verksamheterna", agreeing with how many units there are. */
export const theUnits = (count: number): string =>
  capitalise(nounFor(count, nouns.verksamhetDefinite));

export const formWords: FormWords = {
  format: swedish,
  formLabel,
  unit: nouns.verksamhet,
  and: "och",
  none: "ingen",
};

/** What the map's marks stand for: "Rosa cirklar: 153 familjecentraler; gröna trianglar: …". */
export const markKey = (units: FormCounts): string =>
  markKeyIn(units, formWords, {
    familjecentral: "rosa cirklar",
    familjecentralsliknande: "gröna trianglar",
  });

/** A share rounded to a simple fraction in words, from `approximateShare`. */
export const fractionWords: Readonly<Record<Fraction, string>> = {
  tiondel: "en tiondel",
  femtedel: "en femtedel",
  fjardedel: "en fjärdedel",
  tredjedel: "en tredjedel",
  halften: "hälften",
  tvaTredjedelar: "två tredjedelar",
  treFjardedelar: "tre fjärdedelar",
};

export const qualifierWords: Readonly<Record<Qualifier, string>> = {
  ungefar: "ungefär",
  drygt: "drygt",
  knappt: "knappt",
};

/** "drygt en tredjedel (35,4 %)", or "35,4 %" when no simple fraction fits the share. */
export const shareInWords = (share: number): string =>
  shareInWordsOf(share, { format: swedish, fraction: fractionWords, qualifier: qualifierWords });

/** ("ökat", "115 verksamheter (+87,8 %)"), ("minskat", "1 verksamhet"), or null when unchanged. */
export const changeWords = (change: Change) =>
  changeInWords(change, { format: swedish, unit: nouns.verksamhet, up: "ökat", down: "minskat" });

/** "Socioekonomiskt blandade områden (typ 3)", lower-cased for use inside a sentence. */
export const areaTypeIn = (typ: AreaType) => `${lowerFirst(areaTypeLabel[typ])} (typ ${typ})`;

/** "i juni 2022" for a month, "den 29 september 2023" for a day. */
export const onDate = (date: CalendarDate) =>
  `${date.day === null ? "i" : "den"} ${formatCalendarDate(date)}`;

/** A count the survey published, as the example-data notice names it. */
export const publishedFigure = (figure: CheckedFigure, value: number) =>
  figure.measure === "verksamheter"
    ? `${formatCount(value, nouns.verksamhet)}${figure.region === null ? "" : ` i ${figure.region}`}`
    : `${formatCount(value, figure.measure === "kommuner" ? nouns.kommun : nouns.region)} med verksamhet`;
