// After Chromium has printed the report: what its tagged PDF lacks for PDF/UA-1
// (ISO 14289-1) and what no HTML or CSS can ask it for. pdf-lib edits the file's
// objects directly (catalog, structure tree, annotations, content streams)
// without re-rendering anything, so the text, fonts and tags Chromium wrote stay
// as they are; pdfjs or a re-print could not add what is missing.
//
//   - XMP metadata with pdfuaid:part 1, dc:title, dc:language (Matterhorn 06-001…003)
//   - /PageMode /UseOutlines: the file opens with its bookmarks
//   - everything painted outside marked content becomes an /Artifact: the running
//     footer a /Pagination /Footer one (Matterhorn 01-001, 18-001/18-002), page
//     backgrounds and decorations plain ones
//   - list items get an LBody around what is not their Lbl (ISO 32000-1, 14.8.4.3.3)
//   - a group that starts with a heading (Chromium's NonStruct for <section>) is a Sect
//   - words in another language (a NonStruct with /Lang) are a Span with that /Lang
//   - non-standard structure types get a RoleMap to standard ones (Matterhorn 02-001)
//   - every link annotation gets /Contents, the text of its link (Matterhorn 28-004)
//   - a bookmark title Chromium wrote twice over ("TitelTitel") is written once
//   - the structure parent tree is rebuilt to match (Matterhorn 01-007 stays true)
//   - structure element IDs (Chromium's DOM node numbers, which vary from print to
//     print) are renumbered in reading order, so the same page gives the same bytes
import { readFileSync } from "node:fs";
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
} from "pdf-lib";
import {
  BEGIN_MARKED,
  PAINTING,
  parseContentStream,
  PATH_CONSTRUCTION,
} from "./content-stream.mjs";

const N = (name) => PDFName.of(name);

/** The structure types of ISO 32000-1, 14.8.4, that need no RoleMap. */
export const STANDARD_STRUCTURE_TYPES = new Set(
  (
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private " +
    "P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot " +
    "Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP " +
    "Figure Formula Form"
  ).split(" "),
);

/** What a PDF 2.0 or other type Chromium writes means in the types above. */
const ROLE_MAP = {
  Aside: "Div",
  Title: "H1",
  FENote: "Note",
  Sub: "Span",
  Em: "Span",
  Strong: "Span",
};

/**
 * The page (1-based) each named destination points to: where Chromium put each
 * element that a link on the page leads to (`#id`).
 * @param {Uint8Array} bytes
 * @returns {Promise<Map<string, number>>}
 */
export async function destinationPages(bytes) {
  const places = await destinationPlaces(bytes);
  return new Map([...places].map(([id, { page }]) => [id, page]));
}

/**
 * Where each named destination points: its page (1-based) and how far from the
 * page's top edge, in points, the element it names begins.
 * @param {Uint8Array} bytes
 * @returns {Promise<Map<string, { page: number, top: number }>>}
 */
export async function destinationPlaces(bytes) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((page, i) => [page.ref.toString(), i]));
  const places = new Map();
  const dests = doc.context.lookup(doc.catalog.get(N("Dests")));
  if (!(dests instanceof PDFDict)) return places;
  for (const [name, value] of dests.entries()) {
    let target = doc.context.lookup(value);
    if (target instanceof PDFDict) target = doc.context.lookup(target.get(N("D")));
    if (!(target instanceof PDFArray)) continue;
    const index = pageIndex.get(target.get(0)?.toString() ?? "");
    if (index === undefined) continue;
    // [page /XYZ left top zoom]: top is measured up from the page's bottom edge.
    const top = doc.context.lookup(target.get(3));
    const y = top instanceof PDFNumber ? top.asNumber() : pages[index].getHeight();
    places.set(decodeName(name), { page: index + 1, top: pages[index].getHeight() - y });
  }
  return places;
}

/** A PDF name's text, with #xx escapes decoded as UTF-8. */
const decodeName = (name) =>
  Buffer.from(
    name
      .asString()
      .slice(1)
      .replace(/#([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

const xml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * @typedef {{ title: string, lang: string, creators: string[], date: Date,
 *   creator: string, producer: string }} XmpInfo
 */

/**
 * XMP metadata (ISO 16684-1) as PDF/UA-1 requires it, 7.1 and 5: the title, the
 * language and the part of the standard the file claims. Returned as text; the
 * stream holds it as UTF-8 (xmpBytes), which the begin attribute's U+FEFF announces.
 * @param {XmpInfo} info
 */
export function xmpMetadata({ title, lang, creators, date, creator, producer }) {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xml(lang)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq>${creators.map((c) => `<rdf:li>${xml(c)}</rdf:li>`).join("")}</rdf:Seq></dc:creator>
   <xmp:CreateDate>${iso}</xmp:CreateDate>
   <xmp:ModifyDate>${iso}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso}</xmp:MetadataDate>
   <xmp:CreatorTool>${xml(creator)}</xmp:CreatorTool>
   <pdf:Producer>${xml(producer)}</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * The XMP packet as the bytes of its stream: UTF-8, so U+FEFF in the packet header
 * is the three bytes EF BB BF and "Folkhälsomyndigheten" is valid UTF-8. (pdf-lib
 * writes a JavaScript string one byte per character, which is neither.)
 * @param {XmpInfo} info
 */
export const xmpBytes = (info) => new TextEncoder().encode(xmpMetadata(info));

const PDF_LIB_VERSION = JSON.parse(
  readFileSync(new URL(import.meta.resolve("pdf-lib/package.json")), "utf8"),
).version;

/**
 * What the info dictionary's /Creator and XMP's xmp:CreatorTool say made the
 * document, and /Producer and pdf:Producer what wrote the PDF: the report's own
 * tool chain, not Chromium's user-agent string. Only versions package-lock.json
 * fixes are named, so every machine writes the same words.
 */
export const CREATOR = "Familjecentraler i Sverige – rapportverktyget (Astro, Chromium, pdf-lib)";
export const PRODUCER = `Chromium (utskrift) och pdf-lib ${PDF_LIB_VERSION} (PDF/UA-1)`;

/** The artifact kinds this module writes (ISO 32000-1, 14.8.2.2.2). */
export const ARTIFACT = {
  /** Backgrounds, rules and other decoration. */
  plain: "/Artifact BMC",
  /** The running footer: what Chromium paints from the @page margin boxes at the foot. */
  footer: "/Artifact <</Type /Pagination /Subtype /Footer >>BDC",
  /** The same at the head of a page (print.css has none today). */
  header: "/Artifact <</Type /Pagination /Subtype /Header >>BDC",
};

const TEXT_SHOWING = new Set(["Tj", "TJ", "'", '"']);

/** The product of two PDF matrices [a b c d e f]: first m, then n. */
const multiply = (m, n) => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const IDENTITY = [1, 0, 0, 1, 0, 0];

/**
 * Each text object (BT … ET) that is painted wholly outside marked content, by the
 * index of its BT: where its ET ends, and the height on the page (PDF user space)
 * where its first text is shown. Chromium tags every piece of the document's text,
 * so such text is what it paints from the @page margin boxes: the running footer.
 */
function untaggedTextObjects(operations, depth) {
  const found = new Map();
  let ctm = IDENTITY;
  const saved = [];
  let open = null; // the text object being read
  let lineMatrix = IDENTITY;
  operations.forEach((op, index) => {
    const numbers = op.operands.map(Number);
    if (op.operator === "q") saved.push(ctm);
    else if (op.operator === "Q") ctm = saved.pop() ?? IDENTITY;
    else if (op.operator === "cm" && numbers.length === 6) ctm = multiply(numbers, ctm);
    else if (op.operator === "BT") {
      lineMatrix = IDENTITY;
      open = depth === 0 ? { index, clean: true, y: null } : null;
    } else if (op.operator === "Tm" && numbers.length === 6) lineMatrix = numbers;
    else if ((op.operator === "Td" || op.operator === "TD") && numbers.length === 2)
      lineMatrix = multiply([1, 0, 0, 1, numbers[0], numbers[1]], lineMatrix);
    else if (TEXT_SHOWING.has(op.operator) && open !== null && open.y === null)
      open.y = multiply(lineMatrix, ctm)[5];
    else if (op.operator === "ET" && open !== null) {
      if (open.clean && open.y !== null) found.set(open.index, { end: op.end, y: open.y });
      open = null;
    }
    if (BEGIN_MARKED.has(op.operator)) {
      depth++;
      if (open !== null) open.clean = false;
    } else if (op.operator === "EMC") {
      depth = Math.max(0, depth - 1);
      if (open !== null) open.clean = false;
    }
  });
  return found;
}

/**
 * A content stream with everything painted outside marked content made an
 * artifact. A text object painted wholly outside it is the running footer (in the
 * page's lower half; a header in its upper half) and becomes one
 * `/Artifact <</Type /Pagination /Subtype /Footer >>BDC … EMC`, BT to ET
 * (Matterhorn 18-001/18-002); what else is painted outside it (a path with its
 * painting operator, an XObject, an inline image, stray text) becomes
 * `/Artifact BMC … EMC`. What is already tagged is untouched.
 * @param {string} text the stream decoded as Latin-1
 * @param {number} depth marked-content depth at its start (a page may have several streams)
 * @param {{ height?: number }} [page] the page's height, to tell its foot from its head;
 *   without it, untagged text counts as footer
 * @returns {{ text: string, depth: number, wrapped: number }}
 */
export function wrapUntaggedPainting(text, depth = 0, { height = Infinity } = {}) {
  const out = [];
  let copied = 0;
  let pathStart = -1;
  let imageStart = -1;
  let wrapped = 0;
  let skipTo = -1;
  const wrap = (from, to, artifact = ARTIFACT.plain) => {
    out.push(text.slice(copied, from), `${artifact}\n`, text.slice(from, to), "\nEMC");
    copied = to;
    wrapped++;
  };
  const operations = parseContentStream(text);
  const textObjects = untaggedTextObjects(operations, depth);
  operations.forEach((op, index) => {
    if (op.start < skipTo) return;
    const textObject = textObjects.get(index);
    if (textObject !== undefined) {
      wrap(op.start, textObject.end, textObject.y < height / 2 ? ARTIFACT.footer : ARTIFACT.header);
      skipTo = textObject.end;
      return;
    }
    if (BEGIN_MARKED.has(op.operator)) depth++;
    else if (op.operator === "EMC") depth = Math.max(0, depth - 1);
    if (depth > 0) {
      pathStart = -1;
      return;
    }
    if (PATH_CONSTRUCTION.has(op.operator)) {
      if (pathStart < 0) pathStart = op.start;
    } else if (op.operator === "n") {
      pathStart = -1; // ends a path without painting it (a clip)
    } else if (op.operator === "BI") {
      imageStart = op.start;
    } else if (op.operator === "ID") {
      wrap(imageStart < 0 ? op.start : imageStart, op.end);
      imageStart = -1;
    } else if (PAINTING.has(op.operator)) {
      wrap(pathStart < 0 ? op.start : pathStart, op.end);
      pathStart = -1;
    }
  });
  out.push(text.slice(copied));
  return { text: out.join(""), depth, wrapped };
}

/** The array a key holds, or its single value as one, or []. */
function kidsOf(context, dict) {
  const k = dict.get(N("K"));
  if (k === undefined) return [];
  const value = k instanceof PDFRef ? k : context.lookup(k);
  return value instanceof PDFArray ? value.asArray() : [k];
}

/** Every structure element of the document with its parent, depth first. */
function structureElements(context, root) {
  const found = [];
  const visit = (ref, parentRef) => {
    const element = context.lookup(ref);
    if (!(element instanceof PDFDict) || element.get(N("S")) === undefined) return;
    found.push({ ref, element, parentRef });
    for (const kid of kidsOf(context, element)) if (kid instanceof PDFRef) visit(kid, ref);
  };
  for (const kid of kidsOf(context, root)) if (kid instanceof PDFRef) visit(kid, null);
  return found;
}

const typeOf = (element) => element.get(N("S"))?.asString().slice(1) ?? "";

/** Every LI gets an LBody holding its kids other than Lbl (ISO 32000-1, 14.8.4.3.3). */
function addListBodies(context, elements) {
  let added = 0;
  for (const { ref, element } of elements) {
    if (typeOf(element) !== "LI") continue;
    const kids = kidsOf(context, element);
    const isLabel = (kid) => kid instanceof PDFRef && typeOf(context.lookup(kid)) === "Lbl";
    const isBody = (kid) => kid instanceof PDFRef && typeOf(context.lookup(kid)) === "LBody";
    if (kids.some(isBody)) continue;
    const labels = kids.filter(isLabel);
    const rest = kids.filter((kid) => !isLabel(kid));
    const body = context.obj({ Type: "StructElem", S: "LBody", P: ref, K: rest });
    const page = element.get(N("Pg"));
    if (page !== undefined) body.set(N("Pg"), page);
    const bodyRef = context.register(body);
    for (const kid of rest) {
      const child = kid instanceof PDFRef ? context.lookup(kid) : null;
      if (child instanceof PDFDict && child.get(N("S")) !== undefined) child.set(N("P"), bodyRef);
    }
    element.set(N("K"), context.obj([...labels, bodyRef]));
    added++;
  }
  return added;
}

/**
 * Chromium tags <section> (and the other groups of the page) NonStruct, an <aside>
 * made a group Div. A NonStruct or Div whose first child is a heading is a
 * section of the report, its heading first: it becomes a Sect (ISO 32000-1, 14.8.4.2).
 */
function tagSections(context, elements) {
  let tagged = 0;
  for (const { element } of elements) {
    if (typeOf(element) !== "NonStruct" && typeOf(element) !== "Div") continue;
    const first = kidsOf(context, element)
      .map((kid) => (kid instanceof PDFRef ? context.lookup(kid) : undefined))
      .find((kid) => kid instanceof PDFDict && kid.get(N("S")) !== undefined);
    if (first === undefined || !/^H[1-6]?$/.test(typeOf(first))) continue;
    element.set(N("S"), N("Sect"));
    tagged++;
  }
  return tagged;
}

/**
 * A NonStruct with a /Lang of its own and content is a run of words in another
 * language (a <span lang>, see print-page.mjs): a Span, which says so.
 */
function tagLanguageSpans(context, elements) {
  let tagged = 0;
  for (const { element } of elements) {
    if (typeOf(element) !== "NonStruct" || element.get(N("Lang")) === undefined) continue;
    if (kidsOf(context, element).length === 0) continue;
    element.set(N("S"), N("Span"));
    tagged++;
  }
  return tagged;
}

/**
 * The parent tree from the structure tree as it now is: for each page, which
 * element each marked-content id belongs to, and for each annotation its element.
 */
function rebuildParentTree(context, root, pages) {
  const byPage = new Map(); // page ref → Map(mcid → element ref)
  const byAnnotation = new Map(); // StructParent → element ref
  const inherit = (element, page) => element.get(N("Pg")) ?? page;
  const visit = (ref, page) => {
    const element = context.lookup(ref);
    if (!(element instanceof PDFDict)) return;
    const here = inherit(element, page);
    for (const kid of kidsOf(context, element)) {
      const value = kid instanceof PDFRef ? context.lookup(kid) : kid;
      if (value instanceof PDFNumber && here !== undefined) {
        const key = here.toString();
        if (!byPage.has(key)) byPage.set(key, new Map());
        byPage.get(key).set(value.asNumber(), ref);
      } else if (value instanceof PDFDict && value.get(N("Type"))?.toString() === "/MCR") {
        const mcrPage = value.get(N("Pg")) ?? here;
        const mcid = value.get(N("MCID"));
        if (mcrPage !== undefined && mcid instanceof PDFNumber) {
          const key = mcrPage.toString();
          if (!byPage.has(key)) byPage.set(key, new Map());
          byPage.get(key).set(mcid.asNumber(), ref);
        }
      } else if (value instanceof PDFDict && value.get(N("Type"))?.toString() === "/OBJR") {
        const annotation = context.lookup(value.get(N("Obj")));
        const key = annotation?.get?.(N("StructParent"));
        if (key instanceof PDFNumber) byAnnotation.set(key.asNumber(), ref);
      } else if (value instanceof PDFDict && value.get(N("S")) !== undefined) {
        visit(kid, here);
      }
    }
  };
  for (const kid of kidsOf(context, root)) if (kid instanceof PDFRef) visit(kid, undefined);
  const nums = [];
  for (const page of pages) {
    const key = page.node.get(N("StructParents"));
    if (!(key instanceof PDFNumber)) continue;
    const mcids = byPage.get(page.ref.toString()) ?? new Map();
    const length = mcids.size === 0 ? 0 : Math.max(...mcids.keys()) + 1;
    const entries = Array.from({ length }, (_, i) => mcids.get(i) ?? context.obj(null));
    nums.push([key.asNumber(), context.obj(entries)]);
  }
  for (const [key, ref] of byAnnotation) nums.push([key, ref]);
  nums.sort((a, b) => a[0] - b[0]);
  const tree = context.obj({ Nums: nums.flatMap(([key, value]) => [key, value]) });
  root.set(N("ParentTree"), context.register(tree));
  root.set(N("ParentTreeNextKey"), PDFNumber.of(nums.length === 0 ? 0 : nums.at(-1)[0] + 1));
}

/**
 * Chromium names each table header cell's structure element after its DOM node
 * ("node00000221") and refers to it from the data cells' /Headers. The numbers
 * depend on how many nodes the page had made before, which varies from print to
 * print. The IDs are renumbered in the structure tree's order, /Headers follow,
 * and the ID tree is rewritten as one sorted leaf, so two prints of the same page
 * give the same bytes.
 */
function renumberStructureIds(context, root, elements) {
  const text = (value) =>
    value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
  const renamed = new Map(); // Chromium's ID → the new one
  const byId = new Map(); // the new ID → its element
  for (const { ref, element } of elements) {
    const id = text(element.get(N("ID")));
    if (id === null) continue;
    if (!renamed.has(id)) renamed.set(id, `node${String(renamed.size + 1).padStart(8, "0")}`);
    const next = renamed.get(id);
    element.set(N("ID"), PDFString.of(next));
    if (!byId.has(next)) byId.set(next, ref);
  }
  if (renamed.size === 0) return 0;
  for (const { element } of elements) {
    const attributes = context.lookup(element.get(N("A")));
    const owners = attributes instanceof PDFArray ? attributes.asArray() : [attributes];
    for (const owner of owners) {
      const dict = context.lookup(owner);
      const headers = dict instanceof PDFDict ? context.lookup(dict.get(N("Headers"))) : null;
      if (!(headers instanceof PDFArray)) continue;
      const ids = headers.asArray().map((value) => {
        const old = text(context.lookup(value)) ?? "";
        return PDFString.of(renamed.get(old) ?? old);
      });
      dict.set(N("Headers"), context.obj(ids));
    }
  }
  // The new IDs are zero-padded, so their order is the byte order a name tree wants.
  const names = [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tree = context.obj({ Names: names.flatMap(([id, ref]) => [PDFString.of(id), ref]) });
  // The old tree's nodes hold the old IDs: pdf-lib writes every object it holds, so they go.
  const dropTree = (ref) => {
    const node = context.lookup(ref);
    if (!(ref instanceof PDFRef) || !(node instanceof PDFDict)) return;
    for (const kid of context.lookup(node.get(N("Kids")))?.asArray?.() ?? []) dropTree(kid);
    context.delete(ref);
  };
  dropTree(root.get(N("IDTree")));
  root.set(N("IDTree"), context.register(tree));
  return renamed.size;
}

/**
 * One annotation per link: a link that wraps onto a second line gets one
 * annotation per line from Chromium; those on the same page become one, with a
 * QuadPoints quadrilateral per line and a Rect around them all.
 */
function mergeLinkAnnotations(context, elements, pages) {
  let merged = 0;
  const pageOf = new Map();
  pages.forEach((page, index) => {
    for (const ref of page.node.Annots()?.asArray() ?? []) pageOf.set(ref.toString(), index);
  });
  for (const { element } of elements) {
    if (typeOf(element) !== "Link") continue;
    const kids = kidsOf(context, element);
    const objrs = kids
      .map((kid) => ({ kid, value: context.lookup(kid) }))
      .filter(
        ({ value }) => value instanceof PDFDict && value.get(N("Type"))?.toString() === "/OBJR",
      );
    const byPage = new Map();
    for (const objr of objrs) {
      const ref = objr.value.get(N("Obj"));
      const annotation = context.lookup(ref);
      const page = pageOf.get(ref?.toString());
      if (page === undefined || !(annotation instanceof PDFDict)) continue;
      if (!byPage.has(page)) byPage.set(page, []);
      byPage.get(page).push({ ...objr, ref, annotation });
    }
    const dropped = new Set();
    for (const group of byPage.values()) {
      if (group.length < 2) continue;
      const rects = group.map(({ annotation }) =>
        context
          .lookup(annotation.get(N("Rect")))
          .asArray()
          .map((n) => n.asNumber()),
      );
      const [first] = group;
      const union = [
        Math.min(...rects.map((r) => r[0])),
        Math.min(...rects.map((r) => r[1])),
        Math.max(...rects.map((r) => r[2])),
        Math.max(...rects.map((r) => r[3])),
      ];
      // Each line's rectangle as a quadrilateral: lower left, lower right, upper right, upper left.
      const quads = rects.flatMap(([x1, y1, x2, y2]) => [x1, y1, x2, y1, x2, y2, x1, y2]);
      first.annotation.set(N("Rect"), context.obj(union));
      first.annotation.set(N("QuadPoints"), context.obj(quads));
      for (const { ref, kid } of group.slice(1)) dropped.add(ref.toString()).add(kid.toString());
      merged += group.length - 1;
    }
    if (dropped.size === 0) continue;
    element.set(N("K"), context.obj(kids.filter((kid) => !dropped.has(kid.toString()))));
    for (const page of pages) {
      const annotations = page.node.Annots();
      if (annotations === undefined) continue;
      const kept = annotations.asArray().filter((ref) => !dropped.has(ref.toString()));
      page.node.set(N("Annots"), context.obj(kept));
    }
  }
  return merged;
}

/** The target a link annotation leads to, as the page's links name it: "#id" or the URL. */
function linkTarget(context, annotation) {
  const dest = annotation.get(N("Dest"));
  if (dest instanceof PDFName) return `#${decodeName(dest)}`;
  const action = context.lookup(annotation.get(N("A")));
  const uri = action instanceof PDFDict ? action.get(N("URI")) : undefined;
  if (uri instanceof PDFString || uri instanceof PDFHexString) return uri.decodeText();
  return null;
}

/**
 * Bookmarks whose title is the heading's words twice ("Geografisk
 * spridningGeografisk spridning"): Chromium (with the printed typeface) writes
 * some so, for a heading at the top of a page. Each gets its words once.
 */
function undoubleOutlineTitles(context, catalog) {
  let fixed = 0;
  const visit = (ref) => {
    for (let item = context.lookup(ref); item instanceof PDFDict;) {
      const title = item.get(N("Title"));
      const text =
        title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "";
      const half = text.length / 2;
      if (half > 0 && Number.isInteger(half) && text.slice(0, half) === text.slice(half)) {
        item.set(N("Title"), PDFHexString.fromText(text.slice(0, half)));
        fixed++;
      }
      visit(item.get(N("First")));
      item = context.lookup(item.get(N("Next")));
    }
  };
  const outlines = context.lookup(catalog.get(N("Outlines")));
  if (outlines instanceof PDFDict) visit(outlines.get(N("First")));
  return fixed;
}

/**
 * Makes a Chromium-printed PDF meet PDF/UA-1 where Chromium cannot.
 * @param {Uint8Array} bytes
 * @param {{ title: string, lang: string, creators: string[], date: Date,
 *   linkTexts: Map<string, string> }} info linkTexts: each link's text by its target
 * @returns {Promise<Uint8Array>}
 */
export async function makeAccessible(bytes, { title, lang, creators, date, linkTexts }) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;

  // Metadata: XMP for PDF/UA, and the same dates in the info dictionary, so two
  // prints of the same build are the same file.
  const info = { title, lang, creators, date, creator: CREATOR, producer: PRODUCER };
  const metadata = context.stream(xmpBytes(info), { Type: "Metadata", Subtype: "XML" });
  catalog.set(N("Metadata"), context.register(metadata));
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage(lang);
  doc.setAuthor(creators.join(", "));
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  catalog.set(N("PageMode"), N("UseOutlines"));
  undoubleOutlineTitles(context, catalog);
  const preferences = catalog.getOrCreateViewerPreferences();
  preferences.setDisplayDocTitle(true);
  catalog.set(N("MarkInfo"), context.obj({ Marked: PDFBool.True }));

  // Content: what no tag covers becomes an artifact.
  for (const page of doc.getPages()) {
    const contents = page.node.get(N("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    let depth = 0;
    for (const ref of refs) {
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      const result = wrapUntaggedPainting(text, depth, { height: page.getHeight() });
      depth = result.depth;
      if (result.wrapped === 0) continue;
      const rewritten = context.flateStream(Buffer.from(result.text, "latin1"));
      context.assign(ref, rewritten);
    }
  }

  // Links: each annotation says in words where it leads.
  for (const page of doc.getPages()) {
    const annotations = page.node.Annots();
    if (annotations === undefined) continue;
    for (const ref of annotations.asArray()) {
      const annotation = context.lookup(ref);
      if (!(annotation instanceof PDFDict)) continue;
      if (annotation.get(N("Subtype"))?.toString() !== "/Link") continue;
      const target = linkTarget(context, annotation);
      const text = (target !== null && linkTexts.get(target)) || target;
      if (text) annotation.set(N("Contents"), PDFHexString.fromText(text));
    }
  }

  // Structure: list bodies, standard types, and a parent tree that matches.
  const root = context.lookup(catalog.get(N("StructTreeRoot")));
  if (root instanceof PDFDict) {
    const elements = structureElements(context, root);
    addListBodies(context, elements);
    tagSections(context, elements);
    tagLanguageSpans(context, elements);
    mergeLinkAnnotations(context, elements, doc.getPages());
    const used = new Set(structureElements(context, root).map(({ element }) => typeOf(element)));
    const roles = [...used].filter((type) => !STANDARD_STRUCTURE_TYPES.has(type));
    if (roles.length > 0) {
      const roleMap = context.obj({});
      for (const type of roles.sort()) roleMap.set(N(type), N(ROLE_MAP[type] ?? "Span"));
      root.set(N("RoleMap"), roleMap);
    }
    rebuildParentTree(context, root, doc.getPages());
    renumberStructureIds(context, root, structureElements(context, root));
  }

  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
