import type { Verksamhetsform } from "../../data/index.ts";
import { type Noun } from "../../format.ts";
import { formBreakdownIn, formCountsIn } from "../wording.ts";
import { type FormCounts } from "../../stats/index.ts";
import { formWords } from "./shared.ts";

export const formLabel: Readonly<Record<Verksamhetsform, Noun>> = {
  familjecentral: { one: "familjecentral", other: "familjecentraler" },
  familjecentralsliknande: {
    one: "familjecentralsliknande verksamhet",
    other: "familjecentralsliknande verksamheter",
  },
};

/**
 * Units by form in words: "153 familjecentraler och 93 familjecentralsliknande
 * verksamheter", or, when one form has none, "6 familjecentralsliknande
 * verksamheter och ingen familjecentral".
 */
export const formCounts = (units: FormCounts): string => formCountsIn(units, formWords);

/** The total first when both forms occur: "246 verksamheter: 153 familjecentraler och …". */
export const formBreakdown = (units: FormCounts): string => formBreakdownIn(units, formWords);

/** Short column headings for the two forms, for tables and chart legends. */
export const formShort: Readonly<Record<Verksamhetsform | "total", string>> = {
  familjecentral: "Familjecentraler",
  familjecentralsliknande: "Familjecentralsliknande",
  total: "Totalt",
};
