import { describe, expect, it } from "vitest";
import { formatProblem, validateDataset } from "../../src/lib/data/index.ts";
import { licenceName, organisationDigits } from "../../src/lib/data/licence.ts";
import { sourcesOf } from "../helpers/datasets.ts";

const HEADER = "utgivare,utgivartyp,organisationsnummer,epost,webbadress,licens";

/** The shipped data with datamangd.csv replaced by these rows (null: no file). */
function validate(...rows: string[]) {
  return validateDataset(sourcesOf({ datamangd: [HEADER, ...rows].join("\n") + "\n" }));
}

function problems(...rows: string[]) {
  const result = validate(...rows);
  if (result.ok) return [];
  return result.problems.map((p) => ({ line: p.line, column: p.column, text: formatProblem(p) }));
}

describe("data/datamangd.csv: the data's publisher, contact and licence", () => {
  it("gives the dataset its one row, with the organisation number as written", () => {
    const result = validate(
      "Socialstyrelsen,NationalAuthority,202100-0555,data@socialstyrelsen.se,,http://creativecommons.org/licenses/by/4.0/",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.datamangd).toMatchObject({
      utgivare: "Socialstyrelsen",
      utgivartyp: "NationalAuthority",
      organisationsnummer: "202100-0555",
      epost: "data@socialstyrelsen.se",
      webbadress: null,
      licens: "http://creativecommons.org/licenses/by/4.0/",
    });
  });

  it("may be missing: then the dataset states no publisher or licence for the data", () => {
    const result = validateDataset(sourcesOf({ datamangd: null }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.datamangd).toBeNull();
  });

  it("names a Creative Commons licence written any other way than DCAT-AP-SE's exact URI, and the URI to write", () => {
    for (const written of [
      "https://creativecommons.org/licenses/by/4.0/",
      "http://creativecommons.org/licenses/by/4.0",
      "https://creativecommons.org/licenses/by/4.0/deed.sv",
      "https://www.creativecommons.org/publicdomain/zero/1.0/legalcode",
    ]) {
      const found = problems(
        `Socialstyrelsen,NationalAuthority,,data@socialstyrelsen.se,,${written}`,
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: 2, column: "licens" });
      const canonical = written.includes("zero")
        ? "http://creativecommons.org/publicdomain/zero/1.0/"
        : "http://creativecommons.org/licenses/by/4.0/";
      expect(found[0]?.text).toContain(`"${canonical}"`);
      expect(found[0]?.text).toMatch(/^data\/datamangd\.csv rad 2, kolumn licens: /);
    }
  });

  it("reports every wrong field with its column: organisation number, e-mail, web address, licence", () => {
    expect(
      problems(
        "Socialstyrelsen,NationalAuthority,202100-0556,data(at)socialstyrelsen.se,www.example.se,CC BY 4.0",
      ),
    ).toMatchObject([
      { line: 2, column: "organisationsnummer" },
      { line: 2, column: "epost" },
      { line: 2, column: "webbadress" },
      { line: 2, column: "licens" },
    ]);
    expect(
      problems("Socialstyrelsen,NationalAuthority,,,,http://creativecommons.org/licenses/by/4.0/"),
    ).toMatchObject([{ line: 2, column: "epost" }]);
  });

  it("wants exactly one row", () => {
    const row = "A,NationalAuthority,,a@b.se,,http://creativecommons.org/licenses/by/4.0/";
    expect(problems()).toMatchObject([{ line: 1 }]);
    expect(problems(row, row)).toMatchObject([{ line: 3 }]);
  });

  it("knows licences by name and organisation numbers by their check digit", () => {
    expect(licenceName("http://creativecommons.org/licenses/by-sa/4.0/")).toBe("CC BY-SA 4.0");
    expect(licenceName("http://creativecommons.org/publicdomain/zero/1.0/")).toBe("CC0 1.0");
    expect(licenceName("https://data.example/licens")).toBe("https://data.example/licens");
    expect(organisationDigits("202100-0555")).toBe("2021000555");
    expect(organisationDigits("2021000555")).toBe("2021000555");
    expect(organisationDigits("202100-0554")).toBeNull();
  });
});
