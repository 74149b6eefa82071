/**
 * A failing build leaves the last good dist/ exactly as it was.
 *
 * First, data faults, each built with the real `astro build` into a directory
 * that already holds a good build: the data is checked before Astro writes
 * anything. Then `npm run build` itself, in a copy of the project, failing in
 * every way a build can fail (bad data, a page or an endpoint that throws, a
 * build interrupted or killed), and what it prints to the terminal.
 */
import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publicationWarnings } from "../../src/integrations/publication-warnings.ts";
import { buildSite } from "../helpers/build-site.ts";
import { projectCopy, type CommandResult } from "../helpers/project-copy.ts";
import {
  editData,
  hashTree,
  mojibake,
  randomBytes,
  scratchDir,
  setField,
  toWindows1252,
} from "./data-copy.ts";

/** Builds are slow on a busy 2-core machine; nothing here measures speed. */
const BUILD_TIMEOUT = 10 * 60_000;

const scratch = scratchDir("failed-build");
const outDir = path.join(scratch.root, "dist");
let before: Record<string, string>;

beforeAll(() => {
  // The good build the test run made once; copying it stands for "the last good dist/".
  cpSync(inject("distDir"), outDir, { recursive: true });
  before = hashTree(outDir);
  expect(Object.keys(before)).toContain("index.html");
});
afterAll(() => scratch.remove());

const cases: readonly {
  readonly name: string;
  readonly apply: (dir: string) => void;
  readonly expected: readonly RegExp[];
}[] = [
  {
    name: "two faults in different rows: a duplicate id and an unknown kommunkod",
    apply: (dir) =>
      editData(dir, "verksamheter.csv", (csv) =>
        setField(setField(csv, 3, "id", "V001"), 40, "kommunkod", "9999"),
      ),
    expected: [
      /verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2; värdet måste vara unikt/,
      /verksamheter\.csv rad 40, kolumn kommunkod: okänd kommunkod "9999"/,
    ],
  },
  {
    name: "a file saved as Windows-1252",
    apply: (dir) => editData(dir, "kommuner.csv", (csv) => toWindows1252(csv)),
    expected: [/kommuner\.csv rad 2: filen är inte UTF-8/],
  },
  {
    name: "mojibake in valid UTF-8",
    apply: (dir) => editData(dir, "verksamheter.csv", (csv) => mojibake(csv)),
    expected: [
      /verksamheter\.csv rad 2, kolumn namn: "Familjecentralen i Upplands VÃ¤sby" ser ut att vara felkodad text/,
      /verksamheter\.csv rad \d+–\d+, kolumn namn: …och \d+ fel till i samma kolumn$/m,
    ],
  },
  {
    name: "10 MB of random bytes",
    apply: (dir) =>
      writeFileSync(path.join(dir, "verksamheter.csv"), randomBytes(10 * 1024 * 1024)),
    expected: [/verksamheter\.csv rad 1: filen är inte UTF-8/],
  },
];

describe("a failing build", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: stops with every problem, dist/ untouched",
    (_, { apply, expected }) => {
      const dataDir = scratch.copyData();
      apply(dataDir);
      const result = buildSite(outDir, dataDir);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Datan kan inte användas: [\d\u00a0]+ fel hittades\./);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
      expect(hashTree(outDir)).toEqual(before);
    },
  );
});

describe("npm run build, in a copy of the project", () => {
  const copy = projectCopy("npm-build");
  let first: CommandResult;
  let good: Record<string, string>;

  beforeAll(() => {
    first = copy.npmRun("build");
    if (first.status !== 0) throw new Error(`npm run build failed:\n${first.output}`);
    good = hashTree(copy.dist);
  }, BUILD_TIMEOUT);
  afterAll(() => copy.remove());

  /** A page or endpoint added to the copy for one test, removed after it. */
  function withFile(relative: string, content: string, run: () => void | Promise<void>) {
    const file = path.join(copy.root, relative);
    writeFileSync(file, content);
    return Promise.resolve()
      .then(run)
      .finally(() => rmSync(file, { force: true }));
  }

  /** dist/ exactly as the good build left it, and no scratch directory left beside it. */
  function expectUntouched(result: CommandResult) {
    expect(result.status, result.output).not.toBe(0);
    expect(hashTree(copy.dist)).toEqual(good);
    expect(copy.leftovers()).toEqual([]);
    expect(result.output).toMatch(/dist\/ är orörd: där finns förra bygget kvar/);
  }

  it("builds into dist/ and leaves no scratch directory", () => {
    expect(Object.keys(good)).toContain("index.html");
    expect(Object.keys(good)).toContain("data/siffror.json");
    expect(copy.exists("dist/.prerender")).toBe(false);
    expect(copy.leftovers()).toEqual([]);
    expect(first.output).toMatch(/Webbplatsen finns nu i dist\//);
  });

  it(
    "bad data: dist/ untouched, and only the Swedish problem list, no English or stack trace",
    () => {
      const dataDir = scratch.copyData();
      editData(dataDir, "verksamheter.csv", (csv) => setField(csv, 3, "id", "V001"));
      const result = copy.npmRun("build", { DATA_DIR: dataDir });
      expect(result.output).not.toMatch(/unhandled error|Stack trace|DataValidationError/i);
      expect(result.output).not.toMatch(/^\s+at /m);
      expect(result.output).toMatch(/^Datan kan inte användas: 1 fel hittades\.$/m);
      expect(result.output).toMatch(
        /verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2; värdet måste vara unikt/,
      );
      expectUntouched(result);
      expect(result.output).not.toMatch(/\[build\]/);
    },
    BUILD_TIMEOUT,
  );

  it(
    "a page that throws while rendering: dist/ untouched; a bug shows its stack trace",
    () =>
      withFile(
        "src/pages/trasig-sida.astro",
        '---\nthrow new Error("avsiktligt fel i en sida");\n---\n<p>aldrig</p>\n',
        () => {
          const result = copy.npmRun("build");
          expectUntouched(result);
          expect(result.output).toContain("avsiktligt fel i en sida");
          expect(result.output).toMatch(/^\s+at .*trasig-sida/m);
        },
      ),
    BUILD_TIMEOUT,
  );

  it(
    "an endpoint that throws: dist/ untouched",
    () =>
      withFile(
        "src/pages/trasig.json.ts",
        'export const GET = () => {\n  throw new Error("avsiktligt fel i en slutpunkt");\n};\n',
        () => {
          const result = copy.npmRun("build");
          expectUntouched(result);
          expect(result.output).toContain("avsiktligt fel i en slutpunkt");
        },
      ),
    BUILD_TIMEOUT,
  );

  /**
   * A page that holds the build in page generation until the test stops it, so
   * the stop lands while Astro is writing pages, every time. It names itself in
   * the output when its turn comes.
   */
  const STUCK_PAGE = [
    "---",
    'console.log("STUCK-PAGE-REACHED");',
    "await new Promise(() => setInterval(() => {}, 60_000));",
    "---",
    "<p>aldrig</p>",
    "",
  ].join("\n");

  async function startStuckBuild() {
    const build = copy.npmStart("build");
    for (;;) {
      if (build.output().includes("STUCK-PAGE-REACHED")) return build;
      if (build.child.exitCode !== null) throw new Error(`the build ended:\n${build.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it(
    "interrupted with Ctrl+C while writing pages: dist/ untouched, scratch removed",
    () =>
      withFile("src/pages/fast-sida.astro", STUCK_PAGE, async () => {
        const build = await startStuckBuild();
        build.signalGroup("SIGINT");
        const result = await build.ended;
        expectUntouched(result);
        expect(result.output).toMatch(/Bygget avbröts\./);
      }),
    BUILD_TIMEOUT,
  );

  it(
    "killed outright while writing pages: dist/ untouched; the next build removes what it left",
    () =>
      withFile("src/pages/fast-sida.astro", STUCK_PAGE, async () => {
        const build = await startStuckBuild();
        build.signalGroup("SIGKILL");
        await build.ended;
        expect(hashTree(copy.dist)).toEqual(good);
        // Nothing can tidy up after kill -9: its scratch directory is still there.
        expect(copy.leftovers()).toHaveLength(1);
        // The next build removes it first thing, even one that fails at once.
        const dataDir = scratch.copyData();
        editData(dataDir, "kommuner.csv", () => "");
        expectUntouched(copy.npmRun("build", { DATA_DIR: dataDir }));
      }),
    BUILD_TIMEOUT,
  );

  describe("what it prints", () => {
    it("the data check's summary, as npm run check:data words it, at the start", () => {
      const check = copy.npmRun("check:data");
      expect(check.status, check.output).toBe(0);
      const summary = check.output.trim();
      expect(summary).not.toBe("");
      expect(first.output).toContain(summary);
      expect(first.output.indexOf(summary)).toBeLessThan(first.output.indexOf("[build]"));
    });

    it("a warning naming the file and key to edit while the accessibility contact is a placeholder", () => {
      const warnings = publicationWarnings();
      for (const warning of warnings) expect(first.output).toContain(warning);
      if (warnings.length > 0) {
        expect(first.output).toContain("src/lib/text/sv/accessibility-statement.ts");
        expect(first.output).toContain("accessibilityStatement.contact");
      }
      // The build went on: the warning does not stop it.
      expect(first.status).toBe(0);
    });
  });
});
