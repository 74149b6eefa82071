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
  kind: "heading" | "text" | "block";
  /** Height as a share of a page's text area. */
  share: number;
  page: number;
  /** Where on its page it starts, as a share of the text area. */
  at: number;
  parent?: number;
  forced?: boolean;
}

function print(specs: Spec[]) {
  const blocks = specs.map((spec) => ({
    id: spec.id,
    parent: spec.parent ?? 1,
    height: px(spec.share * HEIGHT),
    kind: spec.kind,
    forced: spec.forced ?? false,
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
    expect(nextMove(blocks, places)).toEqual({ before: "figure", ids: ["a", "b"], page: 1 });
  });

  it("keeps the text in its section and under its heading", () => {
    const { blocks, places } = figurePushedOver([
      { id: "heading", kind: "heading", share: 0.05, page: 2, at: 0.8 },
      { id: "under", kind: "text", share: 0.1, page: 2, at: 0.85 },
    ]);
    expect(nextMove(blocks, places)).toBeNull();
    const other = figurePushedOver([
      { id: "elsewhere", kind: "text", share: 0.1, page: 2, at: 0.8, parent: 2 },
    ]);
    expect(nextMove(other.blocks, other.places)).toBeNull();
  });

  it("passes over another figure, which stays where it is", () => {
    const { blocks, places } = figurePushedOver([
      { id: "second", kind: "block", share: 0.15, page: 2, at: 0.8 },
      { id: "text", kind: "text", share: 0.2, page: 3, at: 0 },
    ]);
    expect(nextMove(blocks, places)).toEqual({ before: "figure", ids: ["text"], page: 1 });
  });

  it("never moves text it has moved before, so the passes end", () => {
    const { blocks, places } = figurePushedOver([
      { id: "a", kind: "text", share: 0.2, page: 2, at: 0.8 },
    ]);
    expect(nextMove(blocks, places, new Set(["a"]))).toBeNull();
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
