// What `npm run pdf` does to the front page in Chromium before printing it. Each
// function runs inside the page (page.evaluate), so each is self-contained.
/* global document, NodeFilter, CSS, getComputedStyle -- these functions run inside the page, in Chromium */

/**
 * Prepares the page for paper and for the PDF's tags, and returns each link's
 * text by its target ("#id" or the URL), for the link annotations' /Contents.
 *
 * - Links to the site's other pages would lead to the temporary server: they
 *   become plain text (the printed words say where to look instead).
 * - An external link whose text is not its address gets the address as real
 *   text after it, so the address is printed once and tagged, not drawn by
 *   CSS generated content outside the structure tree.
 * - <figure> and <aside> become role="group": Chromium then tags them Div, not
 *   a Figure without alternative text or the PDF 2.0 type Aside.
 * - A map with region links has no role="img" on screen (links inside an image
 *   would be hidden from assistive technology); printed, the links are gone, so
 *   it becomes an image with its accessible name: a Figure with /Alt.
 * - The buttons src/scripts/ make (the map legend's layer toggles, the sortable
 *   tables' column headers) cannot be pressed on paper, and Chromium would tag
 *   each a Form field: each becomes the span it was before the script ran, with
 *   its class and its words.
 * - Words in another language (<span lang>, LangText.astro) are left out of
 *   Chromium's tags unless they have a role: role="generic" (a span's own role)
 *   keeps each as an element with its /Lang, which pdf-ua.mjs makes a Span.
 * - A description list's terms and descriptions (the colophon, the definitions)
 *   are paragraphs on paper: Chromium would tag <dt> and <dd> NonStruct, text
 *   in no paragraph; with role="paragraph" each is a P.
 * - The national map's source line is put under the shorter of its two
 *   columns, the map's or its table's (print.css), measured here.
 * - Soft hyphens (U+00AD, in the map table's headers) go: where Chromium breaks
 *   at one, the PDF's text has U+00AD and a hyphen inside the word, and where it
 *   does not, text extraction may still keep the U+00AD. print.css lays the
 *   table out so its headers fit without them.
 * @param {string} here the page's URL
 * @returns {[string, string][]}
 */
export function prepareForPrint(here) {
  const { origin, pathname } = new URL(here);
  const words = (element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
  for (const link of document.querySelectorAll("a[href]")) {
    const url = new URL(link.getAttribute("href") ?? "", here);
    if (url.origin === origin && url.pathname !== pathname) link.removeAttribute("href");
  }
  for (const link of document.querySelectorAll('a[href^="http"]:not(.address)')) {
    const href = link.getAttribute("href") ?? "";
    if (!words(link).includes(href)) link.after(` (${href})`);
    link.classList.add("address");
  }
  for (const element of document.querySelectorAll("figure, aside")) {
    element.setAttribute("role", "group");
  }
  for (const button of document.querySelectorAll("button")) {
    const span = document.createElement("span");
    span.className = button.className;
    span.append(...button.childNodes);
    button.replaceWith(span);
  }
  for (const span of document.querySelectorAll("span[lang]:not([role])")) {
    span.setAttribute("role", "generic");
  }
  // The map's source line goes under the shorter column: the map's or its table's.
  for (const figure of document.querySelectorAll("figure.map")) {
    const map = figure.querySelector(".map-explorer")?.getBoundingClientRect().height ?? 0;
    const table = figure.querySelector(".table-scroll")?.getBoundingClientRect().height ?? 0;
    figure.classList.toggle("source-under-map", table > map);
  }
  for (const item of document.querySelectorAll("dt, dd")) {
    item.setAttribute("role", "paragraph");
  }
  for (const svg of document.querySelectorAll("svg[aria-label]:not([role])")) {
    svg.setAttribute("role", "img");
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.data.includes("\u00ad")) node.data = node.data.replaceAll("\u00ad", "");
  }
  const texts = new Map();
  for (const link of document.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    const target = href.startsWith("#") ? href : new URL(href, here).href;
    const text = link.getAttribute("aria-label") ?? words(link);
    if (!texts.has(target) && text !== "") texts.set(target, text);
  }
  return [...texts];
}

/** The ids whose page numbers the printed contents show. */
export function pageNumberTargets() {
  // Each entry of the contents gets a slot for its page number after its link
  // (print.css sets it right); a browser's own print has no page numbers to give.
  for (const link of document.querySelectorAll('nav.toc li > a[href^="#"]')) {
    if (link.nextElementSibling?.matches(".toc-page")) continue;
    const slot = document.createElement("span");
    slot.className = "toc-page";
    slot.dataset["pageOf"] = (link.getAttribute("href") ?? "").slice(1);
    link.after(slot);
  }
  return [...document.querySelectorAll("[data-page-of]")].map(
    (element) => element.getAttribute("data-page-of") ?? "",
  );
}

/**
 * Writes the page numbers into the contents ("" leaves an entry empty).
 * @param {[string, string][]} numbers id and page number
 */
export function fillPageNumbers(numbers) {
  const byId = new Map(numbers);
  for (const element of document.querySelectorAll("[data-page-of]")) {
    element.textContent = byId.get(element.getAttribute("data-page-of") ?? "") ?? "";
  }
}

/** What the PDF's metadata says, from the page's own head. */
export function documentInfo() {
  return {
    title: document.title,
    lang: document.documentElement.lang,
    creators: [...document.querySelectorAll('meta[name="citation_author"]')].map(
      (meta) => meta.getAttribute("content") ?? "",
    ),
  };
}

/**
 * Loads every font face the page's stylesheets declare (print.css's printed
 * typeface, all its files), so no print is made while one is still on its way
 * and no text falls back to the machine's own fonts. Rejects if a file fails.
 * @returns {Promise<string[]>} each loaded face as "family weight style"
 */
export async function loadFonts() {
  document.body.getBoundingClientRect();
  const faces = [...document.fonts];
  await Promise.all(faces.map((face) => face.load()));
  await document.fonts.ready;
  return faces.map((face) => `${face.family.replaceAll('"', "")} ${face.weight} ${face.style}`);
}

/**
 * The report's flow for the page-filling pass (fill-pages.mjs): every block of
 * its sections, and every other block of <main>, in reading order. Each gets an
 * id, if it has none, and a hidden link to it, so that the printed PDF has a
 * destination for each: the page it starts on and how far down. The heights
 * are measured with the window as wide as the printed text column. A chart's
 * table may start the page after its chart (print.css): it follows the chart
 * as a "part", from the table to the figure's end, so that the page it ends on
 * is known too; a part is never moved on its own.
 * @returns {{ id: string, parent: number, height: number, margin: number, kind: string,
 *   forced: boolean, lifts?: string }[]}
 */
export function flowBlocks() {
  const links = document.querySelector(".flow-links") ?? document.createElement("div");
  links.className = "flow-links";
  links.hidden = true;
  document.body.append(links);
  const linkTo = (element, id) => {
    if (element.id === "") element.id = id;
    if (links.querySelector(`a[href="#${CSS.escape(element.id)}"]`) === null) {
      const link = document.createElement("a");
      link.href = `#${element.id}`;
      links.append(link);
    }
  };
  const containers = [...document.querySelectorAll("main, main .report-section")];
  const blocks = [
    ...document.querySelectorAll("main > :not(.report-section), .report-section > *"),
  ].filter((block) => block.checkVisibility() && !block.classList.contains("flow-links"));
  return blocks.flatMap((block, index) => {
    linkTo(block, `flow-${index}`);
    // Where the block stands in the report before any move (see applyMove).
    block.dataset["flowIndex"] ??= String(index);
    const style = getComputedStyle(block);
    const previous = block.previousElementSibling;
    const section = block.parentElement;
    const parent = containers.indexOf(section ?? document.body);
    const box = block.getBoundingClientRect();
    // A section of the report the stylesheet starts on a page (the map's) does
    // so for its layout, not as a part: the pass may lift that break.
    const startsSection =
      section !== null &&
      section.matches(".report-section") &&
      getComputedStyle(section).breakBefore === "page" &&
      blocks.find((other) => other.parentElement === section) === block;
    const kind = /^H[1-6]$/.test(block.tagName)
      ? "heading"
      : block.matches("p, ul, ol, dl") && style.breakInside !== "avoid"
        ? "text"
        : "block";
    const entry = {
      id: block.id,
      parent,
      height: box.height,
      margin: parseFloat(style.marginTop) + parseFloat(style.marginBottom),
      kind,
      forced:
        style.breakBefore === "page" ||
        (previous !== null && getComputedStyle(previous).breakAfter === "page"),
      ...(startsSection ? { lifts: section.id } : {}),
    };
    const table = kind === "block" ? block.querySelector(".table-scroll") : null;
    if (table === null || !table.checkVisibility()) return [entry];
    linkTo(table, `${block.id}-part`);
    const top = table.getBoundingClientRect().top;
    const part = { id: table.id, parent, height: box.bottom - top, margin: 0, kind: "part" };
    return [entry, { ...part, forced: false }];
  });
}

/**
 * Makes a move fill-pages.mjs planned so that no page is left mostly blank:
 * - "lift": the section no longer starts a page for its layout (print.css
 *   .flows): it flows on from the text before it, in the page's own order.
 * - "before": blocks, in the order given, go just before another.
 * - "float": a figure is printed after a later block, possibly in a later
 *   section. Its own section then owns it (aria-owns), with the blocks that
 *   followed it, so that the accessibility tree, and Chromium's PDF tags built
 *   from it, keep the figure where the report has it: only the paper moves it.
 *   It is marked .floated: print.css lays out the map's section around its
 *   map, not the section the map is printed in.
 * @param {{ kind: "lift", section: string }
 *   | { kind: "before", before: string, ids: string[] }
 *   | { kind: "float", figure: string, after: string }} move
 */
export function applyMove(move) {
  if (move.kind === "lift") {
    document.getElementById(move.section)?.classList.add("flows");
  } else if (move.kind === "before") {
    const target = document.getElementById(move.before);
    for (const id of move.ids) {
      const block = document.getElementById(id);
      if (target !== null && block !== null) target.before(block);
    }
  } else {
    const figure = document.getElementById(move.figure);
    const after = document.getElementById(move.after);
    const home = figure?.parentElement;
    if (figure === null || after === null || home === null || home === undefined) return;
    // The figure, the blocks after it, and whatever the section owns from an
    // earlier float, in the report's order (a second float must not undo the first).
    const owned = new Set([figure]);
    for (let next = figure.nextElementSibling; next !== null; next = next.nextElementSibling)
      owned.add(next);
    for (const id of (home.getAttribute("aria-owns") ?? "").split(" ")) {
      const element = id === "" ? null : document.getElementById(id);
      if (element !== null) owned.add(element);
    }
    const order = (element) => Number(element.dataset["flowIndex"] ?? Number.MAX_SAFE_INTEGER);
    const ordered = [...owned].sort((a, b) => order(a) - order(b));
    ordered.forEach((element, index) => {
      if (element.id === "") element.id = `${figure.id}-owned-${index}`;
    });
    home.setAttribute("aria-owns", ordered.map((element) => element.id).join(" "));
    figure.classList.add("floated");
    after.after(figure);
  }
}
