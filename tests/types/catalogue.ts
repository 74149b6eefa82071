/**
 * Type-level checks, run by `npm run check` (astro check type-checks every
 * file): an English catalogue that lacks a Swedish key, at the top or deep
 * inside, is not a Catalogue. If the type stopped requiring every key, these
 * `@ts-expect-error` lines would have no error to expect and fail the check.
 */
import { en } from "../../src/lib/text/en/index.ts";
import type { Catalogue } from "../../src/lib/text/sv/index.ts";

declare const withoutProposals: Omit<Catalogue, "proposals">;
// @ts-expect-error a catalogue without the proposals' words
export const withoutATopLevelKey: Catalogue = withoutProposals;

declare const healthWorkWithoutTitle: Omit<Catalogue["healthWork"], "chartTitle">;
// @ts-expect-error a catalogue whose health-work words lack the chart's title
export const withoutANestedKey: Catalogue = { ...en, healthWork: healthWorkWithoutTitle };

declare const withoutType3: Omit<Catalogue["areaTypeLabel"], 3>;
// @ts-expect-error a catalogue with no label for area type 3
export const withoutARecordEntry: Catalogue = { ...en, areaTypeLabel: withoutType3 };

export const aFunctionThatSaysNothing: Catalogue = {
  ...en,
  // @ts-expect-error a sentence that returns nothing where the Swedish returns words
  summary: { ...en.summary, lead: () => null },
};
