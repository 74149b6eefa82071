/**
 * Every figure the site shows, on the national page and on each region page,
 * with what its downloads need: the drawing, its table, its number and where
 * its files live. Pages link to the files; src/pages/figurer writes them.
 */
import { publicationText } from "../publication-text.ts";
import type { Region } from "../data/index.ts";
import { regionSlugs } from "../region-slug.ts";
import { regionText } from "../region-text.ts";
import type { ReportContext } from "../report-context.ts";
import { reportText } from "../report-text.ts";
import { publishedUrl, REPORT_PATHS } from "../site-paths.ts";
import { regionReportOf, type ReportFigures } from "../stats/index.ts";
import { en } from "../strings-en.ts";
import { sv, type Catalogue } from "../strings.ts";
import {
  nationalCharts,
  nationalContents,
  NATIONAL_FIGURE,
  REGION_CONTENT,
  regionContents,
  type Edition,
} from "./contents.ts";
import {
  areaTypeByFormChartSvg,
  areaTypeChartSvg,
  collaborationChartSvg,
  nationalMapSvg,
  regionMapSvg,
  surveyChartSvg,
} from "./drawings.ts";
import type { FigureMeta } from "./figure-files.ts";
import {
  areaTypeByFormTable,
  areaTypeTable,
  collaborationTable,
  developmentTable,
  regionTable,
} from "./national-tables.ts";
import type { Numbering } from "./numbering.ts";
import { kommunTable } from "./region-tables.ts";
import type { TableData } from "./table-data.ts";

/** The width a chart is drawn at in its downloads: the desktop column's. */
export const DOWNLOAD_CHART_WIDTH = 640;

export interface FigureSpec {
  /** The page it is on, below the site's base ("" or "region/skane/"). */
  readonly page: string;
  readonly id: string;
  /** Its files' path below the site's base, without extension. */
  readonly base: string;
  readonly meta: FigureMeta;
  /** The drawing, as the page shows it but without links. */
  readonly svg: () => string;
  readonly table: TableData;
}

export const figureBase = (page: string, id: string) =>
  page === "" ? `figurer/${id}` : `figurer/${page.replace(/\/$/, "")}/${id}`;

function metaFor(
  numbering: Numbering,
  id: string,
  source: string,
  figures: ReportFigures,
  builtAt: Date,
  page: string,
  t: Catalogue,
): FigureMeta {
  const entry = numbering.get(id);
  return {
    label: entry.label,
    title: entry.title,
    source,
    dataVersion: figures.dataVersion,
    built: t.format.date(builtAt),
    url: publishedUrl(page),
    publisher: t.figureDownloads.publisher(
      publicationText(figures, t).publishersText,
      t.site.title(String(figures.current.ar)),
    ),
    words: t.figureDownloads,
  };
}

/**
 * The national report's figures, in reading order, in the language of `t`:
 * the Swedish report's on "" and the English summary's on "en/".
 */
export function nationalFigureSpecs(
  { dataset, figures, builtAt }: ReportContext,
  t: Catalogue,
  edition: Edition = "full",
  page = "",
): FigureSpec[] {
  const text = reportText(figures, t);
  const numbering = nationalContents(figures, text, t, edition);
  const shown = nationalCharts(figures, text, edition);
  const F = NATIONAL_FIGURE;
  const source = figures.current.kalla;
  const spec = (
    id: string,
    svg: (width: number, id: string) => string | null,
    table: TableData | null,
    figureSource = source,
  ): FigureSpec[] => {
    if (table === null) return [];
    return [
      {
        page,
        id,
        base: figureBase(page, id),
        meta: metaFor(numbering, id, figureSource, figures, builtAt, page, t),
        svg: () => svg(DOWNLOAD_CHART_WIDTH, `${id}-fil`) ?? "",
        table,
      },
    ];
  };
  return [
    ...(edition === "full"
      ? spec(
          F.development,
          (width, id) => surveyChartSvg(figures, width, id, t),
          developmentTable(figures, t),
          figures.series.map((point) => point.kalla).join("; "),
        )
      : []),
    ...spec(
      F.map,
      () => nationalMapSvg(dataset, figures, text, t),
      regionTable(figures, undefined, t),
    ),
    ...(shown.areaTypes
      ? spec(F.areaTypes, (w, id) => areaTypeChartSvg(figures, w, id, t), areaTypeTable(figures, t))
      : []),
    ...(shown.byForm
      ? spec(
          F.byForm,
          (w, id) => areaTypeByFormChartSvg(figures, w, id, t),
          areaTypeByFormTable(figures, t),
        )
      : []),
    ...spec(
      F.collaboration,
      (w, id) => collaborationChartSvg(figures, w, id, t),
      collaborationTable(figures, t),
    ),
  ];
}

/** A region page's map, with the kommun table as its data. */
export function regionFigureSpec(
  { dataset, figures, builtAt }: ReportContext,
  region: Region,
  slug: string,
): FigureSpec {
  const report = regionReportOf(figures.regions, region);
  const text = regionText(figures, report);
  const page = `region/${slug}/`;
  const id = REGION_CONTENT.map;
  return {
    page,
    id,
    base: figureBase(page, id),
    meta: metaFor(regionContents(report), id, figures.current.kalla, figures, builtAt, page, sv),
    svg: () => regionMapSvg(dataset, report, text.mapSummary, `${slug}-fil`),
    table: kommunTable(report),
  };
}

/** Every figure on every page. */
export function allFigureSpecs(context: ReportContext): FigureSpec[] {
  const slugs = regionSlugs(context.dataset.regioner.map((r) => r.region));
  return [
    ...nationalFigureSpecs(context, sv),
    ...nationalFigureSpecs(context, en, "summary", REPORT_PATHS.en),
    ...context.dataset.regioner.map((region) =>
      regionFigureSpec(context, region, slugs.get(region.region) ?? ""),
    ),
  ];
}
