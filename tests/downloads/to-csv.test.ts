import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv, type DownloadTable } from "../../src/lib/downloads/index.ts";
import { parseCsv } from "../../src/lib/data/index.ts";

interface Row {
  readonly name: string;
  readonly code: string;
  readonly value: number;
  readonly flag: boolean;
  readonly missing: number | null;
}

const table: DownloadTable<Row> = {
  name: "test",
  title: "Test",
  columns: [
    { name: "name", kind: "text", meaning: "", unit: "", allowed: "", value: (r) => r.name },
    { name: "code", kind: "code", meaning: "", unit: "", allowed: "", value: (r) => r.code },
    { name: "value", kind: "decimal", meaning: "", unit: "", allowed: "", value: (r) => r.value },
    { name: "flag", kind: "yesno", meaning: "", unit: "", allowed: "", value: (r) => r.flag },
    {
      name: "missing",
      kind: "integer",
      meaning: "",
      unit: "",
      allowed: "",
      value: (r) => r.missing,
    },
  ],
  rows: [
    {
      name: 'Familjecentralen "Solen", Malmö',
      code: "0114",
      value: -1.5,
      flag: true,
      missing: null,
    },
    { name: '=HYPERLINK("http://x")', code: "-7", value: 0.25, flag: false, missing: 3 },
  ],
};

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+46 8", "-x", "@SUM(A1)", "\tx", "\rx"])("makes %j plain text", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Malmö")).toBe("Malmö");
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });
});

describe("toCsv", () => {
  it("writes standard CSV: comma, decimal point, quoted where needed, formulas neutralised", () => {
    expect(toCsv(table, "standard")).toBe(
      [
        "name,code,value,flag,missing",
        '"Familjecentralen ""Solen"", Malmö",0114,-1.5,ja,',
        '"\'=HYPERLINK(""http://x"")",-7,0.25,nej,3',
        "",
      ].join("\n"),
    );
  });

  it("writes Excel CSV: BOM, semicolon, decimal comma, CRLF", () => {
    const csv = toCsv(table, "excel");
    expect(csv.startsWith("\uFEFFname;code;value;flag;missing\r\n")).toBe(true);
    expect(csv).toContain('"Familjecentralen ""Solen"", Malmö";0114;-1,5;ja;\r\n');
  });

  it("reads back to the same values in both flavours with the project's own parser", () => {
    for (const flavour of ["standard", "excel"] as const) {
      const parsed = parseCsv("test.csv", toCsv(table, flavour));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      expect(parsed.table.records.map((r) => r.fields[0])).toEqual([
        'Familjecentralen "Solen", Malmö',
        '\'=HYPERLINK("http://x")',
      ]);
      expect(parsed.table.records.map((r) => Number(r.fields[2]?.replace(",", ".")))).toEqual([
        -1.5, 0.25,
      ]);
    }
  });
});
