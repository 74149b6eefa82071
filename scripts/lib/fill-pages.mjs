// Plans how to keep a printed page from being left mostly blank.
//
// A figure, a map or a table never splits across pages (print.css), so when
// one does not fit under the text before it, it moves to the next page and
// leaves white above the footer. Typesetters then let the text that follows
// the figure run on above it: the text fills the page and the figure stands
// at the top of the next one. This module finds such a page in a print and
// names the paragraphs to bring forward; npm run pdf moves them in the page
// (so the PDF's tags read in the order the paper shows) and prints again.
//
// When the figure's own section has no such text, the figure floats instead:
// it is printed after the next sections' text that fits in the white, at the
// top of the next page, as a book places a figure, while the PDF's tags keep it
// in its section (print-page.mjs applyMove). And a section the stylesheet
// starts on a fresh page only for its layout (the map's) may leave the page
// before it mostly blank: that break is lifted first, and the section flows.

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
 * @typedef {{ id: string, parent: number, height: number, margin?: number, kind: string,
 *   forced: boolean, lifts?: string }} Block
 *   A block of the report's flow (print-page.mjs flowBlocks): its height and its
 *   vertical margins in CSS px, "heading", "text" (may run over pages),
 *   "block" (never splits) or "part" (a figure's table, which may start the
 *   page after the figure and moves only with it), whether the print
 *   stylesheet starts a part with it (a page that ends a part may stay
 *   blank), and for the first block of a
 *   section the stylesheet starts on a page for its layout, that section's id.
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
 * @typedef {{ kind: "lift", section: string, page: number }
 *   | { kind: "before", before: string, ids: string[], page: number }
 *   | { kind: "float", figure: string, after: string, page: number }} Move
 *   Lift a section's layout page break; bring text forward to just before a
 *   figure; or print a figure after a later block (the tags keep it in place).
 */

/**
 * The first move that fills a mostly blank page, in this order: lift the page
 * break of a section that opens the next page only for its layout; bring the
 * text after the block that opens the next page, within the same section and up
 * to its next heading, forward to just before that block; or float that block
 * down past the next text and headings, in any section, that fit in the white
 * (never past another figure, whose numbers would then be out of order, and
 * never leaving a heading last, above the figure). Null when no page needs it
 * or nothing can help.
 * @param {Block[]} blocks
 * @param {Map<string, Place>} places
 * @param {Set<string>} tried sections lifted and blocks moved before, not moved again
 * @returns {Move | null}
 */
export function nextMove(blocks, places, tried = new Set()) {
  for (const { page, blank } of blankPages(blocks, places)) {
    const first = blocks.find((block) => places.get(block.id)?.page === page + 1);
    if (first?.lifts !== undefined && !tried.has(first.lifts))
      return { kind: "lift", section: first.lifts, page };
    const opening = blocks.findIndex(
      (block) => places.get(block.id)?.page === page + 1 && block.kind !== "heading",
    );
    const figure = blocks[opening];
    if (figure === undefined || figure.kind !== "block") continue;
    const room = blank * CONTENT_HEIGHT - SLACK;
    const ids = textOfSection(blocks.slice(opening + 1), figure, room, tried);
    if (ids.length > 0) return { kind: "before", before: figure.id, ids, page };
    const after = floatPast(blocks.slice(opening + 1), room);
    if (after !== undefined && !tried.has(figure.id))
      return { kind: "float", figure: figure.id, after, page };
  }
  return null;
}

/**
 * The text after a figure in its section, up to the next heading, that fits in
 * `room` points (another figure is passed over and stays where it is).
 * @param {Block[]} following
 * @param {Block} figure
 * @param {number} room
 * @param {Set<string>} tried
 */
function textOfSection(following, figure, room, tried) {
  const ids = [];
  for (const block of following) {
    if (block.parent !== figure.parent || block.kind === "heading") break;
    if (block.kind !== "text") continue;
    const height = block.height * PT_PER_PX;
    if (height > room || tried.has(block.id)) break;
    ids.push(block.id);
    room -= height;
  }
  return ids;
}

/**
 * The last block a figure floats past: the longest run of text and headings
 * after it, margins included, that fits in `room` points, ending with text
 * (a figure's table, a part, moves with it).
 * @param {Block[]} following
 * @param {number} room
 * @returns {string | undefined}
 */
function floatPast(following, room) {
  let last;
  let used = 0;
  for (const block of following) {
    if (block.kind === "part") continue;
    if (block.kind === "block" || block.forced) break;
    used += (block.height + (block.margin ?? 0)) * PT_PER_PX;
    if (used > room) break;
    if (block.kind === "text") last = block.id;
  }
  return last;
}
