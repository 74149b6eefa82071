/**
 * Every way an analyst's file can be wrong, one fault (or two) at a time, run
 * through the real loader on a copy of the shipped data: each must stop with
 * every problem listed, in Swedish, with file, line and column.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  DataValidationError,
  formatProblem,
  loadDataset,
  type Problem,
} from "../../src/lib/data/index.ts";
import { PROBLEMS_PER_FILE, PROBLEMS_PER_KIND } from "../../src/lib/data/problem.ts";
import {
  editData,
  getField,
  mojibake,
  randomBytes,
  rows,
  scratchDir,
  setField,
  setFields,
  toWindows1252,
  unrows,
  type DataFile,
} from "./data-copy.ts";

const scratch = scratchDir("bad-data");
afterAll(() => scratch.remove());

interface Expected {
  readonly file: DataFile;
  readonly line: number;
  /** For a line that stands for many rows: the last of them. */
  readonly lastLine?: number;
  readonly column?: string;
  readonly reason: RegExp;
}

/** The loader's error for a data directory; fails the test if the data loads. */
function problemsIn(dir: string): DataValidationError {
  try {
    loadDataset(dir);
  } catch (error) {
    if (error instanceof DataValidationError) return error;
    throw error;
  }
  throw new Error("the data loaded, but should have been rejected");
}

const ENGLISH = /\b(the|is|not|invalid|error|expected|unexpected|undefined|NaN|TypeError)\b/;
// \b does not work next to å, ä and ö, so words are delimited by anything that is not a letter.
const SWEDISH =
  /(?:^|\P{L})(?:är|ska|saknas|finns|raden|rad|filen|ligger|har|kolumn|fel|värde|citattecken)(?:$|\P{L})/u;

/** Every problem names a data file and a line, and says why in Swedish. */
function expectWellFormed(problem: Problem): void {
  expect(problem.file).toMatch(/(verksamheter|kommuner|regioner|kartlaggningar)\.csv$|\.json$/);
  expect(Number.isInteger(problem.line) && problem.line >= 1, formatProblem(problem)).toBe(true);
  expect(problem.reason, formatProblem(problem)).toMatch(SWEDISH);
  expect(problem.reason, formatProblem(problem)).not.toMatch(ENGLISH);
  if (problem.column !== undefined) expect(problem.column).not.toBe("");
}

function expectProblems(error: DataValidationError, expected: readonly Expected[]): void {
  for (const problem of error.problems) expectWellFormed(problem);
  for (const want of expected) {
    const match = error.problems.find(
      (p) =>
        p.file.endsWith(want.file) &&
        p.line === want.line &&
        p.lastLine === want.lastLine &&
        p.column === want.column &&
        want.reason.test(p.reason),
    );
    expect(
      match,
      `${want.file} rad ${want.line} ${want.column ?? ""} ${want.reason}\n${error.message}`,
    ).toBeDefined();
    // The message the build prints says the same, in the documented format.
    const column = want.column === undefined ? "" : `, kolumn ${want.column}`;
    const lines = want.lastLine === undefined ? want.line : `${want.line}–${want.lastLine}`;
    expect(error.message).toContain(`${want.file} rad ${lines}${column}: `);
  }
}

const V = "verksamheter.csv";
const K = "kommuner.csv";

interface Fault {
  readonly name: string;
  readonly apply: (dir: string) => void;
  readonly expected: readonly Expected[];
  /** Exactly these problems and no others. */
  readonly only?: boolean;
}

const field = (file: DataFile, line: number, column: string, value: string) => (dir: string) =>
  editData(dir, file, (csv) => setField(csv, line, column, value));

const faults: readonly Fault[] = [
  {
    name: "a duplicate id",
    apply: field(V, 3, "id", "V001"),
    expected: [{ file: V, line: 3, column: "id", reason: /"V001" finns redan på rad 2/ }],
    only: true,
  },
  {
    name: "an unknown kommunkod",
    apply: field(V, 2, "kommunkod", "9999"),
    expected: [{ file: V, line: 2, column: "kommunkod", reason: /okänd kommunkod "9999"/ }],
    only: true,
  },
  {
    name: "a kommunkod without its leading zero, reported and not guessed",
    apply: field(V, 2, "kommunkod", "114"),
    expected: [
      {
        file: V,
        line: 2,
        column: "kommunkod",
        reason: /"114" ska vara exakt 4 siffror; saknas en inledande nolla/,
      },
    ],
    only: true,
  },
  {
    name: "the same in kommuner.csv, where Excel dropped the zero",
    apply: field(K, 2, "kommunkod", "114"),
    expected: [{ file: K, line: 2, column: "kommunkod", reason: /inledande nolla/ }],
  },
  {
    name: "lat and lon swapped",
    apply: (dir) =>
      editData(dir, V, (csv) => {
        const lat = getField(csv, 2, "lat");
        const lon = getField(csv, 2, "lon");
        return setField(setField(csv, 2, "lat", lon), 2, "lon", lat);
      }),
    expected: [{ file: V, line: 2, column: "lat", reason: /bytt plats/ }],
    only: true,
  },
  {
    name: "coordinates outside Sweden",
    apply: (dir) =>
      editData(dir, V, (csv) => setField(setField(csv, 2, "lat", "48.8566"), 2, "lon", "2.3522")),
    expected: [
      { file: V, line: 2, column: "lat", reason: /latituden "48\.8566" ligger utanför Sverige/ },
      { file: V, line: 2, column: "lon", reason: /longituden "2\.3522" ligger utanför Sverige/ },
    ],
    only: true,
  },
  {
    name: "a point in Sweden but in the wrong region (Göteborg for Upplands Väsby)",
    apply: (dir) =>
      editData(dir, V, (csv) => setField(setField(csv, 2, "lat", "57.7089"), 2, "lon", "11.9746")),
    expected: [
      {
        file: V,
        line: 2,
        column: "lat",
        reason:
          /ligger i Västra Götalandsregionen, inte i Region Stockholm där kommunen 0114 ligger/,
      },
    ],
    only: true,
  },
  {
    name: "a point in the sea far from its region",
    apply: (dir) =>
      editData(dir, V, (csv) => setField(setField(csv, 2, "lat", "58.5"), 2, "lon", "20.5")),
    expected: [{ file: V, line: 2, column: "lat", reason: /utanför alla regioner på kartan/ }],
  },
  {
    name: "non-numeric coordinates, in two rows",
    apply: (dir) =>
      editData(dir, V, (csv) => setField(setField(csv, 2, "lat", "59.5N"), 40, "lon", "—")),
    expected: [
      { file: V, line: 2, column: "lat", reason: /"59\.5N" är inte ett tal/ },
      { file: V, line: 40, column: "lon", reason: /"—" är inte ett tal/ },
    ],
    only: true,
  },
  {
    name: "omradestyp outside 1–5",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        setField(setField(csv, 2, "omradestyp", "6"), 3, "omradestyp", "0"),
      ),
    expected: [
      {
        file: V,
        line: 2,
        column: "omradestyp",
        reason: /"6" ligger utanför det tillåtna intervallet 1–5/,
      },
      { file: V, line: 3, column: "omradestyp", reason: /"0" ligger utanför/ },
    ],
    only: true,
  },
  {
    name: "ja/nej misspelled",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        setField(
          setField(setField(csv, 2, "samverkan_bibliotek", "Ja"), 5, "samverkan_tandvard", "jaa"),
          9,
          "samverkan_psykolog",
          "yes",
        ),
      ),
    expected: [
      {
        file: V,
        line: 2,
        column: "samverkan_bibliotek",
        reason: /"Ja" är inte ett tillåtet värde \(tillåtna: "ja", "nej"\)/,
      },
      {
        file: V,
        line: 5,
        column: "samverkan_tandvard",
        reason: /"jaa" är inte ett tillåtet värde/,
      },
      {
        file: V,
        line: 9,
        column: "samverkan_psykolog",
        reason: /"yes" är inte ett tillåtet värde/,
      },
    ],
    only: true,
  },
  {
    name: "a form that does not match the services",
    apply: (dir) =>
      editData(dir, V, (csv) => setField(setField(csv, 2, "mvc", "nej"), 8, "socialtjanst", "ja")),
    expected: [
      {
        file: V,
        line: 2,
        column: "verksamhetsform",
        reason: /en familjecentral ska ha mödrahälsovård.*mvc är "nej"/,
      },
      {
        file: V,
        line: 8,
        column: "verksamhetsform",
        reason: /ändra verksamhetsform till "familjecentral"/,
      },
    ],
    only: true,
  },
  {
    name: "a missing column",
    apply: (dir) =>
      editData(dir, V, (csv) => {
        const table = rows(csv);
        const index = table[0]?.indexOf("malgrupp") ?? -1;
        return unrows(table.map((fields) => fields.filter((_, i) => i !== index)));
      }),
    expected: [{ file: V, line: 1, column: "malgrupp", reason: /kolumnen saknas i rubrikraden/ }],
    only: true,
  },
  {
    name: "a renamed column",
    apply: (dir) => editData(dir, V, (csv) => csv.replace(",lat,", ",latitud,")),
    expected: [
      { file: V, line: 1, column: "latitud", reason: /okänd kolumn "latitud"/ },
      { file: V, line: 1, column: "lat", reason: /kolumnen saknas i rubrikraden/ },
    ],
    only: true,
  },
  {
    name: "a duplicated column",
    apply: (dir) =>
      editData(dir, V, (csv) => unrows(rows(csv).map((f, i) => [...f, i === 0 ? "mvc" : "ja"]))),
    expected: [{ file: V, line: 1, column: "mvc", reason: /kolumnen finns mer än en gång/ }],
    only: true,
  },
  {
    name: "an extra column",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        unrows(rows(csv).map((f, i) => [...f, i === 0 ? "kommentar" : ""])),
      ),
    expected: [{ file: V, line: 1, column: "kommentar", reason: /okänd kolumn "kommentar"/ }],
    only: true,
  },
  {
    name: "a note typed in a column beyond the table, which has no name",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        unrows(rows(csv).map((f, i) => [...f, "", i === 41 ? "ringa Anna" : ""])),
      ),
    expected: [
      {
        file: V,
        line: 1,
        reason:
          /^kolumn 18 \(R i Excel\) saknar rubrik men har värden på 1 rad \(första: "ringa Anna" på rad 42\)/,
      },
    ],
    only: true,
  },
  {
    name: "an unclosed quote",
    apply: (dir) =>
      editData(dir, V, (csv) => csv.replace("V004,Familjecentralen", 'V004,"Familjecentralen')),
    expected: [{ file: V, line: 5, reason: /citattecken \("\) öppnas men stängs aldrig/ }],
    only: true,
  },
  {
    name: "ragged rows: one short, one long",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        unrows(rows(csv).map((f, i) => (i === 3 ? f.slice(0, -1) : i === 9 ? [...f, "nej"] : f))),
      ),
    expected: [
      { file: V, line: 4, reason: /raden har 15 fält men rubrikraden har 16/ },
      { file: V, line: 10, reason: /raden har 17 fält men rubrikraden har 16/ },
    ],
    only: true,
  },
  {
    name: "a tab-separated file",
    apply: (dir) => editData(dir, V, (csv) => csv.replaceAll(",", "\t")),
    expected: [
      { file: V, line: 1, reason: /tabbavgränsad; spara den som CSV med komma eller semikolon/ },
    ],
    only: true,
  },
  {
    name: "a semicolon file with Excel's sep=; line first",
    apply: (dir) => editData(dir, K, (csv) => `sep=;\n${csv.replaceAll(",", ";")}`),
    expected: [{ file: K, line: 1, reason: /Excel-instruktion \("sep=…"\).*ta bort raden/ }],
    only: true,
  },
  {
    name: "a comma header on semicolon rows: the header sets the delimiter, the rows are named",
    apply: (dir) =>
      editData(dir, K, (csv) => {
        const [header, ...lines] = csv.trimEnd().split("\n");
        return `${[header, ...lines.map((line) => line.replaceAll(",", ";"))].join("\n")}\n`;
      }),
    expected: [
      {
        file: K,
        line: 2,
        reason: /raden verkar vara avgränsad med semikolon men rubrikraden med komma/,
      },
      { file: K, line: 52, lastLine: 291, reason: /^…och 240 fel till av samma slag$/ },
    ],
  },
  {
    name: "one comma row in a semicolon file",
    apply: (dir) =>
      editData(dir, K, (csv) => {
        const lines = csv.trimEnd().split("\n");
        return `${lines.map((line, i) => (i === 4 ? line : line.replaceAll(",", ";"))).join("\n")}\n`;
      }),
    expected: [{ file: K, line: 5, reason: /avgränsad med komma men rubrikraden med semikolon/ }],
    only: true,
  },
  {
    name: "a one-column header (a delimiter the loader does not read)",
    apply: (dir) => editData(dir, K, (csv) => csv.replaceAll(",", "|")),
    expected: [{ file: K, line: 1, reason: /rubrikraden har bara en kolumn men ska ha 3/ }],
    only: true,
  },
  {
    name: "an empty file",
    apply: (dir) => editData(dir, V, () => ""),
    expected: [{ file: V, line: 1, reason: /filen är tom/ }],
    only: true,
  },
  {
    name: "a header and no rows",
    apply: (dir) => editData(dir, V, (csv) => `${csv.split("\n")[0]}\n`),
    expected: [{ file: V, line: 1, reason: /bara en rubrikrad och inga datarader/ }],
    only: true,
  },
  {
    name: "a file saved as Windows-1252 instead of UTF-8",
    apply: (dir) => editData(dir, V, (csv) => toWindows1252(csv)),
    expected: [
      {
        file: V,
        line: 2,
        reason: /inte UTF-8 \(första ogiltiga tecknet på rad 2\); spara den som "CSV UTF-8/,
      },
    ],
    only: true,
  },
  {
    name: "a UTF-8 file with one row pasted in as Windows-1252",
    apply: (dir) =>
      editData(dir, V, (csv) => {
        const lines = csv.split("\n");
        const encoder = new TextEncoder();
        const parts = lines.map((line, i) =>
          i === 28 ? toWindows1252(`${line}\n`) : encoder.encode(`${line}\n`),
        );
        return Uint8Array.from(parts.flatMap((part) => Array.from(part)));
      }),
    expected: [{ file: V, line: 29, reason: /inte UTF-8 \(första ogiltiga tecknet på rad 29\)/ }],
    only: true,
  },
  {
    name: "a workbook (.xlsx) renamed to .csv",
    apply: (dir) =>
      editData(dir, V, () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(2000)])),
    expected: [
      {
        file: V,
        line: 1,
        reason: /arbetsbok, inte en CSV-fil; öppna den och spara den som "CSV UTF-8/,
      },
    ],
    only: true,
  },
  {
    name: 'Excel\'s "Unicode text" (UTF-16 with BOM, tab-separated)',
    apply: (dir) =>
      editData(dir, K, (csv) => {
        const text = `\uFEFF${csv.replaceAll(",", "\t")}`;
        const bytes = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
          bytes[2 * i] = text.charCodeAt(i) & 0xff;
          bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
        }
        return bytes;
      }),
    expected: [{ file: K, line: 1, reason: /sparad som UTF-16/ }],
    only: true,
  },
  {
    name: "old Mac line endings (CR only): faults still on their own lines",
    apply: (dir) =>
      editData(dir, V, (csv) =>
        setFields(csv, [
          [2, "omradestyp", "9"],
          [200, "mvc", "JA"],
        ]).replaceAll("\n", "\r"),
      ),
    expected: [
      { file: V, line: 2, column: "omradestyp", reason: /"9" ligger utanför/ },
      { file: V, line: 200, column: "mvc", reason: /"JA" är inte ett tillåtet värde/ },
    ],
    only: true,
  },
  {
    name: "mojibake: a whole file once decoded as Windows-1252 and saved as UTF-8",
    apply: (dir) => editData(dir, V, (csv) => mojibake(csv)),
    expected: [
      {
        file: V,
        line: 2,
        column: "namn",
        reason:
          /"Familjecentralen i Upplands VÃ¤sby" ser ut att vara felkodad text: "Ã¤" är troligen "ä"/,
      },
      { file: V, line: 8, column: "namn", reason: /"Ã¥" är troligen "å"/ },
    ],
  },
  {
    name: "mojibake in single cells: Ã– for Ö, â€“ for an en dash",
    apply: (dir) => {
      editData(dir, K, (csv) => csv.replace("1880,Örebro,18", "1880,Ã–rebro,18"));
      editData(dir, "kartlaggningar.csv", (csv) =>
        csv.replace("verksamheter – Kartläggning", "verksamheter â€“ Kartläggning"),
      );
    },
    expected: [
      {
        file: K,
        line: 207,
        column: "kommun",
        reason: /"Ã–rebro" ser ut att vara felkodad text: "Ã–" är troligen "Ö"/,
      },
      { file: "kartlaggningar.csv", line: 3, column: "kalla", reason: /"â€“" är troligen "–"/ },
    ],
    only: true,
  },
  {
    name: "two faults in two files: a kommun without a name, a survey year out of range",
    apply: (dir) => {
      editData(dir, K, (csv) => setField(csv, 3, "kommun", ""));
      editData(dir, "kartlaggningar.csv", (csv) => csv.replace("2008,131", "1908,131"));
    },
    expected: [
      { file: K, line: 3, column: "kommun", reason: /värde saknas/ },
      {
        file: "kartlaggningar.csv",
        line: 2,
        column: "ar",
        reason: /"1908" ligger utanför det tillåtna intervallet 1990–2100/,
      },
    ],
    only: true,
  },
  {
    // The row to fill in is the earlier one, not the current survey's.
    name: "two current surveys",
    apply: (dir) =>
      editData(dir, "kartlaggningar.csv", (csv) => csv.replace("2008,131,", "2008,,")),
    expected: [
      {
        file: "kartlaggningar.csv",
        line: 2,
        column: "antal",
        reason: /^fyll i antalet verksamheter för 2008; bara den aktuella kartläggningen \(2023\)/,
      },
    ],
    only: true,
  },
  {
    // No empty count: the latest row is the one that should be empty, not the header.
    name: "no current survey",
    apply: (dir) =>
      editData(dir, "kartlaggningar.csv", (csv) => csv.replace(/^2023,,/m, "2023,246,")),
    expected: [
      {
        file: "kartlaggningar.csv",
        line: 3,
        column: "antal",
        reason: /^den senaste kartläggningen, 2023, ska ha tomt antal/,
      },
    ],
    only: true,
  },
  {
    name: "a missing file",
    apply: (dir) => rmSync(path.join(dir, "regioner.csv")),
    expected: [{ file: "regioner.csv", line: 1, reason: /filen saknas/ }],
    only: true,
  },
  {
    name: "values with spaces around them",
    apply: (dir) => editData(dir, V, (csv) => setField(csv, 6, "bvc", " ja")),
    expected: [
      { file: V, line: 6, column: "bvc", reason: /värdet " ja" har blanksteg före eller efter/ },
    ],
    only: true,
  },
];

describe("bad data is reported, never guessed at", () => {
  it.each(faults.map((fault) => [fault.name, fault] as const))("%s", (_, fault) => {
    const dir = scratch.copyData();
    fault.apply(dir);
    const error = problemsIn(dir);
    expectProblems(error, fault.expected);
    if (fault.only === true)
      expect(error.problems, error.message).toHaveLength(fault.expected.length);
  });
});

describe("values are shown safely in the problem list", () => {
  it("shows line breaks, terminal escape codes and bidirectional overrides as visible escapes", () => {
    const dir = scratch.copyData();
    editData(dir, V, (csv) =>
      setFields(csv, [
        [2, "mvc", "ja\u001b[2J\u001b]0;x\u0007"],
        [3, "kommunkod", "01\n14"],
        [4, "malgrupp", "0-6\u202e"],
      ]),
    );
    const error = problemsIn(dir);
    expectProblems(error, [
      {
        file: V,
        line: 2,
        column: "mvc",
        reason: /^"ja\\u001b\[2J\\u001b\]0;x\\u0007" är inte ett tillåtet värde/,
      },
      { file: V, line: 3, column: "kommunkod", reason: /^"01\\n14" ska vara exakt 4 siffror/ },
      // The quoted line break in row 3 moves every later row one physical line down.
      { file: V, line: 5, column: "malgrupp", reason: /^"0-6\\u202e" är inte ett tillåtet värde/ },
    ]);
    // Nothing in the message can move the cursor, clear the screen or reorder the line.
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e]/);
  });

  it("cuts a huge value short", () => {
    const dir = scratch.copyData();
    editData(dir, V, (csv) => setField(csv, 2, "bvc", "x".repeat(100_000)));
    const error = problemsIn(dir);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.reason).toMatch(/^"x{80}…" är inte ett tillåtet värde/);
  });
});

describe("a file of garbage gives a short, bounded list", () => {
  it("10 MB of random bytes: one clear problem", () => {
    const dir = scratch.copyData();
    writeFileSync(path.join(dir, V), randomBytes(10 * 1024 * 1024));
    const error = problemsIn(dir);
    expectProblems(error, [{ file: V, line: 1, reason: /filen är inte UTF-8/ }]);
    expect(error.problems).toHaveLength(1);
  });

  it("10 MB of random CSV-like text: the first of each kind, then one summary line per kind", () => {
    const dir = scratch.copyData();
    const alphabet = 'abcdefghij0123456789,,,,,;"\n\n åäöÃ¤';
    const bytes = randomBytes(10 * 1024 * 1024, 7);
    const header =
      "id,namn,verksamhetsform,kommunkod,lat,lon,omradestyp,malgrupp,mvc,bvc,oppen_forskola,socialtjanst,samverkan_bibliotek,samverkan_forskola,samverkan_tandvard,samverkan_psykolog\n";
    const text = header + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
    writeFileSync(path.join(dir, V), text);
    const error = problemsIn(dir);
    for (const problem of error.problems) expectWellFormed(problem);
    expect(error.total).toBeGreaterThan(10_000);
    const summaries = error.problems.filter((p) => p.reason.startsWith("…och "));
    const listed = error.problems.length - summaries.length;
    expect(listed).toBeLessThanOrEqual(PROBLEMS_PER_FILE);
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.length).toBeLessThanOrEqual(25);
    expect(error.message.split("\n")[0]).toMatch(
      new RegExp(
        `^Datan kan inte användas: [\\d\\u00a0]+ fel hittades\\. Här visas de första ${PROBLEMS_PER_KIND} av varje slag, högst ${PROBLEMS_PER_FILE} per fil\\.$`,
      ),
    );
    // Every summary accounts for what it leaves out: listed + summarised = total.
    const summarised = summaries.reduce(
      (sum, p) =>
        sum + Number(/…och ([\d\u00a0]+) fel/.exec(p.reason)?.[1]?.replace(/\u00a0/g, "")),
      0,
    );
    expect(listed + summarised).toBe(error.total);
  });
});
