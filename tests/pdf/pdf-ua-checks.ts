/**
 * The PDF/UA-1 checks the test suite makes (veraPDF cannot be installed here):
 * each opens the PDF's catalog, structure tree, annotations or content streams
 * with pdf-lib and returns what fails, named by its Matterhorn Protocol 1.1
 * checkpoint. An empty list means the check passes.
 */
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
  type PDFContext,
  type PDFObject,
} from "pdf-lib";
import { parseContentStream, PAINTING } from "../../scripts/lib/content-stream.mjs";
import { STANDARD_STRUCTURE_TYPES } from "../../scripts/lib/pdf-ua.mjs";
import { arrayProperty, NS, parseXmp, simpleProperty, type XmpPacket } from "./xmp.ts";

const N = (name: string) => PDFName.of(name);

export interface OpenPdf {
  readonly doc: PDFDocument;
  readonly context: PDFContext;
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return { doc, context: doc.context };
}

const lookup = (pdf: OpenPdf, value: PDFObject | undefined) =>
  value === undefined ? undefined : pdf.context.lookup(value);

const text = (value: PDFObject | undefined) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

const typeOf = (element: PDFDict) => element.get(N("S"))?.toString().slice(1) ?? "";

interface Element {
  readonly ref: PDFRef;
  readonly element: PDFDict;
  readonly kids: readonly PDFObject[];
}

function kidsOf(pdf: OpenPdf, dict: PDFDict): PDFObject[] {
  const k = dict.get(N("K"));
  if (k === undefined) return [];
  const value = k instanceof PDFRef ? pdf.context.lookup(k) : k;
  return value instanceof PDFArray ? value.asArray() : [k];
}

/** Every structure element, depth first. */
export function structureElements(pdf: OpenPdf): Element[] {
  const root = lookup(pdf, pdf.doc.catalog.get(N("StructTreeRoot")));
  if (!(root instanceof PDFDict)) return [];
  const found: Element[] = [];
  const visit = (ref: PDFObject) => {
    if (!(ref instanceof PDFRef)) return;
    const element = pdf.context.lookup(ref);
    if (!(element instanceof PDFDict) || element.get(N("S")) === undefined) return;
    const kids = kidsOf(pdf, element);
    found.push({ ref, element, kids });
    kids.forEach(visit);
  };
  kidsOf(pdf, root).forEach(visit);
  return found;
}

// ---- The checks ------------------------------------------------------------------

/** The catalog's XMP packet, read as a reader does (see xmp.ts), or why it cannot be read. */
export function readMetadata(pdf: OpenPdf): XmpPacket | string {
  const stream = lookup(pdf, pdf.doc.catalog.get(N("Metadata")));
  if (!(stream instanceof PDFRawStream)) return "06-001: no XMP metadata stream in the catalog";
  try {
    return parseXmp(decodePDFRawStream(stream).decode());
  } catch (error) {
    return `06-001: the XMP metadata cannot be read: ${(error as Error).message}`;
  }
}

/** The info dictionary's value for `key` as text. */
function infoText(pdf: OpenPdf, key: string): string | undefined {
  const info = lookup(pdf, pdf.context.trailerInfo.Info);
  return info instanceof PDFDict ? text(info.get(N(key))) : undefined;
}

/**
 * 06-001…003: an XMP packet a reader can parse (valid UTF-8, well-formed XML,
 * begun by a packet header whose begin attribute is the BOM, U+FEFF) with
 * pdfuaid:part 1, dc:title (an x-default item, the document's title),
 * dc:language and dc:creator; its xmp:CreateDate and xmp:ModifyDate are the
 * info dictionary's dates. Properties are found by namespace URI, not prefix.
 */
export function checkMetadata(pdf: OpenPdf, { lang, title }: { lang: string; title: string }) {
  const packet = readMetadata(pdf);
  if (typeof packet === "string") return [packet];
  const failures: string[] = [];
  if (packet.begin === null || !/^begin=(["'])\uFEFF\1/.test(packet.begin))
    failures.push('06-001: the XMP packet does not begin with <?xpacket begin="\uFEFF"');
  if (!simpleProperty(packet, NS.pdfuaid, "part").includes("1"))
    failures.push("06-002: the XMP metadata has no pdfuaid:part 1");
  const titles = arrayProperty(packet, NS.dc, "title");
  const fallback = titles.find((item) => item.container === "Alt" && item.lang === "x-default");
  if (fallback === undefined) failures.push("06-003: the XMP metadata has no x-default dc:title");
  else if (fallback.value !== title)
    failures.push(`06-003: dc:title is "${fallback.value}", not the title "${title}"`);
  if (!arrayProperty(packet, NS.dc, "language").some((item) => item.value === lang))
    failures.push(`dc:language ${lang} missing from the XMP metadata`);
  const creators = arrayProperty(packet, NS.dc, "creator").map((item) => item.value);
  if (creators.length === 0 || creators.some((creator) => creator === ""))
    failures.push("the XMP metadata has no dc:creator");
  const author = infoText(pdf, "Author");
  if (author !== creators.join(", "))
    failures.push(`/Author "${author}" is not dc:creator "${creators.join(", ")}"`);
  const dates: [string, Date | undefined][] = [
    ["CreateDate", pdf.doc.getCreationDate()],
    ["ModifyDate", pdf.doc.getModificationDate()],
  ];
  for (const [property, info] of dates) {
    const [value] = simpleProperty(packet, NS.xmp, property);
    if (value === undefined) failures.push(`the XMP metadata has no xmp:${property}`);
    else if (info === undefined || Date.parse(value) !== info.getTime())
      failures.push(`xmp:${property} ${value} is not the info dictionary's ${info?.toISOString()}`);
  }
  return failures;
}

/**
 * The info dictionary's /Creator and /Producer name the report's tool chain, not
 * the browser's user-agent string, and XMP says the same (xmp:CreatorTool, pdf:Producer).
 */
export function checkCreator(pdf: OpenPdf): string[] {
  const packet = readMetadata(pdf);
  if (typeof packet === "string") return [packet];
  const failures: string[] = [];
  const pairs: [string, string, string][] = [
    ["Creator", NS.xmp, "CreatorTool"],
    ["Producer", NS.pdf, "Producer"],
  ];
  for (const [key, uri, local] of pairs) {
    const value = infoText(pdf, key);
    if (value === undefined || value.trim() === "") failures.push(`/Info has no /${key}`);
    else if (/Mozilla|HeadlessChrome|AppleWebKit|Skia/.test(value))
      failures.push(`/${key} is a user-agent or library string: ${value}`);
    const xmp = simpleProperty(packet, uri, local);
    if (xmp.length !== 1 || xmp[0] !== value)
      failures.push(`XMP ${local} ${JSON.stringify(xmp)} is not /${key} ${JSON.stringify(value)}`);
  }
  return failures;
}

/** 07-001/07-002: the title is shown, not the file name; 11-001: the language is `lang`; bookmarks open. */
export function checkCatalog(pdf: OpenPdf, lang: string): string[] {
  const { catalog } = pdf.doc;
  const failures: string[] = [];
  const preferences = lookup(pdf, catalog.get(N("ViewerPreferences")));
  const display =
    preferences instanceof PDFDict ? preferences.get(N("DisplayDocTitle")) : undefined;
  if (display !== PDFBool.True) failures.push("07-001: /DisplayDocTitle is not true");
  if (text(catalog.get(N("Lang"))) !== lang) failures.push(`11-001: /Lang is not ${lang}`);
  if (catalog.get(N("PageMode"))?.toString() !== "/UseOutlines")
    failures.push("/PageMode is not /UseOutlines: the file does not open with its bookmarks");
  if (!(lookup(pdf, catalog.get(N("Outlines"))) instanceof PDFDict))
    failures.push("the file has no bookmarks (/Outlines)");
  return failures;
}

/**
 * 01-005: nothing is painted outside marked content that is either tagged (an
 * MCID the structure tree claims) or an /Artifact; 01-003/01-004: the two never
 * nest in each other.
 */
export function checkContentTagged(pdf: OpenPdf): string[] {
  const failures: string[] = [];
  const claimed = claimedMcids(pdf);
  pdf.doc.getPages().forEach((page, index) => {
    const contents = page.node.get(N("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const streams = refs
      .map((ref) => lookup(pdf, ref))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1"));
    const stack: ("artifact" | "tagged" | "other")[] = [];
    let untagged = 0;
    const page1 = index + 1;
    const mine = claimed.get(page.ref.toString()) ?? new Set<number>();
    for (const op of parseContentStream(streams.join("\n"))) {
      if (op.operator === "BMC" || op.operator === "BDC") {
        const tag = op.operands[0] ?? "";
        const mcid = /\/MCID\s+(\d+)/.exec(op.operands.join(" "))?.[1];
        const kind = tag === "/Artifact" ? "artifact" : mcid === undefined ? "other" : "tagged";
        if (kind === "tagged" && !mine.has(Number(mcid)))
          failures.push(`01-005: page ${page1}: MCID ${mcid} is in no structure element`);
        if (kind === "artifact" && stack.includes("tagged"))
          failures.push(`01-003: page ${page1}: an artifact inside tagged content`);
        if (kind === "tagged" && stack.includes("artifact"))
          failures.push(`01-004: page ${page1}: tagged content inside an artifact`);
        stack.push(kind);
      } else if (op.operator === "EMC") {
        stack.pop();
      } else if (PAINTING.has(op.operator) && !stack.some((k) => k !== "other")) {
        untagged++;
      }
    }
    if (untagged > 0)
      failures.push(
        `01-005: page ${page1}: ${untagged} painting operators neither tagged nor artifact`,
      );
  });
  return failures;
}

/** The MCIDs the structure tree claims, by page ref. */
function claimedMcids(pdf: OpenPdf): Map<string, Set<number>> {
  const claimed = new Map<string, Set<number>>();
  const add = (page: PDFObject | undefined, mcid: number) => {
    if (page === undefined) return;
    const key = page.toString();
    if (!claimed.has(key)) claimed.set(key, new Set());
    claimed.get(key)?.add(mcid);
  };
  const root = lookup(pdf, pdf.doc.catalog.get(N("StructTreeRoot")));
  if (!(root instanceof PDFDict)) return claimed;
  const visit = (ref: PDFObject, inherited: PDFObject | undefined) => {
    const element = lookup(pdf, ref);
    if (!(element instanceof PDFDict)) return;
    const page = element.get(N("Pg")) ?? inherited;
    for (const kid of kidsOf(pdf, element)) {
      const value = lookup(pdf, kid);
      if (value instanceof PDFNumber) add(page, value.asNumber());
      else if (value instanceof PDFDict && value.get(N("Type"))?.toString() === "/MCR") {
        const mcid = value.get(N("MCID"));
        if (mcid instanceof PDFNumber) add(value.get(N("Pg")) ?? page, mcid.asNumber());
      } else if (value instanceof PDFDict && value.get(N("S")) !== undefined) visit(kid, page);
    }
  };
  kidsOf(pdf, root).forEach((kid) => visit(kid, undefined));
  return claimed;
}

/** 02-001/02-004: every structure type is standard or role-mapped to one, and no standard type is remapped. */
export function checkStructureTypes(pdf: OpenPdf): string[] {
  const root = lookup(pdf, pdf.doc.catalog.get(N("StructTreeRoot")));
  const roleMap = root instanceof PDFDict ? lookup(pdf, root.get(N("RoleMap"))) : undefined;
  const mapped = new Map<string, string>();
  if (roleMap instanceof PDFDict)
    for (const [key, value] of roleMap.entries())
      mapped.set(key.toString().slice(1), value.toString().slice(1));
  const failures = new Set<string>();
  for (const { element } of structureElements(pdf)) {
    const type = typeOf(element);
    if (STANDARD_STRUCTURE_TYPES.has(type)) continue;
    const target = mapped.get(type);
    if (target === undefined || !STANDARD_STRUCTURE_TYPES.has(target))
      failures.add(`02-001: structure type ${type} is not standard and not role-mapped to one`);
  }
  for (const type of mapped.keys())
    if (STANDARD_STRUCTURE_TYPES.has(type)) failures.add(`02-004: standard type ${type} remapped`);
  return [...failures];
}

/** 13-004: every Figure has alternative text. Returns the failures and the Alt texts found. */
export function checkFigures(pdf: OpenPdf): { failures: string[]; alts: string[] } {
  const failures: string[] = [];
  const alts: string[] = [];
  for (const { element } of structureElements(pdf)) {
    if (typeOf(element) !== "Figure") continue;
    const alt = text(element.get(N("Alt"))) ?? text(element.get(N("ActualText")));
    if (alt === undefined || alt.trim() === "") failures.push("13-004: a Figure has no /Alt");
    else alts.push(alt);
  }
  return { failures, alts };
}

/**
 * 28-004: every link annotation has /Contents; 28-011: it sits in a Link
 * element; and each link has one annotation (one OBJR per Link element).
 */
export function checkLinks(pdf: OpenPdf): string[] {
  const failures: string[] = [];
  const objrsByLink = new Map<string, number>();
  const linkOf = new Map<string, string>();
  for (const { ref, element, kids } of structureElements(pdf)) {
    for (const kid of kids) {
      const value = lookup(pdf, kid);
      if (!(value instanceof PDFDict) || value.get(N("Type"))?.toString() !== "/OBJR") continue;
      const annotation = value.get(N("Obj"))?.toString() ?? "";
      linkOf.set(annotation, typeOf(element));
      objrsByLink.set(ref.toString(), (objrsByLink.get(ref.toString()) ?? 0) + 1);
    }
  }
  pdf.doc.getPages().forEach((page, index) => {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annotation = lookup(pdf, ref);
      if (!(annotation instanceof PDFDict)) continue;
      if (annotation.get(N("Subtype"))?.toString() !== "/Link") continue;
      const contents = text(annotation.get(N("Contents")));
      if (contents === undefined || contents.trim() === "")
        failures.push(`28-004: page ${index + 1}: a link annotation has no /Contents`);
      if (linkOf.get(ref.toString()) !== "Link")
        failures.push(`28-011: page ${index + 1}: a link annotation is not in a Link element`);
    }
  });
  const doubled = [...objrsByLink.values()].filter((count) => count > 1).length;
  if (doubled > 0) failures.push(`${doubled} links have more than one annotation`);
  return failures;
}

/** 09-005: every LI holds Lbl and LBody only, with one LBody; an ordered list's items have an Lbl. */
export function checkLists(pdf: OpenPdf): string[] {
  const failures = new Set<string>();
  const elements = structureElements(pdf);
  const byRef = new Map(elements.map((e) => [e.ref.toString(), e]));
  for (const { element, kids } of elements) {
    if (typeOf(element) !== "LI") continue;
    const types = kids.map((kid) => {
      const child = kid instanceof PDFRef ? byRef.get(kid.toString()) : undefined;
      return child === undefined ? "content" : typeOf(child.element);
    });
    if (types.some((type) => type !== "Lbl" && type !== "LBody"))
      failures.add(`09-005: an LI holds ${[...new Set(types)].join(", ")}, not only Lbl and LBody`);
    if (types.filter((type) => type === "LBody").length !== 1)
      failures.add("09-005: an LI has no LBody");
  }
  for (const { element, kids } of elements) {
    if (typeOf(element) !== "L") continue;
    const numbering = element.get(N("A"));
    const ordered = numbering !== undefined && /Decimal/.test(String(lookup(pdf, numbering)));
    if (!ordered) continue;
    for (const kid of kids) {
      const item = kid instanceof PDFRef ? byRef.get(kid.toString()) : undefined;
      if (item === undefined || typeOf(item.element) !== "LI") continue;
      const hasLabel = item.kids.some((k) => {
        const child = k instanceof PDFRef ? byRef.get(k.toString()) : undefined;
        return child !== undefined && typeOf(child.element) === "Lbl";
      });
      if (!hasLabel) failures.add("09-005: an item of a numbered list has no Lbl");
    }
  }
  return [...failures];
}

/** Every check at once, for a report. */
export function allChecks(
  pdf: OpenPdf,
  { lang, title }: { lang: string; title: string },
): Record<string, string[]> {
  return {
    metadata: checkMetadata(pdf, { lang, title }),
    creator: checkCreator(pdf),
    catalog: checkCatalog(pdf, lang),
    content: checkContentTagged(pdf),
    structureTypes: checkStructureTypes(pdf),
    figures: checkFigures(pdf).failures,
    links: checkLinks(pdf),
    lists: checkLists(pdf),
  };
}

// ---- Text in the content streams ---------------------------------------------------

/** A font's codes and the text each stands for, from its /ToUnicode CMap. */
interface FontText {
  readonly bytesPerCode: 1 | 2;
  readonly unicode: ReadonlyMap<number, string>;
}

const utf16 = (hex: string) => {
  const bytes = Buffer.from(hex, "hex");
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
  return out;
};

/** Reads the bfchar and bfrange sections of a ToUnicode CMap (ISO 32000-1, 9.10.3). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of (body ?? "").matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(parseInt(code ?? "", 16), utf16(text ?? ""));
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (body ?? "").matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])/g,
    );
    for (const [, low, high, start, list] of ranges) {
      const from = parseInt(low ?? "", 16);
      const to = parseInt(high ?? "", 16);
      if (start !== undefined) {
        const first = utf16(start);
        const last = first.charCodeAt(first.length - 1);
        for (let code = from; code <= to; code++)
          map.set(code, first.slice(0, -1) + String.fromCharCode(last + code - from));
      } else {
        const items = [...(list ?? "").matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => utf16(m[1] ?? ""));
        items.forEach((text, i) => map.set(from + i, text));
      }
    }
  }
  return map;
}

/** The fonts of a page's resources by resource name ("/F4"). */
function pageFonts(pdf: OpenPdf, page: PDFDict): Map<string, FontText> {
  const fonts = new Map<string, FontText>();
  const resources = lookup(pdf, page.get(N("Resources")));
  const dict = resources instanceof PDFDict ? lookup(pdf, resources.get(N("Font"))) : undefined;
  if (!(dict instanceof PDFDict)) return fonts;
  for (const [name, ref] of dict.entries()) {
    const font = lookup(pdf, ref);
    if (!(font instanceof PDFDict)) continue;
    const cmap = lookup(pdf, font.get(N("ToUnicode")));
    const unicode =
      cmap instanceof PDFRawStream
        ? toUnicode(Buffer.from(decodePDFRawStream(cmap).decode()).toString("latin1"))
        : new Map<number, string>();
    const bytesPerCode = font.get(N("Subtype"))?.toString() === "/Type0" ? 2 : 1;
    fonts.set(name.toString(), { bytesPerCode, unicode });
  }
  return fonts;
}

/** The bytes of a string operand: <hex> or (literal) with its escapes. */
function stringBytes(token: string): Buffer {
  if (token.startsWith("<")) return Buffer.from(token.slice(1, -1).replace(/\s/g, ""), "hex");
  const body = token.slice(1, -1).replace(/\\([0-7]{1,3}|[\s\S])/g, (_, escape: string) => {
    if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
    return { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[escape] ?? escape;
  });
  return Buffer.from(body, "latin1");
}

/** A text string operand's text: UTF-16BE after a BOM, else PDFDocEncoding (Latin-1 here). */
function textString(token: string): string {
  const bytes = stringBytes(token);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2).toString("hex"));
  return bytes.toString("latin1");
}

/** A piece of text shown on a page, with the marked content it is shown in (outermost first). */
export interface ShownText {
  readonly text: string;
  /** Each enclosing marked-content sequence: its tag and its property list as written. */
  readonly marks: readonly { tag: string; properties: string }[];
}

/**
 * The text each page shows, text object by text object (BT … ET), decoded
 * through its fonts' /ToUnicode, with the marked content it is shown in.
 */
export function pageTexts(pdf: OpenPdf): ShownText[][] {
  return pdf.doc.getPages().map((page) => {
    const fonts = pageFonts(pdf, page.node);
    const contents = page.node.get(N("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const source = refs
      .map((ref) => lookup(pdf, ref))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1"))
      .join("\n");
    const shown: ShownText[] = [];
    const marks: { tag: string; properties: string }[] = [];
    let font: FontText | undefined;
    let current: { text: string; marks: { tag: string; properties: string }[] } | null = null;
    const flush = () => {
      if (current !== null && current.text !== "") shown.push(current);
      current = null;
    };
    for (const op of parseContentStream(source)) {
      if (op.operator === "BMC" || op.operator === "BDC") {
        flush();
        marks.push({ tag: op.operands[0] ?? "", properties: op.operands.slice(1).join(" ") });
      } else if (op.operator === "EMC") {
        // A ligature or other glyphs whose text the writer gave as /ActualText.
        const actual = /\/ActualText\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(
          marks.at(-1)?.properties ?? "",
        )?.[1];
        if (actual !== undefined && current !== null) current.text = textString(actual);
        flush();
        marks.pop();
      } else if (op.operator === "BT" || op.operator === "ET") {
        flush();
      } else if (op.operator === "Tf") {
        font = fonts.get(op.operands[0] ?? "");
      } else if (["Tj", "TJ", "'", '"'].includes(op.operator)) {
        current ??= { text: "", marks: [...marks] };
        for (const token of op.operands.filter((t) => /^[(<]/.test(t) && t !== "<<")) {
          const bytes = stringBytes(token);
          const size = font?.bytesPerCode ?? 1;
          for (let i = 0; i + size <= bytes.length; i += size) {
            const code = size === 2 ? bytes.readUInt16BE(i) : (bytes[i] ?? 0);
            current.text += font?.unicode.get(code) ?? "";
          }
        }
      }
    }
    flush();
    return shown;
  });
}

/** True if a marked-content sequence is an artifact of /Type /Pagination, /Subtype /Footer. */
const isFooter = ({ tag, properties }: { tag: string; properties: string }) =>
  tag === "/Artifact" &&
  /\/Type\s*\/Pagination\b/.test(properties) &&
  /\/Subtype\s*\/Footer\b/.test(properties);

/**
 * 18-001/18-002: each page's running footer (`footer(page, pages)`: its running
 * title and page number, or null for a page without one) is shown inside an
 * artifact with /Type /Pagination and /Subtype /Footer; the page number nowhere
 * else on the page (the title may also stand in the text, as in a citation).
 */
export function checkFooters(
  pdf: OpenPdf,
  footer: (page: number, pages: number) => { title: string; pageNumber: string } | null,
): string[] {
  const failures: string[] = [];
  const texts = pageTexts(pdf);
  texts.forEach((shown, index) => {
    const page = index + 1;
    const expected = footer(page, texts.length);
    if (expected === null) return;
    // Chromium shows the footer in several text objects ("Sida ", "3", " av ", "13").
    const squash = (list: ShownText[]) =>
      list
        .map((s) => s.text)
        .join(" ")
        .replace(/\s+/g, " ");
    const inFooter = squash(shown.filter((s) => s.marks.some(isFooter)));
    const elsewhere = squash(shown.filter((s) => !s.marks.some(isFooter)));
    for (const text of [expected.title, expected.pageNumber])
      if (!inFooter.includes(text))
        failures.push(`18-002: page ${page}: "${text}" is not in a /Pagination /Footer artifact`);
    if (elsewhere.includes(expected.pageNumber))
      failures.push(
        `18-001: page ${page}: "${expected.pageNumber}" is outside the footer artifact`,
      );
  });
  return failures;
}

/** A structure type as it stands, or what the RoleMap maps it to (followed to the end). */
function roleMapped(pdf: OpenPdf): (type: string) => string {
  const root = lookup(pdf, pdf.doc.catalog.get(N("StructTreeRoot")));
  const roleMap = root instanceof PDFDict ? lookup(pdf, root.get(N("RoleMap"))) : undefined;
  const mapped = new Map<string, string>();
  if (roleMap instanceof PDFDict)
    for (const [key, value] of roleMap.entries())
      mapped.set(key.toString().slice(1), value.toString().slice(1));
  return (type) => {
    const seen = new Set<string>();
    while (mapped.has(type) && !seen.has(type)) {
      seen.add(type);
      type = mapped.get(type) ?? type;
    }
    return type;
  };
}

/**
 * Paper has nothing to press: no structure element is a Form (directly or by
 * the RoleMap), as Chromium tags a <button> (PrintField /Role /pb).
 */
export function checkNoForms(pdf: OpenPdf): string[] {
  const standard = roleMapped(pdf);
  const forms = structureElements(pdf).filter(
    ({ element }) => standard(typeOf(element)) === "Form",
  );
  return forms.length === 0 ? [] : [`${forms.length} structure elements are Form on paper`];
}

// ---- The structure tree with its text ------------------------------------------------

/** A structure element with its standard type, its own /Lang and the text it holds. */
export interface TextElement {
  readonly type: string;
  readonly lang: string | undefined;
  readonly parent: TextElement | null;
  /** Its text and its descendants', the pieces joined with spaces. */
  text: string;
}

/** Text compared without white space or (soft) hyphens, where lines break. */
export const squash = (text: string) => text.replace(/[\s\u00ad\u2010-]/g, "");

/**
 * Every structure element with the text its marked content shows (through the
 * parent pages' MCIDs), depth first, and the document's /Lang.
 */
export function structureTexts(pdf: OpenPdf): {
  lang: string | undefined;
  elements: TextElement[];
} {
  const standard = roleMapped(pdf);
  const pages = pdf.doc.getPages();
  const byMcid = new Map<string, string>(); // "page ref/mcid" → text
  pageTexts(pdf).forEach((shown, index) => {
    const page = pages[index]?.ref.toString() ?? "";
    for (const { text: piece, marks } of shown) {
      const mark = marks.findLast((m) => /\/MCID\s+\d+/.test(m.properties));
      const mcid = /\/MCID\s+(\d+)/.exec(mark?.properties ?? "")?.[1];
      if (mcid === undefined) continue;
      const key = `${page}/${mcid}`;
      byMcid.set(key, `${byMcid.get(key) ?? ""} ${piece}`);
    }
  });
  const elements: TextElement[] = [];
  const visit = (ref: PDFObject, parent: TextElement | null, inherited: PDFObject | undefined) => {
    const dict = lookup(pdf, ref);
    if (!(dict instanceof PDFDict) || dict.get(N("S")) === undefined) return "";
    const page = dict.get(N("Pg")) ?? inherited;
    const element: TextElement = {
      type: standard(typeOf(dict)),
      lang: text(dict.get(N("Lang"))),
      parent,
      text: "",
    };
    elements.push(element);
    const pieces: string[] = [];
    for (const kid of kidsOf(pdf, dict)) {
      const value = lookup(pdf, kid);
      if (value instanceof PDFNumber)
        pieces.push(byMcid.get(`${page?.toString()}/${value.asNumber()}`) ?? "");
      else if (value instanceof PDFDict && value.get(N("Type"))?.toString() === "/MCR") {
        const mcid = value.get(N("MCID"));
        const on = value.get(N("Pg")) ?? page;
        if (mcid instanceof PDFNumber)
          pieces.push(byMcid.get(`${on?.toString()}/${mcid.asNumber()}`) ?? "");
      } else pieces.push(visit(kid, element, page));
    }
    element.text = pieces.join(" ").replace(/\s+/g, " ").trim();
    return element.text;
  };
  const root = lookup(pdf, pdf.doc.catalog.get(N("StructTreeRoot")));
  if (root instanceof PDFDict) for (const kid of kidsOf(pdf, root)) visit(kid, null, undefined);
  const documentLang = elements.find((element) => element.type === "Document")?.lang;
  return { lang: text(pdf.doc.catalog.get(N("Lang"))) ?? documentLang, elements };
}

const ancestors = (element: TextElement): TextElement[] =>
  element.parent === null ? [] : [element.parent, ...ancestors(element.parent)];

/**
 * A pattern for `wanted` as whole words in text read from a PDF: white space
 * and (soft) hyphens may stand between any two characters, where a line breaks.
 */
function wordsPattern(wanted: string): RegExp {
  const chars = [...squash(wanted)].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${chars.join("[\\s\\u00ad\\u2010-]*")}(?![\\p{L}\\p{N}])`,
    "u",
  );
}

/** The smallest elements (no child also holding it) whose text holds `wanted` as whole words. */
function holding(elements: readonly TextElement[], wanted: string): TextElement[] {
  const pattern = wordsPattern(wanted);
  const all = elements.filter((element) => pattern.test(element.text));
  return all.filter((element) => !all.some((other) => other.parent === element));
}

/**
 * Sections: each of the report's sections (by its heading's text) is a Sect
 * whose first child is its heading, and no grouping element that starts with a
 * heading is left a NonStruct or Div.
 */
export function checkSections(pdf: OpenPdf, titles: readonly string[]): string[] {
  const { elements } = structureTexts(pdf);
  const failures: string[] = [];
  const isHeading = (type: string) => /^H[1-6]?$/.test(type);
  for (const title of titles) {
    const headings = elements.filter(
      (element) => isHeading(element.type) && squash(element.text) === squash(title),
    );
    if (headings.length === 0) failures.push(`no heading "${title}"`);
    for (const heading of headings)
      if (heading.parent?.type !== "Sect")
        failures.push(`"${title}" heads a ${heading.parent?.type ?? "nothing"}, not a Sect`);
  }
  for (const element of elements) {
    if (element.type !== "NonStruct" && element.type !== "Div") continue;
    const first = elements.find((other) => other.parent === element);
    if (first !== undefined && isHeading(first.type))
      failures.push(`a ${element.type} starting with the heading "${first.text}" is not a Sect`);
  }
  return failures;
}

/**
 * Each figure's or table's caption is read in its own section, wherever the
 * paper prints it: every Caption holding it (not the contents' entry) lies in
 * the Sect that `section` heads.
 */
export function checkCaptionSections(
  pdf: OpenPdf,
  placements: readonly { section: string; caption: string }[],
): string[] {
  const { elements } = structureTexts(pdf);
  const failures: string[] = [];
  const headingOf = (sect: TextElement) =>
    elements.find((other) => other.parent === sect && /^H[1-6]?$/.test(other.type));
  for (const { section, caption } of placements) {
    const captions = holding(elements, caption)
      .map((holder) => [holder, ...ancestors(holder)].find((e) => e.type === "Caption"))
      .filter((found): found is TextElement => found !== undefined);
    if (captions.length === 0) failures.push(`no Caption "${caption}"`);
    for (const found of captions) {
      const sects = ancestors(found).filter((element) => element.type === "Sect");
      if (!sects.some((sect) => squash(headingOf(sect)?.text ?? "") === squash(section)))
        failures.push(
          `"${caption}" is read in ${sects.map((sect) => `"${headingOf(sect)?.text ?? "?"}"`).join(" in ") || "no Sect"}, not in "${section}"`,
        );
    }
  }
  return failures;
}

/** Each of `texts` is inside a P (its smallest holder or an ancestor of it). */
export function checkParagraphs(pdf: OpenPdf, texts: readonly string[]): string[] {
  const { elements } = structureTexts(pdf);
  const failures: string[] = [];
  for (const wanted of texts) {
    const found = holding(elements, wanted);
    if (found.length === 0) failures.push(`"${wanted}" is not in the structure tree`);
    else if (!found.some((e) => e.type === "P" || ancestors(e).some((a) => a.type === "P")))
      failures.push(`"${wanted}" is in ${found.map((e) => e.type).join(", ")}, not in a P`);
  }
  return failures;
}

/**
 * Figure titles ("Figur 2. Familjecentraler …") all have the same tag, the one
 * given, as the first element of their Caption.
 */
export function checkFigureTitles(pdf: OpenPdf, titles: readonly string[], tag: string) {
  const { elements } = structureTexts(pdf);
  const failures: string[] = [];
  for (const title of titles) {
    const captions = elements.filter(
      (element) => element.type === "Caption" && squash(element.text).startsWith(squash(title)),
    );
    const first = captions.map((caption) => elements.find((e) => e.parent === caption));
    if (first.length === 0) failures.push(`no Caption starts with "${title}"`);
    for (const element of first)
      if (element?.type !== tag || squash(element.text) !== squash(title))
        failures.push(`"${title}" is a ${element?.type ?? "nothing"} in its Caption, not ${tag}`);
  }
  return failures;
}

/**
 * 11-006/11-007: each text in another language than the document's is inside a
 * structure element whose /Lang (its own, or the nearest ancestor's) is that
 * language, and the document has a /Lang.
 */
export function checkLanguages(
  pdf: OpenPdf,
  parts: readonly { text: string; lang: string }[],
): string[] {
  const { lang: documentLang, elements } = structureTexts(pdf);
  const failures: string[] = [];
  if (documentLang === undefined) failures.push("11-006: the document has no /Lang");
  for (const part of parts) {
    const found = holding(elements, part.text);
    if (found.length === 0) failures.push(`"${part.text}" is not in the structure tree`);
    for (const element of found) {
      const lang = [element, ...ancestors(element)].find((e) => e.lang !== undefined)?.lang;
      if ((lang ?? documentLang) !== part.lang)
        failures.push(
          `11-007: "${part.text}" is in a ${element.type} of /Lang ${lang ?? documentLang}, not ${part.lang}`,
        );
    }
  }
  return failures;
}

/**
 * Every character a font's ToUnicode CMap maps a glyph to: what a PDF reader,
 * a screen reader or a copy-and-paste gets for the glyphs the page shows. (pdftotext
 * itself expands ligatures such as U+FB00, so its output alone cannot show them.)
 */
export function toUnicodeTargets(pdf: OpenPdf): Set<string> {
  const found = new Set<string>();
  const fromHex = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const stream = pdf.context.lookup(object.get(N("ToUnicode")));
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, target] of (body ?? "").matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>/g))
        found.add(fromHex(target ?? ""));
    for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      const ranges = (body ?? "").matchAll(
        /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g,
      );
      for (const [, low, high, start, list] of ranges) {
        if (list !== undefined) {
          for (const [, target] of list.matchAll(/<([0-9A-Fa-f]+)>/g))
            found.add(fromHex(target ?? ""));
          continue;
        }
        const first = parseInt(start ?? "0", 16);
        const count = parseInt(high ?? "0", 16) - parseInt(low ?? "0", 16);
        for (let i = 0; i <= count; i++) found.add(String.fromCodePoint(first + i));
      }
    }
  }
  return found;
}
