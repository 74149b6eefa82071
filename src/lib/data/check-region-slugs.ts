import { regionSlug } from "../region-slug.ts";
import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located } from "./read-table.ts";

/** Every region gets a page at /region/<slug>/: each name must give a slug, and no two the same. */
export function checkRegionSlugs(
  file: string,
  rows: readonly Located<{ readonly region: string }>[],
): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { line, row } of rows) {
    const slug = regionSlug(row.region);
    const first = firstLine.get(slug);
    if (slug === "")
      problems.push({ file, line, column: "region", reason: messages.emptyRegionSlug(row.region) });
    else if (first !== undefined) {
      problems.push({
        file,
        line,
        column: "region",
        reason: messages.duplicateRegionSlug(slug, first),
      });
    } else firstLine.set(slug, line);
  }
  return problems;
}
