/**
 * The artifact wrapping of scripts/lib/pdf-ua.mjs on content streams written
 * here: what is painted outside marked content is wrapped, with its path; what
 * is tagged, clips and state changes are left as they are.
 */
import { describe, expect, it } from "vitest";
import { parseContentStream } from "../../scripts/lib/content-stream.mjs";
import { wrapUntaggedPainting } from "../../scripts/lib/pdf-ua.mjs";

const operators = (text: string) => parseContentStream(text).map((op) => op.operator);

describe("parseContentStream", () => {
  it("reads operands of every kind and the operator after them", () => {
    const ops = parseContentStream(
      "q 1 0 0 -1 0 842 cm /P <</MCID 3 >>BDC BT /F4 10.5 Tf (a\\) b) Tj [<0036> -12 (x)] TJ ET EMC Q",
    );
    expect(ops.map((op) => op.operator)).toEqual([
      "q",
      "cm",
      "BDC",
      "BT",
      "Tf",
      "Tj",
      "TJ",
      "ET",
      "EMC",
      "Q",
    ]);
    expect(ops[2]?.operands).toEqual(["/P", "<<", "/MCID", "3", ">>"]);
    expect(ops[5]?.operands).toEqual(["(a\\) b)"]);
  });

  it("skips an inline image's data", () => {
    expect(operators("BI /W 1 /H 1 ID \x00EI\xff EI Q")).toEqual(["BI", "ID", "Q"]);
  });
});

describe("wrapUntaggedPainting", () => {
  it("wraps a path with its painting operator, and a text object outside marked content", () => {
    const { text, wrapped } = wrapUntaggedPainting(
      "q 1 1 1 rg 0 0 658 979 re f Q BT /F4 8 Tf 1 0 0 -1 68 1076 Tm <0036> Tj ET",
    );
    expect(wrapped).toBe(2);
    expect(text).toBe(
      "q 1 1 1 rg /Artifact BMC\n0 0 658 979 re f\nEMC Q /Artifact <</Type /Pagination /Subtype /Footer >>BDC\nBT /F4 8 Tf 1 0 0 -1 68 1076 Tm <0036> Tj ET\nEMC",
    );
  });

  it("tells the footer from a header by where the text stands on the page", () => {
    // As Chromium writes a page: y flipped by the first cm, then scaled.
    const page = (y: number) =>
      `.24 0 0 -.24 0 841.92 cm q 3.125 0 0 3.125 0 0 cm BT /F5 10.66 Tf 1 0 0 -1 659 ${y} Tm <0033> Tj 5.9 0 Td <0044> Tj ET Q`;
    const foot = wrapUntaggedPainting(page(1076), 0, { height: 841.92 });
    expect(foot.wrapped).toBe(1);
    expect(foot.text).toContain("/Artifact <</Type /Pagination /Subtype /Footer >>BDC\nBT");
    const head = wrapUntaggedPainting(page(40), 0, { height: 841.92 });
    expect(head.text).toContain("/Subtype /Header");
  });

  it("leaves a text object with tagged text in it to per-operator artifacts", () => {
    const { text } = wrapUntaggedPainting(
      "BT /F4 8 Tf <0036> Tj /P <</MCID 0 >>BDC <0037> Tj EMC ET",
    );
    expect(text).toBe(
      "BT /F4 8 Tf /Artifact BMC\n<0036> Tj\nEMC /P <</MCID 0 >>BDC <0037> Tj EMC ET",
    );
  });

  it("leaves tagged content, clips and nested marked content alone", () => {
    const stream =
      "q 0 0 10 10 re W* n /P <</MCID 0 >>BDC 0 0 5 5 re f /Span <</ActualText (fi) >>BDC <13B2> Tj EMC EMC Q";
    expect(wrapUntaggedPainting(stream)).toEqual({ text: stream, depth: 0, wrapped: 0 });
  });

  it("carries the marked-content depth from one stream of a page to the next", () => {
    const first = wrapUntaggedPainting("/P <</MCID 0 >>BDC 0 0 5 5 re f");
    expect(first.depth).toBe(1);
    expect(wrapUntaggedPainting("0 0 5 5 re f EMC 1 1 2 2 re S", first.depth).wrapped).toBe(1);
  });
});
