import type { Verksamhetsform } from "../../data/index.ts";
import { type Noun } from "../../format.ts";
import { formBreakdownIn, formCountsIn } from "../wording.ts";
import { type FormCounts } from "../../stats/index.ts";
import { formWords } from "./shared.ts";

export const formLabel: Readonly<Record<Verksamhetsform, Noun>> = {
  familjecentral: { one: "family centre", other: "family centres" },
  familjecentralsliknande: {
    one: "family-centre-like service",
    other: "family-centre-like services",
  },
};

export const formShort: Readonly<Record<Verksamhetsform | "total", string>> = {
  familjecentral: "Family centres",
  familjecentralsliknande: "Family-centre-like",
  total: "Total",
};

/** "153 family centres and 93 family-centre-like services", or "… and no family centre". */
export const formCounts = (units: FormCounts) => formCountsIn(units, formWords);

/** "246 units: 153 family centres and 93 …" when both forms occur. */
export const formBreakdown = (units: FormCounts) => formBreakdownIn(units, formWords);
