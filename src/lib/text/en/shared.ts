import type { CalendarDate } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
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
  type FormCounts,
  type Fraction,
  type Qualifier,
} from "../../stats/index.ts";
import { areaTypeLabel } from "./area-types.ts";
import { formLabel } from "./forms.ts";

/** "The unit" or "The units", agreeing with how many there are. */
export const theUnits = (count: number) => capitalise(f.nounFor(count, nouns.verksamhetDefinite));

export const formWords: FormWords = {
  format: f,
  formLabel,
  unit: nouns.verksamhet,
  and: "and",
  none: "no",
};

/** What the map's marks stand for: "Pink circles: 153 family centres; green triangles: …". */
export const markKey = (units: FormCounts) =>
  markKeyIn(units, formWords, {
    familjecentral: "pink circles",
    familjecentralsliknande: "green triangles",
  });

export const fractionWords: Readonly<Record<Fraction, string>> = {
  tiondel: "one in ten",
  femtedel: "one in five",
  fjardedel: "a quarter",
  tredjedel: "a third",
  halften: "half",
  tvaTredjedelar: "two thirds",
  treFjardedelar: "three quarters",
};

export const qualifierWords: Readonly<Record<Qualifier, string>> = {
  ungefar: "about",
  drygt: "just over",
  knappt: "just under",
};

/** "just over a third (35.4%)", or "35.4%" when no simple fraction fits. */
export const shareInWords = (share: number) =>
  shareInWordsOf(share, { format: f, fraction: fractionWords, qualifier: qualifierWords });

/** ("risen", "115 units (+87.8%)"), ("fallen", "1 unit"), or null when unchanged. */
export const changeWords = (change: Change) =>
  changeInWords(change, { format: f, unit: nouns.verksamhet, up: "risen", down: "fallen" });

/** "in June 2022", "on 29 September 2023". */
export const onDate = (date: CalendarDate) =>
  `${date.day === null ? "in" : "on"} ${f.calendarDate(date)}`;

export const areaTypeIn = (typ: AreaType) => `${lowerFirst(areaTypeLabel[typ])} (type ${typ})`;
