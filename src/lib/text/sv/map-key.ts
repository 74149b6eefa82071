/** The map legend's entries for marks that stand for more than one unit. */
export const mapKey = {
  /** A mark drawn on a plate: units closer together than the map can show apart. */
  cluster: "Flera verksamheter på samma plats",
  /** The size key of a map with one mark per kommun and form; `counts` lists the sizes shown. */
  sizes: (counts: string) => `Symbolens storlek visar antalet verksamheter: ${counts}`,
} as const;
