/**
 * The page-filling plan (scripts/lib/fill-pages.mjs) on generated reports,
 * laid out by a simple paginator and moved until the plan has nothing left to
 * do: the passes end, figures and tables keep their order on paper, a moved
 * figure never has a heading just above it, and text moved forward stays in
 * its section.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextMove } from "../../scripts/lib/fill-pages.mjs";
import { runs } from "../helpers/property-runs.ts";

/** A4's text area in points (print.css: 18 mm top, 20 mm bottom margin). */
const TOP = 18 * (72 / 25.4);
const HEIGHT = 841.92 - 20 * (72 / 25.4) - TOP;
const PX_PER_PT = 96 / 72;

interface Block {
  id: string;
  parent: number;
  height: number;
  margin: number;
  kind: "heading" | "text" | "block" | "part";
  forced: boolean;
  lifts?: string;
}

/** A section: its heading (maybe starting a part, or a page for its layout) and its blocks. */
const sectionArbitrary = fc.record({
  start: fc.constantFrom("none", "part", "layout"),
  items: fc.array(
    fc.record({
      kind: fc.constantFrom("text", "text", "heading", "block", "table"),
      share: fc.double({ min: 0.02, max: 0.9, noNaN: true }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

/** The report's flow: sections of headings, text and figures (a figure may have a table part). */
const flowArbitrary = fc.array(sectionArbitrary, { minLength: 1, maxLength: 5 }).map((sections) =>
  sections.flatMap((section, s): Block[] => {
    const parent = s + 1;
    const heading: Block = {
      id: `s${s}`,
      parent,
      height: 0.04 * HEIGHT * PX_PER_PT,
      margin: 16,
      kind: "heading",
      forced: section.start === "part",
      ...(section.start === "layout" ? { lifts: `section-${s}` } : {}),
    };
    return [
      heading,
      ...section.items.flatMap(({ kind, share }, i): Block[] => {
        const block = { id: `s${s}-${i}`, parent, margin: 8, forced: false };
        const height = share * HEIGHT * PX_PER_PT;
        if (kind !== "table") return [{ ...block, kind, height: kind === "heading" ? 20 : height }];
        // A chart whose table may start the next page: two halves, one block.
        return [
          { ...block, kind: "block", height },
          { ...block, id: `${block.id}-part`, kind: "part", height: height / 2 },
        ];
      }),
    ];
  }),
);

/**
 * Where a simple paginator puts each block: text runs over pages, a figure
 * (with its part) that does not fit starts the next page, a forced or
 * unlifted layout start begins a page, and a heading goes with what follows.
 */
function paginate(flow: readonly Block[], lifted: ReadonlySet<string>) {
  const places = new Map<string, { page: number; top: number }>();
  let page = 1;
  let used = 0;
  const height = (block: Block) => (block.height + block.margin) / PX_PER_PT;
  flow.forEach((block, index) => {
    const starts = block.forced || (block.lifts !== undefined && !lifted.has(block.lifts));
    const next = flow[index + 1];
    const keep =
      block.kind === "heading" && next !== undefined && next.kind === "block"
        ? height(block) + height(next)
        : height(block);
    const unsplittable = block.kind === "block" || block.kind === "heading";
    if ((starts || (unsplittable && used + keep > HEIGHT)) && used > 0) {
      page++;
      used = 0;
    }
    if (block.kind === "part") {
      // Placed right after its figure, which already took its height.
      places.set(block.id, { page, top: TOP + Math.max(0, used - height(block)) });
      return;
    }
    places.set(block.id, { page, top: TOP + used });
    used += height(block);
    while (used > HEIGHT) {
      page++;
      used -= HEIGHT;
    }
  });
  return places;
}

/** The flow with a move made, as print-page.mjs applyMove makes it in the page. */
function apply(flow: Block[], move: NonNullable<ReturnType<typeof nextMove>>): Block[] {
  if (move.kind === "lift") return flow;
  if (move.kind === "before") {
    const moving = flow.filter((block) => move.ids.includes(block.id));
    const rest = flow.filter((block) => !move.ids.includes(block.id));
    const at = rest.findIndex((block) => block.id === move.before);
    return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
  }
  const figure = flow.findIndex((block) => block.id === move.figure);
  const carried = flow[figure + 1]?.kind === "part" ? 2 : 1;
  const moving = flow.slice(figure, figure + carried);
  const rest = [...flow.slice(0, figure), ...flow.slice(figure + carried)];
  const at = rest.findIndex((block) => block.id === move.after) + 1;
  return [...rest.slice(0, at), ...moving, ...rest.slice(at)];
}

const figures = (flow: readonly Block[]) =>
  flow.filter((block) => block.kind === "block" || block.kind === "part").map((b) => b.id);

describe("filling pages, on generated reports", () => {
  it("ends, keeps figures in order, never puts a heading just above a moved figure, moves text only within its section", () => {
    fc.assert(
      fc.property(flowArbitrary, (original) => {
        let flow = original.map((block) => ({ ...block }));
        const tried = new Set<string>();
        const lifted = new Set<string>();
        const limit = flow.length + 5;
        let moves = 0;
        for (;;) {
          const move = nextMove(flow, paginate(flow, lifted), tried);
          if (move === null) break;
          moves++;
          expect(moves).toBeLessThanOrEqual(limit);
          if (move.kind === "lift") {
            lifted.add(move.section);
            tried.add(move.section);
          } else if (move.kind === "before") {
            const figure = flow.find((block) => block.id === move.before);
            for (const id of move.ids) {
              const block = flow.find((candidate) => candidate.id === id);
              expect(block?.kind).toBe("text");
              expect(block?.parent).toBe(figure?.parent);
              tried.add(id);
            }
          } else {
            expect(flow.find((block) => block.id === move.after)?.kind).toBe("text");
            tried.add(move.figure);
          }
          flow = apply(flow, move);
          if (move.kind === "float") {
            const at = flow.findIndex((block) => block.id === move.figure);
            expect(flow[at - 1]?.kind).toBe("text");
          }
          expect(figures(flow)).toEqual(figures(original));
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
