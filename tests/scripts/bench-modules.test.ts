/**
 * The bench is split into modules under scripts/bench/ (index.mjs runs them).
 * Running it takes a quarter of an hour, so here each module is only loaded and
 * every name the others import from it is checked to be there: a name lost in
 * the split fails here, not twenty minutes into a run.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

const DIR = path.join(PROJECT_ROOT, "scripts", "bench");
const modules = readdirSync(DIR).filter((name) => name.endsWith(".mjs"));

/** Every `import { a, b } from "./x.mjs"` in the bench's modules, as [x.mjs, [a, b]]. */
const internalImports = modules.flatMap((name) =>
  [
    ...readFileSync(path.join(DIR, name), "utf8").matchAll(
      /import \{([^}]+)\} from "\.\/([\w-]+\.mjs)";/g,
    ),
  ].map(([, names = "", from = ""]) => ({
    name,
    from,
    names: names
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean),
  })),
);

describe("the bench's modules", () => {
  it("are an index and one module per concern", () => {
    expect(modules).toContain("index.mjs");
    expect(modules.length).toBeGreaterThanOrEqual(6);
  });

  it("import nothing from the index, which runs the bench", () => {
    expect(internalImports.filter((i) => i.from === "index.mjs")).toEqual([]);
  });

  it.each(modules.filter((name) => name !== "index.mjs"))(
    "%s loads and exports what the others import",
    async (name) => {
      const loaded = (await import(path.join(DIR, name))) as Record<string, unknown>;
      const wanted = internalImports.filter((i) => i.from === name).flatMap((i) => i.names);
      for (const exported of wanted) expect(loaded[exported], exported).toBeDefined();
    },
  );
});
