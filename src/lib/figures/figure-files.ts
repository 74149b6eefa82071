/**
 * A figure as files to take away: a standalone SVG and a PNG with a caption band
 * (number, title, source, data version) and their own font, and the figure's
 * table as CSV with the same words in a header. Everything a pasted figure needs
 * to say what it is travels inside the file.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { renderAsync } from "@resvg/resvg-js";
import subsetFont from "subset-font";
import {
  CSV_FLAVOURS,
  type CsvFlavour,
  type DownloadColumn,
  neutraliseFormula,
  toCsv,
} from "../downloads/index.ts";
import { formatPercent } from "../format.ts";
import { escapeXml, wrapText } from "../svg/index.ts";
import { sv, type Catalogue } from "../text/sv/index.ts";
import { theme } from "../theme.ts";
import type { TableCell, TableData, TableRowData } from "./table-data.ts";

/** What a downloaded figure says about itself. */
export interface FigureMeta {
  /** "Figur 3". */
  readonly label: string;
  readonly title: string;
  readonly source: string;
  readonly dataVersion: string;
  /** The build date, formatted. */
  readonly built: string;
  /** The report's web address, only when the site's address is known. */
  readonly url: string | null;
  /** Publishers and report title, e.g. "Folkhälsomyndigheten och Socialstyrelsen: …". */
  readonly publisher: string;
  /** The words the files say it with, in the language of the page the figure is on. */
  readonly words: Catalogue["figureDownloads"];
}

export interface FigureDownloadLink {
  readonly href: string;
  readonly text: string;
  readonly type: string;
  /**
   * The name the file is saved under, when the path's own last segment does not
   * say which figure it is (a region's "karta", an English figure's Swedish id);
   * "" when it does, and the browser takes the name from the path.
   */
  readonly download: string;
}

/** The files of one figure, by extension; `base` is the path without extension. */
export const FIGURE_FILES = {
  svg: { suffix: ".svg", type: "image/svg+xml" },
  png: { suffix: ".png", type: "image/png" },
  csvExcel: { suffix: `${CSV_FLAVOURS.excel.suffix}.csv`, type: "text/csv" },
  csvStandard: { suffix: `${CSV_FLAVOURS.standard.suffix}.csv`, type: "text/csv" },
} as const;

/**
 * The links to a figure's files, named in the page's language (`words`, each
 * file by its kind), saved as `name` with the kind's suffix (by default the
 * path's own name).
 */
export function figureDownloadLinks(
  base: string,
  words: Catalogue["figureDownloads"] = sv.figureDownloads,
  name: string = base.split("/").at(-1) ?? "",
): FigureDownloadLink[] {
  const own = name === base.split("/").at(-1);
  return (Object.keys(FIGURE_FILES) as (keyof typeof FIGURE_FILES)[]).map((kind) => ({
    href: `${base}${FIGURE_FILES[kind].suffix}`,
    text: words[kind],
    type: FIGURE_FILES[kind].type,
    download: own ? "" : `${name}${FIGURE_FILES[kind].suffix}`,
  }));
}

// ---- Font -------------------------------------------------------------------------

/**
 * DejaVu Sans from the dejavu-fonts-ttf package: the font the printed report uses,
 * open-licensed and shipped with the project, so a file renders the same on every
 * machine instead of falling back to whatever sans-serif a viewer has.
 */
export const FIGURE_FONT = "DejaVu Sans";
const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
export const FIGURE_FONT_FILES = {
  regular: fontFile("DejaVuSans.ttf"),
  bold: fontFile("DejaVuSans-Bold.ttf"),
} as const;

const fontBytes = new Map<string, Buffer>();
const readFont = (file: string) => {
  let bytes = fontBytes.get(file);
  if (bytes === undefined) {
    bytes = readFileSync(file);
    fontBytes.set(file, bytes);
  }
  return bytes;
};

/**
 * What every figure's font holds: printable ASCII and the Swedish and other
 * Latin-1 letters, dashes and spaces format.ts writes. One set for all figures,
 * so the font is cut once per build; a figure showing anything else gets a cut
 * of its own with those characters added.
 */
const BASE_CHARACTERS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("") +
  "ÅÄÖåäöÉéÜüØøÆæ–—−‐‑ ’“”…·×";

/** The characters an SVG shows that the base set lacks, sorted, from its text nodes. */
function extraCharacters(svg: string): string {
  const text = [...svg.matchAll(/>([^<]+)</g)].map((match) => match[1]).join("");
  const decoded = text.replace(/&(lt|gt|quot|#39|amp);/g, "");
  return [...new Set(decoded)]
    .filter((char) => !BASE_CHARACTERS.includes(char) && char.trim() !== "")
    .sort()
    .join("");
}

const fontCss = new Map<string, Promise<string>>();

/** @font-face rules with DejaVu Sans cut down to the characters figures show (WOFF, base64; WOFF2 compresses a little better but takes five times as long to write). */
function embeddedFontCss(svg: string): Promise<string> {
  const text = BASE_CHARACTERS + extraCharacters(svg);
  let css = fontCss.get(text);
  if (css === undefined) {
    css = Promise.all(
      (["regular", "bold"] as const).map(async (weight) => {
        const subset = await subsetFont(readFont(FIGURE_FONT_FILES[weight]), text, {
          targetFormat: "woff",
        });
        return `@font-face{font-family:"${FIGURE_FONT}";font-weight:${weight === "bold" ? 700 : 400};src:url(data:font/woff;base64,${subset.toString("base64")}) format("woff")}`;
      }),
    ).then((faces) => faces.join(""));
    fontCss.set(text, css);
  }
  return css;
}

// ---- SVG --------------------------------------------------------------------------

const BAND = { padding: 16, titleSize: 17, noteSize: 12, lineGap: 1.35 } as const;

/** The root element's width and height, which every chart and map states. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error("A figure's SVG must state its width and height");
  return { width, height };
}

function textLines(lines: readonly string[], x: number, y: number, size: number, bold = false) {
  const step = Math.round(size * BAND.lineGap);
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * step}" font-size="${size}"${bold ? ' font-weight="700"' : ""}>${escapeXml(line)}</text>`,
    )
    .join("");
}

/**
 * The figure as a standalone SVG: `<title>` and `<desc>` for software and screen
 * readers, the same words in a visible band above and below the drawing, and the
 * font embedded.
 */
export async function standaloneSvg(svg: string, meta: FigureMeta): Promise<string> {
  const { width, height } = svgSize(svg);
  const { padding, titleSize, noteSize, lineGap } = BAND;
  const textWidth = width - 2 * padding;
  const title = wrapText(`${meta.label}. ${meta.title}`, textWidth, titleSize);
  const notes = [
    meta.words.source(meta.source),
    meta.words.version(meta.dataVersion, meta.built),
    meta.publisher + (meta.url === null ? "" : ` ${meta.url}`),
  ].flatMap((note) => wrapText(note, textWidth, noteSize));
  const titleHeight = padding + Math.round(title.length * titleSize * lineGap);
  const notesHeight = padding + Math.round(notes.length * noteSize * lineGap);
  const total = titleHeight + height + notesHeight;
  // The drawing keeps its own markup, nested and moved below the title band; its
  // fonts are the embedded one, its own stack would differ from viewer to viewer.
  const drawing = svg
    .replace(/^<svg\b/, `<svg x="0" y="${titleHeight}"`)
    .replace(/\sfont-family="[^"]*"/g, ` font-family="${FIGURE_FONT}"`);
  // A chart takes its text colour from where it is shown (currentColor): here, the theme's.
  const desc = [meta.title, ...notes].join(" ");
  const body =
    `<rect width="${width}" height="${total}" fill="${theme.color.background}"/>` +
    `<g fill="${theme.color.text}" color="${theme.color.text}" font-family="${FIGURE_FONT}">` +
    textLines(title, padding, padding + titleSize, titleSize, true) +
    drawing +
    textLines(notes, padding, titleHeight + height + noteSize, noteSize) +
    `</g>`;
  const font = await embeddedFontCss(body);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" role="img" aria-labelledby="figur-titel figur-beskrivning">` +
    `<title id="figur-titel">${escapeXml(`${meta.label}. ${meta.title}`)}</title>` +
    `<desc id="figur-beskrivning">${escapeXml(desc)}</desc>` +
    `<style>${font}</style>` +
    body +
    `</svg>`
  );
}

// ---- PNG --------------------------------------------------------------------------

/** A PNG tEXt chunk (Latin-1 keyword and text, as the PNG specification has it). */
function textChunk(keyword: string, text: string): Buffer {
  const data = Buffer.from(`${keyword}\0${text}`, "latin1");
  const type = Buffer.from("tEXt", "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length);
  return chunk;
}

/** Characters Latin-1 cannot hold, in words a reader of the chunk still understands. */
const latin1 = (text: string) =>
  text
    .replace(/[–—]/g, "-")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[^\x20-\xff]/g, "?");

/**
 * The standalone SVG drawn at twice its size by resvg (no browser), with only
 * DejaVu Sans loaded so the result is the same on every machine, and the title,
 * source and data version also as PNG text chunks.
 */
export async function figurePng(standalone: string, meta: FigureMeta): Promise<Buffer> {
  // Drawn on libuv's thread pool, so with build.concurrency (astro.config.mjs) two
  // figures are drawn at once while Astro renders pages on the main thread.
  const rendered = await renderAsync(standalone, {
    fitTo: { mode: "zoom", value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [FIGURE_FONT_FILES.regular, FIGURE_FONT_FILES.bold],
      defaultFontFamily: FIGURE_FONT,
      sansSerifFamily: FIGURE_FONT,
    },
    background: "#ffffff",
  });
  const png = rendered.asPng();
  const chunks = [
    textChunk("Title", latin1(`${meta.label}. ${meta.title}`)),
    textChunk("Source", latin1(meta.words.source(meta.source))),
    textChunk("Comment", latin1(meta.words.version(meta.dataVersion, meta.built))),
    textChunk("Author", latin1(meta.publisher)),
  ];
  // After the 8-byte signature and the 25-byte IHDR chunk, before the image data.
  const head = 8 + 25;
  return Buffer.concat([png.subarray(0, head), ...chunks, png.subarray(head)]);
}

// ---- CSV --------------------------------------------------------------------------

/** How many lines about the figure a figure's CSV starts with, before its table. */
export const CSV_NOTE_LINES = 4;

type NoteLine = readonly [string, string];
const noteField = (index: 0 | 1, first: NoteLine): DownloadColumn<NoteLine> => ({
  name: neutraliseFormula(first[index]),
  kind: "text",
  meaning: "",
  unit: "",
  allowed: "",
  value: (line) => line[index],
});

/**
 * The figure's table as CSV, by the site's one CSV writer. First four lines say
 * what it is, as two fields each (what, and its text: figure, source, data
 * version, publisher), so any CSV reader reads them, one that guesses the
 * delimiter finds it on the first line, and a spreadsheet shows them above the
 * table (skip them with skip=4 in R, skiprows=4 in pandas). Then the table: its
 * column headers as shown, numbers as numbers, the totals row last. Shares are
 * fractions (0.359…) in the standard file and percentages as on the page
 * ("35,9%") in Excel's.
 */
export function figureCsv(table: TableData, meta: FigureMeta, flavour: CsvFlavour): string {
  const rows: readonly TableRowData[] = [...table.rows, ...(table.totals ? [table.totals] : [])];
  const columns = table.columns.map((header, index): DownloadColumn<TableRowData> => ({
    // Soft hyphens are for line breaks on paper, not part of a column's name.
    name: header.text.replaceAll("\u00ad", ""),
    kind: "text",
    meaning: header.text,
    unit: "",
    allowed: "",
    value: (row) => cellValue(row.cells[index], flavour),
  }));
  const { note: label } = meta.words;
  const first: NoteLine = [label.figure, `${meta.label}. ${meta.title}`];
  const more: NoteLine[] = [
    [label.source, meta.source],
    [label.version, meta.words.version(meta.dataVersion, meta.built)],
    [label.publisher, meta.publisher + (meta.url === null ? "" : ` ${meta.url}`)],
  ];
  // The first line is the note's header row: the writer's column names.
  const noteColumns = [noteField(0, first), noteField(1, first)];
  const note = toCsv({ name: "", title: "", columns: noteColumns, rows: more }, flavour);
  const data = toCsv({ name: "", title: table.caption, columns, rows }, flavour);
  // Both start with the flavour's BOM, if it has one; the file starts with one.
  return `${note}${data.replace(/^\uFEFF/, "")}`;
}

/**
 * What a cell holds in the file: for scripts the number itself (0.359…); for
 * Excel a share as the page shows it, rounded by the same formatter, in the
 * form Swedish Excel reads as a percentage ("35,9%": its no-break space before
 * "%" would keep the cell text).
 */
const cellValue = (cell: TableCell | undefined, flavour: CsvFlavour) =>
  flavour === "excel" && cell?.share === true && cell.value !== undefined
    ? formatPercent(cell.value).replace(/\s/g, "")
    : (cell?.value ?? cell?.text ?? null);

/** A page's figure downloads by figure id: "figur 3" and its links. */
export type DownloadsOf = (id: string) => {
  readonly figure: string;
  readonly links: readonly FigureDownloadLink[];
  /** The figure's page for embedding and citing it. */
  readonly embed?: string;
};
