import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DataDirectoryError,
  DataValidationError,
  formatProblem,
  formatWarnings,
  loadDataset,
  validateDataset,
  type Problem,
} from "../../src/lib/data/index.ts";
import { fixtureSources, fixtureText, withField } from "../helpers/fixture.ts";

const UNITS = "data/verksamheter.csv";
const KOMMUNER = "data/kommuner.csv";
const REGIONER = "data/regioner.csv";
const SURVEYS = "data/kartlaggningar.csv";

/** The problems the validator reports for the fixture with one file's text replaced. */
function problemsWith(overrides: Parameters<typeof fixtureSources>[0]): readonly Problem[] {
  const result = validateDataset(fixtureSources(overrides));
  return result.ok ? [] : result.problems;
}

/** The fixture's units file with one field of one row changed. */
const unitsWith = (row: number, column: string, value: string) =>
  problemsWith({ verksamheter: withField(fixtureText("verksamheter"), row, column, value) });

describe("validateDataset: the fixture", () => {
  it("accepts the valid fixture and derives each unit's county from its kommun", () => {
    const result = validateDataset(fixtureSources());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.verksamheter.map((u) => u.lanskod)).toEqual([
      "01",
      "01",
      "01",
      "12",
      "12",
    ]);
    expect(result.dataset.verksamheter[4]?.omradestyp).toBeNull();
    expect(result.dataset.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe("validateDataset: columns", () => {
  const header = fixtureText("verksamheter").split("\n")[0] ?? "";

  it("reports a missing column on the header line", () => {
    const csv = fixtureText("verksamheter").replace(
      header,
      header.replace("malgrupp", "aldersgrupp"),
    );
    expect(problemsWith({ verksamheter: csv })).toEqual([
      {
        file: UNITS,
        line: 1,
        column: "aldersgrupp",
        reason: expect.stringMatching(/okänd kolumn "aldersgrupp"/),
      },
      { file: UNITS, line: 1, column: "malgrupp", reason: "kolumnen saknas i rubrikraden" },
    ]);
  });

  it("reports an extra column", () => {
    const lines = fixtureText("verksamheter")
      .trimEnd()
      .split("\n")
      .map((line, i) => `${line},${i === 0 ? "extra" : "x"}`);
    expect(problemsWith({ verksamheter: lines.join("\n") })).toEqual([
      { file: UNITS, line: 1, column: "extra", reason: expect.stringMatching(/okänd kolumn/) },
    ]);
  });

  it("reports a duplicated column", () => {
    const lines = fixtureText("kommuner")
      .trimEnd()
      .split("\n")
      .map((line) => `${line},${line.split(",")[2]}`);
    expect(problemsWith({ kommuner: lines.join("\n") })).toEqual([
      {
        file: KOMMUNER,
        line: 1,
        column: "lanskod",
        reason: "kolumnen finns mer än en gång i rubrikraden",
      },
    ]);
  });

  it("reports a file with a header and no rows", () => {
    expect(problemsWith({ verksamheter: header })).toEqual([
      { file: UNITS, line: 1, reason: "filen har bara en rubrikrad och inga datarader" },
    ]);
  });

  it("reports a row with too few or too many fields", () => {
    const csv = `${fixtureText("kommuner").trimEnd()}\n9999,Extra\n`;
    expect(problemsWith({ kommuner: csv })).toEqual([
      {
        file: KOMMUNER,
        line: 7,
        reason: expect.stringMatching(/raden har 2 fält men rubrikraden har 3/),
      },
    ]);
  });
});

describe("validateDataset: columns without a name", () => {
  const roles = ["regioner", "kommuner", "verksamheter", "kartlaggningar"] as const;
  /** Every line of a CSV text with `extra` appended, as Excel writes cells once touched beyond the table. */
  const withTrailing = (csv: string, extra: (line: number) => string) =>
    csv
      .trimEnd()
      .split("\n")
      .map((line, i) => `${line}${extra(i + 1)}`)
      .join("\n");
  const canonical = validateDataset(fixtureSources());

  it.each(roles.flatMap((role) => [",", ";"].map((delimiter) => [role, delimiter] as const)))(
    "ignores trailing columns with no name and no value in %s.csv (delimiter %j)",
    (role, delimiter) => {
      const csv = withTrailing(fixtureText(role).replaceAll(",", delimiter), () =>
        delimiter.repeat(3),
      );
      const result = validateDataset(fixtureSources({ [role]: csv }));
      if (!result.ok || !canonical.ok) throw new Error(JSON.stringify(result));
      expect({ ...result.dataset, version: "" }).toEqual({ ...canonical.dataset, version: "" });
    },
  );

  it.each(roles)(
    "reports a trailing column without a name that holds a value in %s.csv, by position and line",
    (role) => {
      const text = fixtureText(role);
      const width = (text.split("\n")[0] ?? "").split(",").length;
      // Two trailing columns; the second holds "anteckning" on the file's third line.
      const csv = withTrailing(text, (line) => (line === 3 ? ",,anteckning" : ",,"));
      const letter = String.fromCharCode(65 + width + 1);
      expect(problemsWith({ [role]: csv })).toEqual([
        {
          file: `data/${role}.csv`,
          line: 1,
          reason: `kolumn ${width + 2} (${letter} i Excel) saknar rubrik men har värden på 1 rad (första: "anteckning" på rad 3); ge kolumnen ett av namnen i data/README.md, eller ta bort värdena om de inte hör till datan`,
        },
      ]);
    },
  );

  it("counts the rows with a value in an unnamed column, and names the first", () => {
    const csv = withTrailing(fixtureText("verksamheter"), (line) =>
      line >= 4 ? `,obs ${line}` : ",",
    );
    expect(problemsWith({ verksamheter: csv })).toEqual([
      {
        file: UNITS,
        line: 1,
        reason: expect.stringMatching(
          /^kolumn 17 \(Q i Excel\) saknar rubrik men har värden på 3 rader \(första: "obs 4" på rad 4\);/,
        ),
      },
    ]);
  });

  it("reports an empty column name in the middle of the header, even when the column is empty", () => {
    const lines = fixtureText("kommuner").trimEnd().split("\n");
    // An empty column inserted after kommunkod, header included.
    const inserted = lines.map((line) => line.replace(",", ",,"));
    expect(problemsWith({ kommuner: inserted.join("\n") })).toEqual([
      {
        file: KOMMUNER,
        line: 1,
        reason:
          "kolumn 2 (B i Excel) saknar rubrik och har inga värden; ta bort kolumnen, eller ge den ett av namnen i data/README.md",
      },
    ]);
    // The header's name for kommun deleted: the column is unnamed and kommun is missing.
    const renamed = [lines[0]?.replace(",kommun,", ",,"), ...lines.slice(1)];
    expect(problemsWith({ kommuner: renamed.join("\n") })).toEqual([
      {
        file: KOMMUNER,
        line: 1,
        reason: expect.stringMatching(
          /^kolumn 2 \(B i Excel\) saknar rubrik men har värden på 5 rader \(första: "Upplands Väsby" på rad 2\);/,
        ),
      },
      { file: KOMMUNER, line: 1, column: "kommun", reason: "kolumnen saknas i rubrikraden" },
    ]);
  });

  it('reports garbled text under no name once, with the column, not as a column named ""', () => {
    const csv = withTrailing(fixtureText("kommuner"), (line) => (line === 2 ? ",VÃ¤sby" : ","));
    expect(problemsWith({ kommuner: csv })).toEqual([
      {
        file: KOMMUNER,
        line: 1,
        reason: expect.stringMatching(/^kolumn 4 \(D i Excel\) saknar rubrik men har värden/),
      },
    ]);
  });

  it("still reports a row whose field count differs from the header's, trailing columns included", () => {
    const csv = withTrailing(fixtureText("kommuner"), (line) => (line === 3 ? "" : ";"));
    const semicolons = csv.replaceAll(",", ";");
    expect(problemsWith({ kommuner: semicolons })).toEqual([
      {
        file: KOMMUNER,
        line: 3,
        reason: expect.stringMatching(/^raden har 3 fält men rubrikraden har 4;/),
      },
    ]);
  });
});

describe("validateDataset: fields", () => {
  it.each([
    ["verksamhetsform", "Familjecentral", /"Familjecentral" är inte ett tillåtet värde/],
    ["malgrupp", "0–6", /inte ett tillåtet värde/],
    ["mvc", "Ja", /"Ja" är inte ett tillåtet värde \(tillåtna: "ja", "nej"\)/],
    ["namn", "", /värde saknas/],
    ["namn", " Familjecentralen", /blanksteg/],
    ["kommunkod", "180", /exakt 4 siffror; saknas en inledande nolla/],
    ["kommunkod", "01X0", /exakt 4 siffror/],
    ["lat", "norr", /"norr" är inte ett tal/],
    ["omradestyp", "6", /utanför det tillåtna intervallet 1–5/],
    ["omradestyp", "2.5", /inte ett heltal/],
  ])("rejects %s = %j with line and column", (column, value, reason) => {
    expect(unitsWith(1, column, value)).toEqual([
      { file: UNITS, line: 2, column, reason: expect.stringMatching(reason) },
    ]);
  });

  it("accepts an empty area type as unknown", () => {
    expect(unitsWith(1, "omradestyp", "")).toEqual([]);
  });
});

describe("validateDataset: keys and references", () => {
  it("reports a duplicate id, pointing at the first", () => {
    expect(unitsWith(3, "id", "T1")).toEqual([
      {
        file: UNITS,
        line: 4,
        column: "id",
        reason: '"T1" finns redan på rad 2; värdet måste vara unikt',
      },
    ]);
  });

  it("reports an unknown kommunkod", () => {
    expect(unitsWith(2, "kommunkod", "9999")).toEqual([
      {
        file: UNITS,
        line: 3,
        column: "kommunkod",
        reason: 'okänd kommunkod "9999" (finns inte i data/kommuner.csv)',
      },
    ]);
  });

  it("reports a kommun whose county does not exist, or whose code is outside its county", () => {
    const csv = `${fixtureText("kommuner").trimEnd()}\n2580,Luleå,25\n0181,Södertälje,03\n`;
    expect(problemsWith({ kommuner: csv })).toEqual([
      {
        file: KOMMUNER,
        line: 7,
        column: "lanskod",
        reason: expect.stringMatching(/okänd länskod "25"/),
      },
      {
        file: KOMMUNER,
        line: 8,
        column: "kommunkod",
        reason: expect.stringMatching(/börjar inte med länskoden "03"/),
      },
    ]);
  });

  it("reports duplicate kommun and county codes", () => {
    const kommuner = `${fixtureText("kommuner").trimEnd()}\n0114,Upplands Väsby,01\n`;
    expect(problemsWith({ kommuner })).toEqual([
      {
        file: KOMMUNER,
        line: 7,
        column: "kommunkod",
        reason: expect.stringMatching(/finns redan på rad 2/),
      },
    ]);
    expect(
      problemsWith({ regioner: withField(fixtureText("regioner"), 2, "iso", "SE-AB") }),
    ).toEqual([
      {
        file: REGIONER,
        line: 3,
        column: "iso",
        reason: expect.stringMatching(/finns redan på rad 2/),
      },
    ]);
  });
});

describe("validateDataset: region pages", () => {
  it("reports region names that would share a page address or have none", () => {
    const regioner = `${fixtureText("regioner").trimEnd()}\n04,Region Skane,Test län,SE-D\n05,!!!,Test län,SE-E\n`;
    expect(problemsWith({ regioner })).toEqual([
      {
        file: REGIONER,
        line: 5,
        column: "region",
        reason: expect.stringMatching(/\/region\/skane\/.*rad 4/),
      },
      {
        file: REGIONER,
        line: 6,
        column: "region",
        reason: expect.stringMatching(/ger ingen webbadress/),
      },
    ]);
  });
});

describe("validateDataset: coordinates", () => {
  it("names swapped latitude and longitude", () => {
    const csv = withField(
      withField(fixtureText("verksamheter"), 1, "lat", "17.9280"),
      1,
      "lon",
      "59.3880",
    );
    expect(problemsWith({ verksamheter: csv })).toEqual([
      { file: UNITS, line: 2, column: "lat", reason: expect.stringMatching(/bytte plats/) },
    ]);
  });

  const withCoordinates = (lat: string, lon: string) =>
    problemsWith({
      verksamheter: withField(withField(fixtureText("verksamheter"), 1, "lat", lat), 1, "lon", lon),
    });

  it("names SWEREF 99 TM coordinates and says how to convert them", () => {
    // Central Stockholm (59.3293, 18.0686) in SWEREF 99 TM: N 6 580 743, E 674 572.
    expect(withCoordinates("6580743", "674572")).toEqual([
      {
        file: UNITS,
        line: 2,
        column: "lat",
        reason:
          'koordinaterna (lat "6580743", lon "674572") ser ut att vara SWEREF 99 TM, alltså meter norrut och österut, inte grader; räkna om dem till WGS84 i decimalgrader (till exempel lat 59.3293 och lon 18.0686), till exempel i ett GIS-program',
      },
    ]);
    // Sweden's extremes, with and without decimals: Smygehuk, Treriksröset, Koster, Haparanda.
    for (const [lat, lon] of [
      ["6133475.5", "395920.25"],
      ["7671048", "721054"],
      ["6534695", "269546"],
      ["7331936", "916178"],
    ] as const) {
      expect(withCoordinates(lat, lon)).toEqual([
        expect.objectContaining({ column: "lat", reason: expect.stringMatching(/SWEREF 99 TM/) }),
      ]);
    }
  });

  it("names SWEREF 99 TM coordinates in swapped columns", () => {
    expect(withCoordinates("674572", "6580743")).toEqual([
      {
        file: UNITS,
        line: 2,
        column: "lat",
        reason: expect.stringMatching(
          /^koordinaterna \(lat "674572", lon "6580743"\) ser ut att vara SWEREF 99 TM, .*norr och öster i fel kolumner.*WGS84 i decimalgrader/,
        ),
      },
    ]);
  });

  it("does not call other large numbers SWEREF 99 TM", () => {
    // RT 90 (easting 1 2xx xxx–1 9xx xxx), a northing alone, and a unit mix-up in kilometres.
    for (const [lat, lon] of [
      ["6580614", "1628548"],
      ["6580743", "18.0686"],
      ["6580.743", "674.572"],
    ] as const) {
      const reasons = withCoordinates(lat, lon).map((p) => p.reason);
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).not.toMatch(/SWEREF/);
    }
  });

  it("reports coordinates outside Sweden", () => {
    expect(unitsWith(1, "lat", "48.8566")).toEqual([
      {
        file: UNITS,
        line: 2,
        column: "lat",
        reason: expect.stringMatching(/latituden "48.8566" ligger utanför Sverige/),
      },
    ]);
    expect(unitsWith(1, "lon", "2.3522")).toEqual([
      {
        file: UNITS,
        line: 2,
        column: "lon",
        reason: expect.stringMatching(/longituden "2.3522" ligger utanför Sverige/),
      },
    ]);
  });
});

describe("validateDataset: form and services", () => {
  it("requires all four services of a familjecentral", () => {
    expect(unitsWith(1, "mvc", "nej")).toEqual([
      {
        file: UNITS,
        line: 2,
        column: "verksamhetsform",
        reason: expect.stringMatching(/familjecentral ska ha .* men mvc är "nej"/),
      },
    ]);
  });

  it("requires BVC and a municipal service of a familjecentralsliknande verksamhet", () => {
    // Row 3 (T3) is familjecentralsliknande with bvc and oppen_forskola only.
    expect(unitsWith(3, "bvc", "nej")).toEqual([
      {
        file: UNITS,
        line: 4,
        column: "verksamhetsform",
        reason: expect.stringMatching(/ska ha barnhälsovård/),
      },
    ]);
    expect(unitsWith(3, "oppen_forskola", "nej")).toEqual([
      {
        file: UNITS,
        line: 4,
        column: "verksamhetsform",
        reason: expect.stringMatching(/minst en kommunal verksamhet/),
      },
    ]);
  });

  it("rejects a familjecentralsliknande verksamhet that has all four services", () => {
    expect(unitsWith(5, "oppen_forskola", "ja")).toEqual([
      {
        file: UNITS,
        line: 6,
        column: "verksamhetsform",
        reason: expect.stringMatching(/är därmed en familjecentral/),
      },
    ]);
  });
});

describe("validateDataset: surveys", () => {
  it("requires exactly one current survey with an empty count", () => {
    expect(
      problemsWith({ kartlaggningar: withField(fixtureText("kartlaggningar"), 2, "antal", "5") }),
    ).toEqual([
      // The latest survey's row is the one to leave empty, not the header.
      {
        file: SURVEYS,
        line: 3,
        column: "antal",
        reason: expect.stringMatching(/^den senaste kartläggningen, 2023, ska ha tomt antal/),
      },
    ]);
    expect(
      problemsWith({ kartlaggningar: withField(fixtureText("kartlaggningar"), 1, "antal", "") }),
    ).toEqual([
      // The row to fill in is the earlier survey's, not the current one's.
      {
        file: SURVEYS,
        line: 2,
        column: "antal",
        reason: expect.stringMatching(/^fyll i antalet verksamheter för 2008/),
      },
    ]);
  });

  it("reports a survey year given twice", () => {
    expect(
      problemsWith({ kartlaggningar: withField(fixtureText("kartlaggningar"), 1, "ar", "2023") }),
    ).toEqual([
      {
        file: SURVEYS,
        line: 3,
        column: "ar",
        reason: expect.stringMatching(/finns redan på rad 2/),
      },
    ]);
  });
});

describe("validateDataset: a unit entered twice is a warning", () => {
  const units = fixtureText("verksamheter").trimEnd();
  // T1: Familjecentralen Rinkeby in Stockholm (0180) at 59.3880, 17.9280, on line 2.
  const t1 = units.split("\n")[1] ?? "";
  /** T1's row with another id, and optionally another name, kommun or position. */
  const copyOfT1 = (id: string, changes: { namn?: string; kommunkod?: string; lat?: string }) => {
    const fields = t1.split(",");
    fields[0] = id;
    if (changes.namn !== undefined) fields[1] = changes.namn;
    if (changes.kommunkod !== undefined) fields[3] = changes.kommunkod;
    if (changes.lat !== undefined) fields[4] = changes.lat;
    return fields.join(",");
  };
  const validate = (...extra: string[]) =>
    validateDataset(fixtureSources({ verksamheter: [units, ...extra].join("\n") }));

  it("warns, naming both lines, when name (in any case and spacing), kommun and place within 10 m agree", () => {
    // 0.00003° of latitude is about 3 m.
    const result = validate(copyOfT1("T9", { namn: "familjecentralen  RINKEBY", lat: "59.38803" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.verksamheter).toHaveLength(6);
    expect(result.warnings).toEqual([
      {
        file: UNITS,
        line: 7,
        reason:
          '"familjecentralen  RINKEBY" ser ut att vara samma verksamhet som på rad 2: samma namn, kommun och läge (inom 10 m) men ett annat id, "T9" här och "T1" där. Är det samma verksamhet två gånger, ta bort den ena raden; är det två verksamheter i samma hus kan varningen lämnas',
      },
    ]);
  });

  it("names the first line for every further copy", () => {
    const result = validate(copyOfT1("T9", {}), copyOfT1("T10", { lat: "59.38801" }));
    expect(result.warnings.map((w) => [w.line, /på rad (\d+)/.exec(w.reason)?.[1]])).toEqual([
      [7, "2"],
      [8, "2"],
    ]);
  });

  it("does not warn about another name, another kommun, or a place 20 m away", () => {
    const result = validate(
      copyOfT1("T9", { namn: "Öppna förskolan Rinkeby" }),
      copyOfT1("T10", { kommunkod: "0114" }),
      // 0.00018° of latitude is about 20 m.
      copyOfT1("T11", { lat: "59.38818" }),
    );
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it("reports the same id as a problem, not also as a warning", () => {
    const result = validate(copyOfT1("T1", {}));
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: UNITS, line: 7, column: "id" }],
      warnings: [],
    });
  });

  it("still gives the warnings when the data has problems, so one run tells everything", () => {
    const result = validateDataset(
      fixtureSources({
        verksamheter: [withField(units, 3, "mvc", "kanske"), copyOfT1("T9", {})].join("\n"),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: UNITS, line: 4, column: "mvc" }],
      warnings: [{ file: UNITS, line: 7, reason: expect.stringMatching(/på rad 2/) }],
    });
  });

  it("lists the first 50 warnings and counts the rest", () => {
    const copies = Array.from({ length: 60 }, (_, i) => copyOfT1(`K${i}`, {}));
    const result = validate(...copies);
    expect(result.warnings).toHaveLength(60);
    const lines = formatWarnings(result.warnings);
    expect(lines[0]).toBe("60 varningar att kontrollera (varningar stoppar inte bygget):");
    expect(lines[1]).toMatch(/^ {2}- data\/verksamheter\.csv rad 7: "Familjecentralen Rinkeby"/);
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe("  …och 10 varningar till.");
    expect(formatWarnings(result.warnings.slice(0, 1))[0]).toBe(
      "1 varning att kontrollera (varningar stoppar inte bygget):",
    );
    expect(formatWarnings([])).toEqual([]);
  });
});

describe("validateDataset: the current survey and its dates", () => {
  const surveys = fixtureText("kartlaggningar");

  it("requires the current survey (empty count) to be the latest", () => {
    expect(problemsWith({ kartlaggningar: withField(surveys, 1, "ar", "2030") })).toEqual([
      {
        file: SURVEYS,
        line: 3,
        column: "ar",
        reason: expect.stringMatching(/från 2023, men det finns en senare kartläggning från 2030/),
      },
    ]);
  });

  it.each(["2023-02-30", "sept 2023", "2023/09/29", "29.9.2023"])(
    "rejects a date that is no calendar day or month (%j), naming the format",
    (value) => {
      expect(problemsWith({ kartlaggningar: withField(surveys, 2, "redovisad", value) })).toEqual([
        {
          file: SURVEYS,
          line: 3,
          column: "redovisad",
          reason: expect.stringMatching(/inget giltigt datum; skriv år-månad-dag som 2023-09-29/),
        },
      ]);
    },
  );

  it("rejects an assignment given after it was reported, whatever the precision", () => {
    expect(problemsWith({ kartlaggningar: withField(surveys, 2, "uppdrag", "2023-11") })).toEqual([
      {
        file: SURVEYS,
        line: 3,
        column: "uppdrag",
        reason: expect.stringMatching(/efter datumet då det redovisades/),
      },
    ]);
    // The same month as the report day is not "after" it.
    expect(problemsWith({ kartlaggningar: withField(surveys, 2, "uppdrag", "2023-10") })).toEqual(
      [],
    );
  });
});

describe("validateDataset: every problem at once", () => {
  it("lists problems from several rows and files in one run", () => {
    let units = withField(fixtureText("verksamheter"), 1, "mvc", "kanske");
    units = withField(units, 4, "kommunkod", "9999");
    const regioner = withField(fixtureText("regioner"), 3, "iso", "");
    expect(
      problemsWith({ verksamheter: units, regioner }).map((p) => [p.file, p.line, p.column]),
    ).toEqual([
      [REGIONER, 4, "iso"],
      [UNITS, 2, "mvc"],
      [UNITS, 5, "kommunkod"],
    ]);
  });
});

describe("loadDataset", () => {
  function withDataDir(files: Record<string, string>, run: (dir: string) => void) {
    const dir = mkdtempSync(path.join(tmpdir(), "fc-data-"));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const mapFile = readFileSync(new URL("../../data/sverige.topo.json", import.meta.url), "utf8");
  const checkFile = readFileSync(
    new URL("../../data/sverige-kontroll.topo.json", import.meta.url),
    "utf8",
  );
  const fixtureFiles = () => ({
    ...Object.fromEntries(
      (["regioner", "kommuner", "verksamheter", "kartlaggningar"] as const).map((role) => [
        `${role}.csv`,
        fixtureText(role),
      ]),
    ),
    "sverige.topo.json": mapFile,
    "sverige-kontroll.topo.json": checkFile,
  });

  it("throws DataValidationError whose message lists each problem as file, line, column and reason", () => {
    const files = {
      ...fixtureFiles(),
      "verksamheter.csv": withField(fixtureText("verksamheter"), 2, "kommunkod", "9999"),
    };
    withDataDir(files, (dir) => {
      let error: unknown;
      try {
        loadDataset(dir);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DataValidationError);
      const shown = path.relative(process.cwd(), path.join(dir, "verksamheter.csv"));
      expect((error as Error).message).toContain(
        `${shown} rad 3, kolumn kommunkod: okänd kommunkod "9999"`,
      );
    });
  });

  it("reports missing files by name", () => {
    withDataDir({ "regioner.csv": fixtureText("regioner") }, (dir) => {
      expect(() => loadDataset(dir)).toThrow(/kommuner\.csv rad 1: filen saknas/);
      expect(() => loadDataset(dir)).toThrow(/sverige\.topo\.json rad 1: filen saknas/);
      expect(() => loadDataset(dir)).toThrow(/sverige-kontroll\.topo\.json rad 1: filen saknas/);
    });
  });

  it("says once that the directory does not exist, or is a file, instead of listing its files", () => {
    withDataDir({ "regioner.csv": fixtureText("regioner") }, (dir) => {
      const missing = path.join(dir, "finns-inte");
      const shown = path.relative(process.cwd(), missing);
      expect(() => loadDataset(missing)).toThrow(DataDirectoryError);
      expect(() => loadDataset(missing)).toThrow(
        `Datan kan inte användas: mappen "${shown}" finns inte (${missing}). Ange mappen med datafilerna med DATA_DIR, eller kör kommandot i projektets mapp.`,
      );
      const file = path.join(dir, "regioner.csv");
      expect(() => loadDataset(file)).toThrow(
        `Datan kan inte användas: "${path.relative(process.cwd(), file)}" är en fil, inte en mapp (${file}). Datamappen ska vara mappen som innehåller datafilerna.`,
      );
    });
  });

  it("checks that each unit lies in its own region on the map", () => {
    // T1 is in Stockholm (0180); placed in Malmö it falls in Region Skåne.
    const moved = withField(
      withField(fixtureText("verksamheter"), 1, "lat", "55.6050"),
      1,
      "lon",
      "13.0038",
    );
    withDataDir({ ...fixtureFiles(), "verksamheter.csv": moved }, (dir) => {
      expect(() => loadDataset(dir)).toThrow(
        /verksamheter\.csv rad 2, kolumn lat: punkten .* ligger i Region Skåne, inte i Region Stockholm/,
      );
    });
  });

  it("formats a problem without a column", () => {
    expect(formatProblem({ file: UNITS, line: 1, reason: "filen är tom" })).toBe(
      "data/verksamheter.csv rad 1: filen är tom",
    );
  });
});
