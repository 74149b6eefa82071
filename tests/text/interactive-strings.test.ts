import { describe, expect, it } from "vitest";
import { formatInteger } from "../../src/lib/format.ts";
import { kommunSearch, mapExplorer, unitTitle } from "../../src/lib/text/sv/index.ts";

describe("the words of the page's scripts", () => {
  it("reads a unit's title back into its name and kommun, whatever the name holds", () => {
    for (const name of ["Familjens hus", "Familjecentralen (Norr)", "A (B) (C)", "Ett\nnamn"]) {
      const title = unitTitle.format(name, "Malmö");
      expect(unitTitle.parse(title)).toEqual({ name, kommun: "Malmö" });
    }
    expect(unitTitle.parse("Utan kommun")).toEqual({ name: "Utan kommun", kommun: null });
  });

  it("says how many units the map shows, the noun agreeing with the total", () => {
    expect(mapExplorer.shown(153, 246)).toBe("Visar 153 av 246 verksamheter");
    expect(mapExplorer.shown(1, 1)).toBe("Visar 1 av 1 verksamhet");
    expect(mapExplorer.shown(0, 1234)).toBe(`Visar 0 av ${formatInteger(1234)} verksamheter`);
  });

  it("counts the kommun finder's matches in agreeing words", () => {
    expect(kommunSearch.matches(290, 290)).toBe("Alla 290 kommuner visas.");
    expect(kommunSearch.matches(1, 290)).toBe("1 kommun av 290 matchar sökningen.");
    expect(kommunSearch.matches(0, 290)).toBe("Ingen kommun matchar sökningen.");
  });

  it("names a unit for a screen reader as its tooltip shows it", () => {
    expect(mapExplorer.unitLabel("Namn", [["Kommun", "Malmö"]])).toBe("Namn. Kommun: Malmö");
  });
});
