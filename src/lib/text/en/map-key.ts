import type { Catalogue } from "../../strings.ts";

export const mapKey: Catalogue["mapKey"] = {
  cluster: "Several units in one place",
  sizes: (counts: string) => `The size of a symbol shows the number of units: ${counts}`,
};
