/**
 * The plan that keeps a printed page from being left mostly blank
 * (scripts/lib/fill-pages.mjs), on made-up prints: which pages count as too
 * blank, and which text is brought forward above a figure.
 */
import { describe, expect, it } from "vitest";
import { blankPages, MOST_BLANK, nextMove } from "../../scripts/lib/fill-pages.mjs";

/** A4's text area in points (print.css: 18 mm top, 20 mm bottom margin). */
const TOP = 18 * (72 / 25.4);
const HEIGHT = 841.92 - 20 * (72 / 25.4) - TOP;
/** Points to CSS px, the unit of the measured heights. */
const px = (points: number) => (points * 96) / 72;

interface Spec {
  id: string;
  kind: "heading" | "text" | "block" | "part";
  /** Height as a share of a page's text area. */
  share: number;
  page: number;
  /** Where on its page it starts, as a share of the text area. */
  at: number;
  parent?: number;
  forced?: boolean;
  /** The section it opens, when the stylesheet starts that on a page for its layout. */
  lifts?: string;
  /** Its vertical margins, as a share of the text area. */
  margin?: number;
}

function print(specs: Spec[]) {
  const blocks = specs.map((spec) => ({
    id: spec.id,
    parent: spec.parent ?? 1,
    height: px(spec.share * HEIGHT),
    margin: px((spec.margin ?? 0) * HEIGHT),
    kind: spec.kind,
    forced: spec.forced ?? false,
    ...(spec.lifts === undefined ? {} : { lifts: spec.lifts }),
  }));
  const places = new Map(
    specs.map((spec) => [spec.id, { page: spec.page, top: TOP + spec.at * HEIGHT }]),
  );
  return { blocks, places };
}

/** Text on page 1 down to 40 %, a figure of 80 % on page 2, then text and a heading. */
const figurePushedOver = (after: Spec[]) =>
  print([
    { id: "p1", kind: "text", share: 0.4, page: 1, at: 0 },
    { id: "figure", kind: "block", share: 0.8, page: 2, at: 0 },
    ...after,
  ]);

describe("blank pages", () => {
  it("finds a page left blank under its last block, by its share", () => {
    const { blocks, places } = figurePushedOver([
      { id: "p2", kind: "text", share: 0.1, page: 2, at: 0.8 },
    ]);
    const [page] = blankPages(blocks, places);
    expect(page?.page).toBe(1);
    expect(page?.blank).toBeCloseTo(0.6, 5);
  });

  it("does not count the last page, nor one before a page the stylesheet starts", () => {
    const { blocks, places } = print([
      { id: "p1", kind: "text", share: 0.2, page: 1, at: 0 },
      { id: "part", kind: "heading", share: 0.05, page: 2, at: 0, forced: true },
      { id: "p2", kind: "text", share: 0.1, page: 2, at: 0.05 },
    ]);
    expect(blankPages(blocks, places)).toEqual([]);
  });

  it("counts a page filled by a block that runs over it as full", () => {
    const { blocks, places } = print([
      { id: "long", kind: "text", share: 2.5, page: 1, at: 0.1 },
      { id: "after", kind: "text", share: 0.9, page: 3, at: 0.1 },
      { id: "end", kind: "text", share: 0.1, page: 4, at: 0 },
    ]);
    expect(blankPages(blocks, places)).toEqual([]);
  });

  it("knows the page a chart's table ends on when it starts the page after its chart", () => {
    const { blocks, places } = print([
      { id: "p1", kind: "text", share: 0.5, page: 1, at: 0 },
      { id: "chart", kind: "block", share: 0.6, page: 1, at: 0.5 },
      { id: "chart-table", kind: "part", share: 0.1, page: 2, at: 0 },
      { id: "next", kind: "heading", share: 0.05, page: 3, at: 0 },
      { id: "p2", kind: "text", share: 0.1, page: 3, at: 0.05 },
    ]);
    expect(blankPages(blocks, places)).toEqual([{ page: 2, blank: expect.closeTo(0.9, 5) }]);
  });

  it("lets a page be up to a third blank", () => {
    const { blocks, places } = print([
      { id: "p1", kind: "text", share: 1 - MOST_BLANK + 0.01, page: 1, at: 0 },
      { id: "p2", kind: "block", share: 0.9, page: 2, at: 0 },
      { id: "p3", kind: "text", share: 0.1, page: 3, at: 0 },
    ]);
    expect(blankPages(blocks, places)).toEqual([]);
  });
});

describe("the move that fills a page", () => {
  it("brings the text after the figure forward, as much as fits", () => {
    const { blocks, places } = figurePushedOver([
      { id: "a", kind: "text", share: 0.2, page: 2, at: 0.8 },
      { id: "b", kind: "text", share: 0.3, page: 3, at: 0 },
      { id: "c", kind: "text", share: 0.3, page: 3, at: 0.3 },
    ]);
    expect(nextMove(blocks, places)).toEqual({
      kind: "before",
      before: "figure",
      ids: ["a", "b"],
      page: 1,
    });
  });

  it("brings forward only text of the figure's section, above its next heading", () => {
    const { blocks, places } = figurePushedOver([
      { id: "a", kind: "text", share: 0.1, page: 2, at: 0.8 },
      { id: "heading", kind: "heading", share: 0.05, page: 2, at: 0.9 },
      { id: "under", kind: "text", share: 0.05, page: 2, at: 0.95 },
    ]);
    expect(nextMove(blocks, places)).toMatchObject({ kind: "before", ids: ["a"] });
  });

  it("else floats the figure past the next text and headings that fit, in any section", () => {
    const { blocks, places } = figurePushedOver([
      { id: "heading", kind: "heading", share: 0.05, page: 2, at: 0.8 },
      { id: "under", kind: "text", share: 0.1, page: 2, at: 0.85, parent: 2 },
      { id: "more", kind: "text", share: 0.2, page: 3, at: 0, parent: 2 },
      { id: "too-much", kind: "text", share: 0.4, page: 3, at: 0.2, parent: 2 },
    ]);
    expect(nextMove(blocks, places)).toEqual({
      kind: "float",
      figure: "figure",
      after: "more",
      page: 1,
    });
  });

  it("floats a figure with its table, which never stops the text", () => {
    const { blocks, places } = figurePushedOver([
      { id: "figure-table", kind: "part", share: 0.2, page: 2, at: 0.6 },
      { id: "text", kind: "text", share: 0.3, page: 3, at: 0, parent: 2 },
    ]);
    expect(nextMove(blocks, places)).toMatchObject({ kind: "float", after: "text" });
  });

  it("counts margins when floating, and never leaves a heading last above the figure", () => {
    const { blocks, places } = figurePushedOver([
      { id: "a", kind: "text", share: 0.2, page: 2, at: 0.8, parent: 2 },
      // Fits by its height, not with its margins.
      { id: "b", kind: "text", share: 0.3, page: 3, at: 0, parent: 2, margin: 0.1 },
    ]);
    expect(nextMove(blocks, places)).toMatchObject({ kind: "float", after: "a" });
    const headingLast = figurePushedOver([
      { id: "h", kind: "heading", share: 0.05, page: 2, at: 0.8, parent: 2 },
      { id: "long", kind: "text", share: 0.7, page: 2, at: 0.85, parent: 2 },
    ]);
    expect(nextMove(headingLast.blocks, headingLast.places)).toBeNull();
  });

  it("never floats a figure past another figure, nor into a part the stylesheet starts", () => {
    const second = figurePushedOver([
      { id: "second", kind: "block", share: 0.1, page: 2, at: 0.8, parent: 2 },
      { id: "text", kind: "text", share: 0.1, page: 2, at: 0.9, parent: 2 },
    ]);
    expect(nextMove(second.blocks, second.places)).toBeNull();
    const part = figurePushedOver([
      { id: "part", kind: "heading", share: 0.05, page: 2, at: 0.8, parent: 2, forced: true },
      { id: "text", kind: "text", share: 0.1, page: 2, at: 0.85, parent: 2 },
    ]);
    expect(nextMove(part.blocks, part.places)).toBeNull();
  });

  it("first lifts the break of a section the stylesheet starts on a page for its layout", () => {
    const { blocks, places } = print([
      { id: "p1", kind: "text", share: 0.3, page: 1, at: 0 },
      { id: "map-heading", kind: "heading", share: 0.05, page: 2, at: 0, lifts: "maps" },
      { id: "map", kind: "block", share: 0.9, page: 2, at: 0.05 },
      { id: "p2", kind: "text", share: 0.1, page: 3, at: 0 },
    ]);
    expect(nextMove(blocks, places)).toEqual({ kind: "lift", section: "maps", page: 1 });
    // Once lifted, never again: the next print says what else the page needs.
    expect(nextMove(blocks, places, new Set(["maps"]))?.kind).not.toBe("lift");
  });

  it("passes over another figure, which stays where it is", () => {
    const { blocks, places } = figurePushedOver([
      { id: "second", kind: "block", share: 0.15, page: 2, at: 0.8 },
      { id: "text", kind: "text", share: 0.2, page: 3, at: 0 },
    ]);
    expect(nextMove(blocks, places)).toEqual({
      kind: "before",
      before: "figure",
      ids: ["text"],
      page: 1,
    });
  });

  it("never moves text or a figure it has moved before, so the passes end", () => {
    const { blocks, places } = figurePushedOver([
      { id: "a", kind: "text", share: 0.2, page: 2, at: 0.8 },
    ]);
    expect(nextMove(blocks, places, new Set(["a", "figure"]))).toBeNull();
  });

  it("moves nothing when text, not a figure, opens the next page", () => {
    const { blocks, places } = print([
      { id: "p1", kind: "text", share: 0.4, page: 1, at: 0 },
      { id: "heading", kind: "heading", share: 0.05, page: 2, at: 0 },
      { id: "p2", kind: "text", share: 0.4, page: 2, at: 0.05 },
      { id: "p3", kind: "text", share: 0.1, page: 2, at: 0.45 },
    ]);
    expect(nextMove(blocks, places)).toBeNull();
  });
});
