import type { Catalogue } from "../sv/index.ts";

export const mapKey: Catalogue["mapKey"] = {
  cluster: "Several units in one place",
  sizes: (counts: string) => `The size of a symbol shows the number of units: ${counts}`,
};
