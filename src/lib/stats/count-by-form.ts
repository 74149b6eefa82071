import type { Verksamhetsform } from "../data/index.ts";

export type FormCounts = Readonly<Record<Verksamhetsform, number>> & { readonly total: number };

/** Units in total and by form. */
export function countByForm(
  units: readonly { readonly verksamhetsform: Verksamhetsform }[],
): FormCounts {
  const familjecentral = units.filter((u) => u.verksamhetsform === "familjecentral").length;
  return {
    familjecentral,
    familjecentralsliknande: units.length - familjecentral,
    total: units.length,
  };
}
