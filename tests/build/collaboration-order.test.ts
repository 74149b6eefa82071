/**
 * The collaboration figure names its partners in one order everywhere a reader
 * meets them: the bars from top to bottom, the rows of its table and the
 * sentence of its caption, all largest share first. Read from the built pages.
 */
import { describe, expect, inject, it } from "vitest";
import { NATIONAL_FIGURE, tableOf } from "../../src/lib/figures/contents.ts";
import type { Partner } from "../../src/lib/stats/index.ts";
import { en } from "../../src/lib/text/en/index.ts";
import { sv, type Catalogue } from "../../src/lib/text/sv/index.ts";
import { readPage } from "../helpers/page.ts";

const distDir = inject("distDir");
const id = NATIONAL_FIGURE.collaboration;

/** The partner a label names, by the page's catalogue. */
function partnerOf(label: string, t: Catalogue): Partner {
  const found = (Object.keys(t.partnerLabel) as Partner[]).find(
    (partner) => t.partnerLabel[partner] === label.trim(),
  );
  if (found === undefined) throw new Error(`"${label}" names no partner`);
  return found;
}

/** The y of an SVG element's translate(x,y). */
const translateY = (element: Element) =>
  Number(/translate\([^,]+,([^)]+)\)/.exec(element.getAttribute("transform") ?? "")?.[1] ?? NaN);

describe.each([
  ["index.html", sv],
  ["en/index.html", en],
] as const)("the collaboration figure on %s", (file, t) => {
  const { document } = readPage(distDir, file);
  const figure = document.getElementById(id);
  if (figure === null) throw new Error(`no #${id}`);
  const labels = new Set(Object.values(t.partnerLabel));

  /** The category labels of the bars, top to bottom. */
  const barOrder = [...figure.querySelectorAll("svg text")]
    .filter((text) => labels.has((text.textContent ?? "").trim()))
    .sort((a, b) => translateY(a) - translateY(b))
    .map((text) => partnerOf(text.textContent ?? "", t));

  const rows = [...(document.getElementById(tableOf(id))?.querySelectorAll("tbody tr") ?? [])];
  const tableOrder = rows.map((row) => partnerOf(row.querySelector("th")?.textContent ?? "", t));
  const shares = rows.map((row) =>
    Number(
      (row.querySelectorAll("td")[1]?.textContent ?? "").replace(/[^\d,.]/g, "").replace(",", "."),
    ),
  );

  /** The shares the caption's sentence gives, in the order it gives them ("bibliotek (80,5 %)"). */
  const caption = figure.querySelector("figcaption p")?.textContent ?? "";
  const sentenceShares = [...caption.matchAll(/\(([^()]*%)\)/g)].map((match) => match[1]);
  const shareTexts = rows.map((row) => (row.querySelectorAll("td")[1]?.textContent ?? "").trim());

  it("draws one bar per table row, in the table's order", () => {
    expect(barOrder).toHaveLength(rows.length);
    expect(barOrder).toEqual(tableOrder);
  });

  it("orders the table by share, largest first", () => {
    expect(shares.every((share) => Number.isFinite(share))).toBe(true);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it("names partners in its caption in the bars' order", () => {
    expect(sentenceShares.length).toBeGreaterThan(1);
    expect(sentenceShares).toEqual(shareTexts.filter((text) => sentenceShares.includes(text)));
  });
});
