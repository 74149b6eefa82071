import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";

const BLOCKS =
  "p, li, h1, h2, h3, h4, h5, h6, div, section, header, footer, aside, td, th, caption, figcaption, dt, dd";

/**
 * A built page as HTML, as a DOM, and as the text a reader gets with scripts
 * removed: blocks separated by a space, white space folded.
 */
export function readPage(distDir: string, page = "index.html") {
  const html = readFileSync(path.join(distDir, page), "utf8");
  const { document } = parseHTML(html);
  const reading = parseHTML(html).document;
  for (const script of reading.querySelectorAll("script")) script.remove();
  for (const block of reading.querySelectorAll(BLOCKS)) block.append(" ");
  // Only ASCII white space is folded: the no-break spaces Intl puts in "1 234" and "35,4 %" stay.
  const text = (reading.body?.textContent ?? "").replace(/[ \t\n\r\f]+/g, " ");
  return { html, document, text };
}
