/**
 * A region's distinctive name, what a reader looks it up by: "Region Östergötland"
 * → "Östergötland", "Västra Götalandsregionen" → "Västra Götaland". Tables sort
 * regions by it, so that Västra Götaland comes among the other V names.
 */
export function regionSortName(name: string): string {
  return name.replace(/^Region\s+/u, "").replace(/s?regionen$/u, "");
}

/**
 * A region's URL segment: ASCII, stable, from its official name.
 * "Region Skåne" → "skane", "Västra Götalandsregionen" → "vastra-gotaland",
 * "Region Jönköpings län" → "jonkopings-lan".
 */
export function regionSlug(name: string): string {
  return regionSortName(name)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Slugs for all regions; two regions that would share a URL are an error, never a silent overwrite. */
export function regionSlugs(names: readonly string[]): ReadonlyMap<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const name of names) {
    const slug = regionSlug(name);
    const other = taken.get(slug);
    if (other !== undefined)
      throw new Error(`Regions "${other}" and "${name}" would both get /region/${slug}/`);
    if (slug === "") throw new Error(`Region "${name}" gives an empty URL segment`);
    taken.set(slug, name);
    slugs.set(name, slug);
  }
  return slugs;
}
