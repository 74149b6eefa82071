import type { Catalogue } from "../sv/index.ts";

export const proposals: Catalogue["proposals"] = {
  notYetPublished: (year: string) =>
    `The proposals that belong to the ${year} survey have not yet been published. Proposals from earlier surveys are not shown here, as they concerned another time.`,
  intro:
    "For the work to be structured, sustainable and long-term, the units need support at local, regional and national level, with responsible actors who organise and support the work at each level. The agencies propose the following.",
};
