import { describe, expect, it } from "vitest";
import { parseCsv, validateDataset } from "../../src/lib/data/index.ts";
import { fixtureSources, fixtureText } from "../helpers/fixture.ts";

const FILE = "data/test.csv";

function table(input: string | Uint8Array) {
  const result = parseCsv(FILE, input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.table;
}

/** What Swedish Excel's "CSV UTF-8" export writes: BOM, semicolons, CRLF, decimal comma. */
function asSwedishExcel(csv: string): string {
  const fields = csv
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
  const header = fields[0] ?? [];
  const decimals = ["lat", "lon"].map((name) => header.indexOf(name));
  const lines = fields.map((row, i) =>
    row
      .map((value, column) =>
        i > 0 && decimals.includes(column) ? value.replace(".", ",") : value,
      )
      .join(";"),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

describe("parseCsv", () => {
  it("reads a plain comma-separated file with line numbers", () => {
    const result = table("a,b\n1,2\n3,4\n");
    expect(result.delimiter).toBe(",");
    expect(result.header).toEqual({ line: 1, fields: ["a", "b"] });
    expect(result.records).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", "4"] },
    ]);
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(table("\uFEFFa,b\n1,2").header.fields).toEqual(["a", "b"]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("a,b\n1,2")]);
    expect(table(bytes).header.fields).toEqual(["a", "b"]);
  });

  it("keeps line numbers right after more than one BOM (found by fast-check)", () => {
    const result = table("\uFEFF\uFEFFa\rb\rc");
    expect(result.header).toEqual({ line: 1, fields: ["a"] });
    expect(result.records).toEqual([
      { line: 2, fields: ["b"] },
      { line: 3, fields: ["c"] },
    ]);
  });

  it("detects semicolons as the delimiter", () => {
    const result = table("a;b\n1,5;2\n");
    expect(result.delimiter).toBe(";");
    expect(result.records[0]?.fields).toEqual(["1,5", "2"]);
  });

  it("reads CRLF line endings without leaving carriage returns in values", () => {
    const result = table("a,b\r\n1,2\r\n3,4\r\n");
    expect(result.records.map((r) => r.fields)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2, 3]);
  });

  it("counts physical lines when a quoted value spans lines", () => {
    const result = table('a,b\n1,"two\nlines"\n3,4\n');
    expect(result.records[0]?.fields[1]).toBe("two\nlines");
    expect(result.records[1]).toEqual({ line: 4, fields: ["3", "4"] });
  });

  it("skips blank lines and Excel's empty rows but keeps counting lines", () => {
    const result = table("a;b\r\n1;2\r\n\r\n;\r\n3;4\r\n");
    expect(result.records).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 5, fields: ["3", "4"] },
    ]);
  });

  it("reports an empty file", () => {
    expect(parseCsv(FILE, "")).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 1, reason: "filen är tom" }],
    });
    expect(parseCsv(FILE, "\r\n  \n").ok).toBe(false);
  });

  it("reports an unclosed quote with the line it starts on", () => {
    const result = parseCsv(FILE, 'a,b\n1,2\n3,"four\n5,6\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: FILE, line: 3 });
    expect(result.problems[0]?.reason).toMatch(/citattecken/);
  });

  it("reports a file that is not UTF-8 instead of guessing its encoding", () => {
    // "Malmö" in Windows-1252: ö is the single byte 0xF6.
    const latin1 = new Uint8Array([...new TextEncoder().encode("a,b\n1,Malm"), 0xf6, 0x0a]);
    const result = parseCsv(FILE, latin1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: FILE, line: 2 });
    expect(result.problems[0]?.reason).toMatch(/inte UTF-8/);
  });
});

describe("Excel-style input", () => {
  it("gives the same dataset as the canonical file", () => {
    const canonical = validateDataset(fixtureSources());
    const excel = validateDataset(
      fixtureSources({
        verksamheter: asSwedishExcel(fixtureText("verksamheter")),
        kommuner: asSwedishExcel(fixtureText("kommuner")),
      }),
    );
    if (!canonical.ok || !excel.ok) throw new Error("both inputs should be valid");
    // The version names the bytes, which differ; everything read from them must not.
    expect({ ...excel.dataset, version: "" }).toEqual({ ...canonical.dataset, version: "" });
    expect(excel.dataset.verksamheter[0]?.lat).toBe(59.388);
  });

  it("rejects a decimal comma in a comma-separated file", () => {
    const csv = fixtureText("verksamheter").replace("59.3880", '"59,3880"');
    const result = validateDataset(fixtureSources({ verksamheter: csv }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: "data/verksamheter.csv",
        line: 2,
        column: "lat",
        reason: expect.stringMatching(/decimalkomma/),
      },
    ]);
  });
});
