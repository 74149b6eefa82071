/**
 * Part of the string catalogue (text/sv/index.ts re-exports it), in a module of its
 * own that imports nothing, so the data loader's messages can use it without
 * an import cycle through stats.
 */
import type { Noun } from "../format.ts";

/** Nouns that meet a count somewhere ("1 verksamhet", "2 verksamheter"); see formatCount. */
export const nouns = {
  verksamhet: { one: "verksamhet", other: "verksamheter" },
  /** The definite form, as a sentence's subject: "Verksamheten finns …", "Verksamheterna finns …". */
  verksamhetDefinite: { one: "verksamheten", other: "verksamheterna" },
  kommun: { one: "kommun", other: "kommuner" },
  region: { one: "region", other: "regioner" },
  kartlaggning: { one: "kartläggning", other: "kartläggningar" },
  rad: { one: "rad", other: "rader" },
  siffra: { one: "siffra", other: "siffror" },
  varning: { one: "varning", other: "varningar" },
  sammanstallning: { one: "sammanställning", other: "sammanställningar" },
  utgivare: { one: "utgivare", other: "utgivare" },
} as const satisfies Record<string, Noun>;

/** The same nouns in English (text/en/), key for key. */
export const nounsEn: { readonly [K in keyof typeof nouns]: Noun } = {
  verksamhet: { one: "unit", other: "units" },
  verksamhetDefinite: { one: "the unit", other: "the units" },
  kommun: { one: "municipality", other: "municipalities" },
  region: { one: "region", other: "regions" },
  kartlaggning: { one: "survey", other: "surveys" },
  rad: { one: "row", other: "rows" },
  siffra: { one: "figure", other: "figures" },
  varning: { one: "warning", other: "warnings" },
  sammanstallning: { one: "aggregate", other: "aggregates" },
  utgivare: { one: "publisher", other: "publishers" },
};
