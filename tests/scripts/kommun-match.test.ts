/**
 * The kommun finder's matching (src/scripts/lib/kommun-match.ts) against the
 * kommun names in data/kommuner.csv: Å, Ä and Ö are letters of their own, a
 * query without them still finds, spaces and hyphens are equal, and the best
 * matches come first.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { matchRank, rankNames } from "../../src/scripts/lib/kommun-match.ts";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

const names = loadDataset(path.join(PROJECT_ROOT, "data")).kommuner.map((k) => k.kommun);
const found = (query: string) => rankNames(names, query).map((index) => names[index] ?? "");

describe("the kommun finder's matching", () => {
  it("treats Å, Ä and Ö as letters of their own: a query with one finds only names with it", () => {
    for (const letter of ["å", "ä", "ö"]) {
      const expected = names.filter((name) => name.toLocaleLowerCase("sv").includes(letter));
      expect(expected.length).toBeGreaterThan(0);
      expect(found(letter.toLocaleUpperCase("sv")).sort()).toEqual([...expected].sort());
      expect(found(letter).sort()).toEqual([...expected].sort());
    }
    expect(found("Å")).not.toContain("Arboga");
    expect(found("Ö")).not.toContain("Orsa");
  });

  it("finds names with Å, Ä and Ö from a query written without them", () => {
    expect(found("ostersund")).toContain("Östersund");
    expect(found("malmo")).toContain("Malmö");
    expect(found("skelleftea")).toContain("Skellefteå");
    expect(found("angelholm")).toContain("Ängelholm");
    // A letter typed with its ring or dots does not stand for the plain one.
    expect(found("malmö")).toEqual(["Malmö"]);
  });

  it("ignores case and treats spaces and hyphens alike", () => {
    expect(found("upplands bro")).toContain("Upplands-Bro");
    expect(found("upplands-väsby")).toContain("Upplands Väsby");
    expect(found("  STOCKHOLM ")).toContain("Stockholm");
  });

  it("puts names that start with the query first, then word starts, then other matches", () => {
    const sala = found("sala");
    expect(sala[0]).toBe("Sala");
    expect(sala.indexOf("Sala")).toBeLessThan(sala.indexOf("Uppsala"));
    expect(matchRank("Sala", "sala")).toBe(0);
    expect(matchRank("Upplands-Bro", "bro")).toBe(1);
    expect(matchRank("Uppsala", "sala")).toBe(2);
    expect(matchRank("Uppsala", "mora")).toBeNull();
    const bro = found("bro");
    const ranks = bro.map((name) => matchRank(name, "bro") ?? 3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("keeps every name for an empty query, A–Ö", () => {
    expect(found("")).toEqual([...names].sort(new Intl.Collator("sv").compare));
  });
});
