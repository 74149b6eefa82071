/**
 * A figure floated by npm run pdf (print-page.mjs applyMove) stays in its
 * section for the PDF's tags: the section owns it (aria-owns), with the blocks
 * that followed it, in the report's order, however many of its figures float.
 */
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it } from "vitest";
import { applyMove } from "../../scripts/lib/print-page.mjs";

const REPORT = `<main><section id="a"><h2 id="h">A</h2><p id="p1">1</p><figure id="f1"></figure><p id="x">x</p><figure id="f2"></figure><p id="y">y</p></section><section id="b"><h2 id="hb">B</h2><p id="b1">b1</p><p id="b2">b2</p></section></main>`;

/** The report as flowBlocks leaves it: each block with its place before any move. */
function report() {
  const { document } = parseHTML(REPORT);
  ["h", "p1", "f1", "x", "f2", "y", "hb", "b1", "b2"].forEach((id, index) => {
    const element = document.getElementById(id);
    if (element !== null) element.dataset["flowIndex"] = String(index);
  });
  Object.assign(globalThis, { document });
  return document;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "document");
});

describe("floating a figure", () => {
  it("prints it after the block given, and its section owns it and what followed it", () => {
    const document = report();
    applyMove({ kind: "float", figure: "f2", after: "b1" });
    expect(document.getElementById("b1")?.nextElementSibling?.id).toBe("f2");
    expect(document.getElementById("a")?.getAttribute("aria-owns")).toBe("f2 y");
  });

  it.each([
    ["f1", "f2"],
    ["f2", "f1"],
  ])("keeps both in the report's order when %s floats, then %s", (first, second) => {
    const document = report();
    applyMove({ kind: "float", figure: first, after: "b1" });
    applyMove({ kind: "float", figure: second, after: "b2" });
    expect(document.getElementById("a")?.getAttribute("aria-owns")).toBe("f1 x f2 y");
  });
});
