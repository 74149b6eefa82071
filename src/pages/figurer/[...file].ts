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

/** The SVG is made once per figure, for its own file and for the PNG drawn from it. */
const standalone = new Map<string, Promise<string>>();
const svgOf = (spec: FigureSpec) => {
  let svg = standalone.get(spec.base);
  if (svg === undefined) {
    svg = standaloneSvg(spec.svg(), spec.meta);
    standalone.set(spec.base, svg);
  }
  return svg;
};

export const GET: APIRoute<Props> = async ({ props }) => {
  const spec = specs().find((candidate) => candidate.base === props.base);
  if (spec === undefined) throw new Error(`No figure at ${props.base}`);
  const type = { "content-type": FIGURE_FILES[props.kind].type };
  switch (props.kind) {
    case "svg":
      return new Response(await svgOf(spec), { headers: type });
    case "png":
      return new Response(new Uint8Array(await figurePng(await svgOf(spec), spec.meta)), {
        headers: type,
      });
    case "csvExcel":
      return new Response(figureCsv(spec.table, spec.meta, "excel"), { headers: type });
    case "csvStandard":
      return new Response(figureCsv(spec.table, spec.meta, "standard"), { headers: type });
  }
};
