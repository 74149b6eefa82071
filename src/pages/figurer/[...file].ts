import type { APIRoute, GetStaticPaths } from "astro";
import { allFigureSpecs, type FigureSpec } from "../../lib/figures/figure-catalogue.ts";
import {
  FIGURE_FILES,
  figureCsv,
  figurePng,
  standaloneSvg,
} from "../../lib/figures/figure-files.ts";
import { reportContext } from "../../lib/report-context.ts";

type FileKind = keyof typeof FIGURE_FILES;
interface Props {
  base: string;
  kind: FileKind;
}

/**
 * Every figure's downloads, drawn at build time by the same chart and map
 * functions as the pages (not taken from page markup): SVG, PNG and the data in
 * both CSV flavours, under figurer/ with the page's path.
 */
export const getStaticPaths = (() =>
  specs().flatMap((spec) =>
    (Object.keys(FIGURE_FILES) as FileKind[]).map((kind) => ({
      params: { file: `${spec.base.replace(/^figurer\//, "")}${FIGURE_FILES[kind].suffix}` },
      props: { base: spec.base, kind } satisfies Props,
    })),
  )) satisfies GetStaticPaths;

/** Loaded once per build: every file of every figure comes from the same figures. */
let catalogue: FigureSpec[] | undefined;
const specs = () => (catalogue ??= allFigureSpecs(reportContext()));

/** Each figure's SVG and PNG, made once: the PNG is drawn from the SVG. */
const made = new Map<string, { svg: Promise<string>; png: Promise<Buffer> }>();
const filesOf = (spec: FigureSpec) => {
  let files = made.get(spec.base);
  if (files === undefined) {
    const svg = standaloneSvg(spec.svg(), spec.meta);
    const png = svg.then((standalone) => figurePng(standalone, spec.meta));
    // Awaited by the route that writes the file; until then a failure must not
    // count as unhandled (the route reports it).
    png.catch(() => {});
    files = { svg, png };
    made.set(spec.base, files);
  }
  return files;
};

/**
 * The first figure file asked for starts every figure: the PNGs are drawn on
 * worker threads while the main thread goes on with SVGs, CSVs and pages, so a
 * build uses both cores instead of waiting for each PNG in turn.
 */
let started = false;
const startAll = () => {
  if (started) return;
  started = true;
  for (const spec of specs()) filesOf(spec);
};

export const GET: APIRoute<Props> = async ({ props }) => {
  const spec = specs().find((candidate) => candidate.base === props.base);
  if (spec === undefined) throw new Error(`No figure at ${props.base}`);
  startAll();
  const type = { "content-type": FIGURE_FILES[props.kind].type };
  switch (props.kind) {
    case "svg":
      return new Response(await filesOf(spec).svg, { headers: type });
    case "png":
      return new Response(new Uint8Array(await filesOf(spec).png), { headers: type });
    case "csvExcel":
      return new Response(figureCsv(spec.table, spec.meta, "excel"), { headers: type });
    case "csvStandard":
      return new Response(figureCsv(spec.table, spec.meta, "standard"), { headers: type });
  }
};
