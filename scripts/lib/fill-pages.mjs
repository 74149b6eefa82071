// Plans how to keep a printed page from being left mostly blank.
//
// A figure, a map or a table never splits across pages (print.css), so when
// one does not fit under the text before it, it moves to the next page and
// leaves white above the footer. Typesetters then let the text that follows
// the figure run on above it: the text fills the page and the figure stands
// at the top of the next one. This module finds such a page in a print and
// names the paragraphs to bring forward; npm run pdf moves them in the page
// (so the PDF's tags read in the order the paper shows) and prints again.

/** A4 height and the @page margins of src/styles/print.css, in points. */
const PAGE = { height: 841.92, top: 18 * (72 / 25.4), bottom: 20 * (72 / 25.4) };
const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;
const CONTENT_HEIGHT = CONTENT_BOTTOM - PAGE.top;
/** CSS px to points. */
const PT_PER_PX = 72 / 96;
/** More than this share of a page's text area blank is too much. */
export const MOST_BLANK = 1 / 3;
/** Room kept free when filling: margins between moved blocks are not in their heights. */
const SLACK = 12;

/**
 * @typedef {{ id: string, parent: number, height: number, kind: string, forced: boolean }} Block
 *   A block of the report's flow (print-page.mjs flowBlocks): its height in CSS
 *   px, "heading", "text" (may run over pages) or "block" (never splits), and
 *   whether the print stylesheet starts a page with it.
 * @typedef {{ page: number, top: number }} Place where the PDF put a block
 * @typedef {{ page: number, blank: number }} BlankPage
 */

/**
 * Each page's blank share under its lowest block, for the pages that end no
 * part: not the last page, nor one whose next page the stylesheet starts.
 * @param {Block[]} blocks
 * @param {Map<string, Place>} places
 * @returns {BlankPage[]}
 */
export function blankPages(blocks, places) {
  const placed = blocks
    .map((block) => ({ block, place: places.get(block.id) }))
    .filter(({ place }) => place !== undefined);
  const lastPage = Math.max(0, ...placed.map(({ place }) => place.page));
  const bottom = new Map();
  const forcedStart = new Set();
  for (const [index, { block, place }] of placed.entries()) {
    const next = placed[index + 1];
    // A block that runs onto the next page fills this one.
    const runsOver = next !== undefined && next.place.page > place.page + 1;
    const end = runsOver ? CONTENT_BOTTOM : place.top + block.height * PT_PER_PX;
    bottom.set(place.page, Math.max(bottom.get(place.page) ?? 0, Math.min(end, CONTENT_BOTTOM)));
    if (block.forced) forcedStart.add(place.page);
  }
  const pages = [];
  for (let page = 1; page < lastPage; page++) {
    if (forcedStart.has(page + 1) || !bottom.has(page)) continue;
    const blank = (CONTENT_BOTTOM - (bottom.get(page) ?? CONTENT_BOTTOM)) / CONTENT_HEIGHT;
    if (blank > MOST_BLANK) pages.push({ page, blank });
  }
  return pages;
}

/**
 * The first move that fills a mostly blank page: the text after the block that
 * opens the next page, within the same section and up to its next heading,
 * brought forward to just before that block, as much as fits in the white.
 * Null when no page needs it or no text can help.
 * @param {Block[]} blocks
 * @param {Map<string, Place>} places
 * @param {Set<string>} tried blocks already moved before, which are not moved again
 * @returns {{ before: string, ids: string[], page: number } | null}
 */
export function nextMove(blocks, places, tried = new Set()) {
  for (const { page, blank } of blankPages(blocks, places)) {
    const opening = blocks.findIndex(
      (block) => places.get(block.id)?.page === page + 1 && block.kind !== "heading",
    );
    const figure = blocks[opening];
    if (figure === undefined || figure.kind !== "block") continue;
    let room = blank * CONTENT_HEIGHT - SLACK;
    const ids = [];
    for (const block of blocks.slice(opening + 1)) {
      if (block.parent !== figure.parent || block.kind === "heading") break;
      if (block.kind !== "text") continue;
      const height = block.height * PT_PER_PX;
      if (height > room || tried.has(block.id)) break;
      ids.push(block.id);
      room -= height;
    }
    if (ids.length > 0) return { before: figure.id, ids, page };
  }
  return null;
}
