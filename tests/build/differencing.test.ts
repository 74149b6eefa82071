/**
 * Proof by differencing that the publication policy holds in everything the
 * build writes. The site is built from a generated dataset, then again with one
 * lone unit's protected answers changed (the only unit in its region, fewer than
 * the smallest group), and compared file by file:
 *
 *   - one unit changed: every file of the unit's region, its kommun and the unit
 *     itself is byte-identical; only national aggregates (over at least N units)
 *     may differ;
 *   - the same change, balanced by the opposite change in a unit of the same form
 *     in a large region, so no national aggregate moves: every file but the large
 *     region's is byte-identical, national pages and figures included.
 *
 * Run with the shipped policy and with a strict one (area type protected too).
 * The data version names the release and says nothing about a unit, so it is
 * masked; a PNG is compared through the SVG it is drawn from; .br and .gz copies
 * follow their originals.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_MIN_GROUP } from "../../src/lib/data/index.ts";
import { AREA_TYPES } from "../../src/lib/stats/index.ts";
import { withheld } from "../../src/lib/text/sv/index.ts";
import { buildSite } from "../helpers/build-site.ts";
import { SHIPPED, shippedUnits, unitsCsv, visbyUnit, type UnitRow } from "../helpers/datasets.ts";
import { scratchDir } from "../robustness/data-copy.ts";

const ROOT = scratchDir("differencing");
afterAll(() => ROOT.remove());

/** A lone familjecentralsliknande unit in Visby: Region Gotland has no other unit. */
const LONE: UnitRow = visbyUnit({
  omradestyp: "2",
  malgrupp: "0-6",
  samverkan_bibliotek: "ja",
  samverkan_forskola: "nej",
  samverkan_tandvard: "ja",
  samverkan_psykolog: "nej",
});
/** Every answer of the lone unit, changed while it stays a valid unit of its form. */
const EVERY_ANSWER_CHANGED: Partial<UnitRow> = {
  omradestyp: "5",
  malgrupp: "0-18",
  mvc: "ja",
  oppen_forskola: "nej",
  socialtjanst: "ja",
  samverkan_bibliotek: "nej",
  samverkan_forskola: "ja",
  samverkan_tandvard: "nej",
  samverkan_psykolog: "ja",
};

const GOTLAND = "09";
const STRICT_POLICY = SHIPPED.publicering?.replace(
  /^omradestyp,per_verksamhet,$/m,
  `omradestyp,sammanstallning,${DEFAULT_MIN_GROUP}`,
);

/**
 * A unit of the lone unit's form in Region Skåne whose answers are exactly the
 * changed ones: giving it the lone unit's old answers balances the change.
 */
function balancingUnit(units: readonly UnitRow[]): UnitRow {
  const candidate = units.find(
    (unit) => unit.kommunkod.startsWith("12") && unit.verksamhetsform === LONE.verksamhetsform,
  );
  if (candidate === undefined) throw new Error("the shipped data has no such unit in Skåne");
  return candidate;
}

function dataDir(name: string, units: readonly UnitRow[], policy: string): string {
  const dir = ROOT.copyData(name);
  writeFileSync(path.join(dir, "verksamheter.csv"), unitsCsv(units));
  writeFileSync(path.join(dir, "publicering.csv"), policy);
  return dir;
}

/** Every file under dir, relative, with forward slashes. */
function filesOf(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    return statSync(path.join(dir, relative)).isDirectory() ? filesOf(dir, relative) : [relative];
  });
}

/** The files a reader reads, less the compressed copies and the PNGs drawn from compared SVGs. */
const compared = (file: string) => !/\.(br|gz|png)$/.test(file);

/** The data version the build printed in siffror.json, to mask it everywhere. */
const versionOf = (dist: string): string =>
  (
    JSON.parse(readFileSync(path.join(dist, "data/siffror.json"), "utf8")) as {
      dataversion: string;
    }
  ).dataversion;

function masked(dist: string, file: string): string {
  return readFileSync(path.join(dist, file), "utf8").replaceAll(versionOf(dist), "<dataversion>");
}

/** The files whose masked text differs between two builds; missing or added files included. */
function differences(a: string, b: string): string[] {
  const files = new Set([...filesOf(a), ...filesOf(b)].filter(compared));
  return [...files]
    .filter((file) => {
      let left: string | null = null;
      let right: string | null = null;
      try {
        left = masked(a, file);
      } catch {
        /* missing in a */
      }
      try {
        right = masked(b, file);
      } catch {
        /* missing in b */
      }
      return left !== right;
    })
    .sort();
}

/**
 * The national report's aggregates: its pages, its figures and their data, the
 * JSON of every figure and the national tables. Nothing else may move when one
 * unit's protected answers do.
 */
const NATIONAL_AGGREGATE = [
  /^index\.html$/,
  /^en\/index\.html$/,
  /^data\/siffror\.json$/,
  /^data\/omradestyper(-excel)?\.csv$/,
  /^figurer\/(en\/)?[^/]*\.(svg|csv)$/,
  // The national figures' embed pages show the figures themselves.
  /^(inbaddning|en\/embed)\/(?!region\/)[^/]+\/index\.html$/,
  // The data page states the national files' byte sizes (schema.org contentSize);
  // the balanced builds below prove it holds nothing more.
  /^data\/index\.html$/,
];
const isNationalAggregate = (file: string) => NATIONAL_AGGREGATE.some((re) => re.test(file));

/** Whether a file is a region's page or one of its figure files, by the region's slug. */
const ofRegion = (slug: string) => (file: string) =>
  file.startsWith(`region/${slug}/`) || file.startsWith(`figurer/region/${slug}`);

interface Builds {
  readonly base: string;
  readonly oneChanged: string;
  readonly balanced: string;
}

/** The answers a policy does not publish per unit (the header row is skipped). */
const protectedIn = (policy: string): Partial<UnitRow> =>
  Object.fromEntries(
    Object.entries(EVERY_ANSWER_CHANGED).filter(
      ([column]) => !policy.split("\n").includes(`${column},per_verksamhet,`),
    ),
  );

function buildAll(policyName: string, policy: string): Builds {
  const CHANGED = protectedIn(policy);
  const units = shippedUnits();
  const balancing = balancingUnit(units);
  const changed = { ...LONE, ...CHANGED };
  const oldAnswers = Object.fromEntries(
    Object.keys(CHANGED).map((column) => [column, LONE[column as keyof UnitRow]]),
  );
  const variants = {
    base: [...units.map((u) => (u.id === balancing.id ? { ...u, ...CHANGED } : u)), LONE],
    oneChanged: [...units.map((u) => (u.id === balancing.id ? { ...u, ...CHANGED } : u)), changed],
    balanced: [
      ...units.map((u) => (u.id === balancing.id ? { ...u, ...CHANGED, ...oldAnswers } : u)),
      changed,
    ],
  };
  const epoch = inject("buildEpoch");
  const out = mkdtempSync(path.join(tmpdir(), `fc-diff-${policyName}-`));
  const dists = Object.fromEntries(
    Object.entries(variants).map(([name, rows]) => {
      const dist = path.join(out, name);
      const result = buildSite(dist, dataDir(`${policyName}-${name}`, rows, policy), {
        SOURCE_DATE_EPOCH: epoch,
      });
      if (result.status !== 0) throw new Error(`${name} did not build:\n${result.output}`);
      return [name, dist];
    }),
  ) as unknown as Builds;
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  return dists;
}

describe.each([
  ["shipped", SHIPPED.publicering ?? ""],
  ["strict", STRICT_POLICY ?? ""],
])("with the %s policy, one lone unit's protected answers", (name, policy) => {
  let builds: Builds;
  beforeAll(() => {
    builds = buildAll(name, policy);
  });

  it("leave every file of its region, its kommun and the unit itself byte-identical", () => {
    const changed = differences(builds.base, builds.oneChanged);
    const gotland = ofRegion("gotland");
    const own = [
      ...filesOf(builds.base).filter(compared).filter(gotland),
      "kommuner/index.html",
      "region/index.html",
      "data/verksamheter.csv",
      "data/verksamheter-excel.csv",
      "data/kommuner.csv",
      "data/regioner.csv",
      "data/kodbok.csv",
    ];
    expect(own.filter((file) => changed.includes(file))).toEqual([]);
    // The page of the unit's region is there to compare, and so are its figures.
    expect(own.filter(gotland).length).toBeGreaterThan(1);
    // Only national aggregates, over at least the smallest group, may move: the
    // national report's, and the nation's shares other region pages show beside
    // their own (the balanced builds below prove those pages hold nothing more).
    const otherRegionPage = (file: string) => /^region\/[^/]+\/index\.html$/.test(file);
    expect(changed.filter((file) => !isNationalAggregate(file) && !otherRegionPage(file))).toEqual(
      [],
    );
  });

  it("leave every file byte-identical when a unit in a large region balances the change", () => {
    const changed = differences(builds.base, builds.balanced);
    expect(changed.filter((file) => !ofRegion("skane")(file))).toEqual([]);
  });

  it(`${name === "strict" ? "hides" : "shows"} the region's area types as the page shows them`, () => {
    const { document } = parseHTML(
      readFileSync(path.join(builds.base, "region/gotland/index.html"), "utf8"),
    );
    const legends = [...document.querySelectorAll(".table-legend")].map((p) => p.textContent);
    const cells = [...document.querySelectorAll("table td")].map((td) => td.textContent.trim());
    if (name === "strict") {
      const hidden = { withheld: "small-group", minGroup: DEFAULT_MIN_GROUP } as const;
      expect(legends).toEqual([withheld.legend(hidden)]);
      // Count and share for each area type and for "unknown"; the nation's column stays.
      expect(cells.filter((text) => text === withheld.mark)).toHaveLength(
        (AREA_TYPES.length + 1) * 2,
      );
    } else {
      expect(legends).toEqual([]);
      expect(cells).not.toContain(withheld.mark);
    }
  });
});

// Keeps the lone unit's region honest: it is Gotland, and the shipped data has none there.
it("the generated dataset puts the lone unit alone in its region", () => {
  expect(LONE.kommunkod.startsWith(GOTLAND.slice(0, 2))).toBe(true);
  expect(shippedUnits().filter((u) => u.kommunkod.startsWith(GOTLAND))).toEqual([]);
});
