/**
 * `npm run check:data`: the real loader, run by plain Node on the TypeScript
 * sources, without building. Every problem or one OK line, in Swedish; exit
 * code 0 or 1; DATA_DIR honoured.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset, UNIT_IDENTITY } from "../../src/lib/data/index.ts";
import { policyGroups } from "../../src/lib/stats/index.ts";
import { publicationPolicy } from "../../src/lib/text/sv/index.ts";
import { formatInteger } from "../../src/lib/format.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { editData, getField, readData, rows, scratchDir, setField, unrows } from "./data-copy.ts";

const scratch = scratchDir("check-data");
afterAll(() => scratch.remove());

/** check:data's output before the publication policy's lines, and those lines (publication-summary.ts). */
function checkData(dataDir?: string) {
  const result = runCheckData(dataDir);
  const start = result.stdout.search(/^Publiceringsregel/m);
  return start < 0
    ? { ...result, policy: [] }
    : {
        ...result,
        stdout: result.stdout.slice(0, start),
        policy: result.stdout.slice(start).trimEnd().split("\n"),
      };
}

function runCheckData(dataDir?: string) {
  const env = { ...process.env, ...(dataDir === undefined ? {} : { DATA_DIR: dataDir }) };
  if (dataDir === undefined) delete env["DATA_DIR"];
  const result = spawnSync(process.execPath, ["scripts/check-data.ts"], {
    cwd: PROJECT_ROOT,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run check:data", () => {
  it("is the package's check:data script", async () => {
    const pkg = (await import("../../package.json", { with: { type: "json" } })).default as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts["check:data"]).toBe("node scripts/check-data.ts");
  });

  it("says in one Swedish line that the shipped data can be used, and exits 0", () => {
    const { status, stdout, stderr } = checkData();
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
    const counts = [
      `${formatInteger(dataset.verksamheter.length)} verksamheter`,
      `${formatInteger(dataset.kommuner.length)} kommuner`,
      `${formatInteger(dataset.regioner.length)} regioner`,
      `${formatInteger(dataset.kartlaggningar.length)} kartläggningar`,
    ];
    expect(stdout).toBe(
      `Datan i data/ är korrekt: ${counts.slice(0, 3).join(", ")} och ${counts[3]} (dataversion ${dataset.version}).\n`,
    );
  });

  it("then says what the policy publishes per unit, only in aggregates, and what it hides", () => {
    const dataset = loadDataset(path.join(PROJECT_ROOT, "data"));
    const { policy } = checkData();
    const { steward } = publicationPolicy;
    const groups = policyGroups(dataset.policy);
    expect(policy).toEqual([
      steward.heading("data/publicering.csv"),
      steward.perUnit([...UNIT_IDENTITY, ...groups.perUnit]),
      ...groups.aggregate.map((g) => steward.aggregate(g.minGroup, g.answers)),
      steward.hidden(0),
    ]);
  });

  it("names every figure a strict policy hides, with its group, and says when there is no policy file", () => {
    const dir = scratch.copyData();
    editData(dir, "publicering.csv", (csv) =>
      csv.replace(/^omradestyp,per_verksamhet,$/m, "omradestyp,sammanstallning,3"),
    );
    // Region Gotland gets one unit: too few, and a second region is hidden with it.
    editData(dir, "verksamheter.csv", (csv) => {
      const [, first = []] = rows(csv);
      const lone = first.map(
        (value, i) => ["X1", "Träffen", "familjecentral", "0980", "57.6348", "18.2948"][i] ?? value,
      );
      return unrows([...rows(csv), lone]);
    });
    const strict = checkData(dir).policy;
    const hidden = strict.slice(strict.indexOf(publicationPolicy.steward.hidden(2)) + 1);
    expect(hidden).toHaveLength(2);
    expect(hidden[0]).toMatch(/Region Gotland \(1 verksamhet\): färre än 3$/);
    expect(hidden[1]).toMatch(/\(\d+ verksamheter\): dold för att/);
    rmSync(path.join(dir, "publicering.csv"));
    expect(checkData(dir).policy[0]).toBe(publicationPolicy.steward.heading(null));
  });

  it("puts each count in the singular when it is 1", () => {
    // One region, one kommun in it, one unit in that kommun and one (current) survey.
    const dir = scratch.copyData();
    const firstRows = (csv: string, keep: (fields: readonly string[]) => boolean) =>
      unrows(rows(csv).filter((fields, i) => i === 0 || keep(fields)));
    editData(dir, "regioner.csv", (csv) => firstRows(csv, (f) => f[0] === "01"));
    editData(dir, "kommuner.csv", (csv) => firstRows(csv, (f) => f[0] === "0114"));
    editData(dir, "verksamheter.csv", (csv) => unrows(rows(csv).slice(0, 2)));
    editData(dir, "kartlaggningar.csv", (csv) => firstRows(csv, (f) => f[1] === ""));
    // The shipped published figures are for the whole country and the 2008 survey.
    rmSync(path.join(dir, "publicerade-siffror.csv"));
    expect(getField(readData(dir, "verksamheter.csv"), 2, "kommunkod")).toBe("0114");
    const { status, stdout, stderr } = checkData(dir);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /är korrekt: 1 verksamhet, 1 kommun, 1 region och 1 kartläggning \(dataversion [0-9a-f]{12}\)\.\n$/,
    );
  });

  it("reads files Excel saved with a trailing semicolon on every line as the same data", () => {
    const dir = scratch.copyData();
    for (const file of ["regioner.csv", "kommuner.csv", "kartlaggningar.csv"] as const)
      editData(dir, file, (csv) => csv.replaceAll("\n", ";\n").replaceAll(",", ";"));
    // verksamheter.csv as Excel writes it when two columns beyond the table were once touched.
    editData(dir, "verksamheter.csv", (csv) => csv.replaceAll("\n", ",,\n"));
    const { status, stdout, stderr } = checkData(dir);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    // The same counts as the shipped data: nothing was dropped or added.
    const counts = (text: string) => /korrekt: (.*) \(dataversion/.exec(text)?.[1];
    expect(counts(stdout)).toBe(counts(checkData().stdout));
    expect(counts(stdout)).toMatch(/verksamheter/);
  });

  it("lists a unit entered twice under two ids as a warning, and still exits 0", () => {
    const dir = scratch.copyData();
    editData(dir, "verksamheter.csv", (csv) => {
      const second = rows(csv)[1] ?? [];
      // The first unit again at the end, under a new id and with its name in capitals.
      const again = second.map((value, i) =>
        i === 0 ? "V999" : i === 1 ? value.toUpperCase() : value,
      );
      return unrows([...rows(csv), again]);
    });
    const last = rows(readData(dir, "verksamheter.csv")).length;
    const { status, stdout, stderr } = checkData(dir);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const shown = path.relative(PROJECT_ROOT, dir).split(path.sep).join("/");
    const [verdict, heading, warning, ...rest] = stdout.split("\n");
    expect(verdict).toMatch(
      new RegExp(`^Datan i .* är korrekt: ${formatInteger(last - 1)} verksamheter, `),
    );
    expect(heading).toBe("1 varning att kontrollera (varningar stoppar inte bygget):");
    expect(warning).toMatch(
      new RegExp(
        `^  - ${shown}/verksamheter\\.csv rad ${last}: ".*" ser ut att vara samma verksamhet som på rad 2: .* "V999" här och "V001" där\\.`,
      ),
    );
    expect(rest).toEqual([""]);
  });

  it("lists the warnings after the problems when the data cannot be used, and exits 1", () => {
    const dir = scratch.copyData();
    editData(dir, "verksamheter.csv", (csv) => {
      const again = (rows(csv)[1] ?? []).map((value, i) => (i === 0 ? "V999" : value));
      return setField(unrows([...rows(csv), again]), 5, "mvc", "kanske");
    });
    const { status, stdout, stderr } = checkData(dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.split("\n");
    expect(lines[0]).toBe("Datan kan inte användas: 1 fel hittades.");
    expect(lines[1]).toMatch(/verksamheter\.csv rad 5, kolumn mvc: "kanske"/);
    expect(lines[2]).toBe("1 varning att kontrollera (varningar stoppar inte bygget):");
    const last = rows(readData(dir, "verksamheter.csv")).length;
    expect(lines[3]).toMatch(new RegExp(`verksamheter\\.csv rad ${last}: .* som på rad 2: `));
  });

  it("lists every problem in DATA_DIR, with file, line and column, and exits 1", () => {
    const dir = scratch.copyData();
    editData(dir, "verksamheter.csv", (csv) =>
      setField(setField(csv, 3, "id", "V001"), 12, "omradestyp", "7"),
    );
    editData(dir, "kommuner.csv", (csv) => setField(csv, 5, "lanskod", "1"));
    const { status, stdout, stderr } = checkData(dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const shown = path.relative(PROJECT_ROOT, dir).split(path.sep).join("/");
    expect(stderr).toContain("Datan kan inte användas: 3 fel hittades.");
    expect(stderr).toContain(
      `${shown}/verksamheter.csv rad 3, kolumn id: "V001" finns redan på rad 2; värdet måste vara unikt`,
    );
    expect(stderr).toContain(
      `${shown}/verksamheter.csv rad 12, kolumn omradestyp: "7" ligger utanför det tillåtna intervallet 1–5`,
    );
    expect(stderr).toContain(
      `${shown}/kommuner.csv rad 5, kolumn lanskod: "1" ska vara exakt 2 siffror`,
    );
  });

  it("says once that a DATA_DIR that does not exist is missing, as it was written, and exits 1", () => {
    const missing = path.join(scratch.root, "finns-inte");
    const written = path.relative(PROJECT_ROOT, missing);
    const { status, stdout, stderr } = checkData(written);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `Datan kan inte användas: mappen "${written}" finns inte (DATA_DIR=${written}, räknat från ${PROJECT_ROOT.replace(/\/$/, "")} blir det ${missing}). Kontrollera DATA_DIR.\n`,
    );
    // An absolute DATA_DIR is shown as it is, once.
    expect(checkData(missing).stderr).toBe(
      `Datan kan inte användas: mappen "${missing}" finns inte (DATA_DIR=${missing}). Kontrollera DATA_DIR.\n`,
    );
  });

  it("says so when DATA_DIR names a file instead of a folder, and exits 1", () => {
    const file = path.join(scratch.copyData(), "regioner.csv");
    const { status, stderr } = checkData(file);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `Datan kan inte användas: "${file}" är en fil, inte en mapp (DATA_DIR=${file}). DATA_DIR ska vara mappen som innehåller datafilerna.\n`,
    );
  });
});
