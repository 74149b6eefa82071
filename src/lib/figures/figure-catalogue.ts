/**
 * Every figure the site shows, on the national page and on each region page,
 * with what its downloads need: the drawing, its table, its number and where
 * its files live. Pages link to the files; src/pages/figurer writes them.
 */
import { localSource } from "../text/foreign-phrases.ts";
import { publicationText } from "../text/publication-text.ts";
import type { Region } from "../data/index.ts";
import { regionSlugs } from "../region-slug.ts";
import { regionText } from "../text/region-text.ts";
import type { ReportContext } from "../report-context.ts";
import { reportText } from "../text/report-text.ts";
import { publishedUrl, REPORT_PATHS } from "../site-paths.ts";
import { regionReportOf, type ReportFigures } from "../stats/index.ts";
import { en } from "../text/en/index.ts";
import { mapAggregated, sv, type Catalogue } from "../text/sv/index.ts";
import { formatInteger } from "../format.ts";
import { isAggregated } from "../map/index.ts";
import { UNIT_BUDGET } from "../report-map.ts";
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
  nationalMapCaption,
  nationalMapLegend,
  nationalMapSvg,
  PAGE_CHART_WIDTH,
  regionMapIdPrefix,
  regionMapLegend,
  regionMapSvg,
  surveyChartSvg,
} from "./drawings.ts";
import type { MapLegendEntry } from "../map/index.ts";
import type { FigureMeta } from "./figure-files.ts";
import {
  areaTypeByFormTable,
  areaTypeTable,
  collaborationTable,
  developmentTable,
  regionChangeTable,
  regionTable,
} from "./national-tables.ts";
import { regionChangeChartSvg } from "./region-change-drawing.ts";
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
  /** The name its files are saved under, without extension (downloadName). */
  readonly name: string;
  readonly meta: FigureMeta;
  /** The drawing, as the page shows it but without links. */
  readonly svg: () => string;
  /**
   * The drawing for its embed page: drawn at the report page's width, so its
   * text keeps the page's size on a phone, and a map with its legend in HTML.
   */
  readonly embed: () => {
    readonly svg: string;
    readonly legend: readonly MapLegendEntry[];
    /** The map's id prefix, which its legend's hatch refers to. */
    readonly idPrefix?: string;
  };
  /** The finding the figure's caption states, as on its page. */
  readonly caption: string;
  /** Whether it is a map (its source line credits the base map too). */
  readonly map: boolean;
  readonly table: TableData;
}

export const figureBase = (page: string, id: string) =>
  page === "" ? `figurer/${id}` : `figurer/${page.replace(/\/$/, "")}/${id}`;

/** The English summary's pages live under en/, with their words in English. */
const inLanguage = (page: string, sv: string, en: string) =>
  page.startsWith(REPORT_PATHS.en)
    ? `${REPORT_PATHS.en}${en}/${page.slice(REPORT_PATHS.en.length)}`
    : `${sv}/${page}`;
/** A figure's page for embedding and citing it: "dela/<id>/", "dela/region/skane/karta/", "en/share/<id>/". */
export const sharePath = (page: string, id: string) => `${inLanguage(page, "dela", "share")}${id}/`;
/** The figure alone, to be shown in another site's iframe: "inbaddning/<id>/", "en/embed/<id>/". */
export const embedPath = (page: string, id: string) =>
  `${inLanguage(page, "inbaddning", "embed")}${id}/`;

/** The figures whose pages live below `prefix` ("dela/", "en/share/"), by their path below it. */
export function figurePagesUnder(
  specs: readonly FigureSpec[],
  kind: "share" | "embed",
  english: boolean,
) {
  const pathOf = kind === "share" ? sharePath : embedPath;
  return specs
    .filter((spec) => spec.page.startsWith(REPORT_PATHS.en) === english)
    .map((spec) => ({
      params: {
        figure: pathOf(spec.page, spec.id)
          .split("/")
          .slice(english ? 2 : 1, -1)
          .join("/"),
      },
      props: { spec },
    }));
}

/** Words as a file name: ASCII letters and digits joined by "-", at most `words` words. */
const fileWords = (text: string, words = 8) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .slice(0, words)
    .join("-");

/**
 * The name a figure's files are saved under, without extension: one that says
 * which figure it is, on which page, in which language, and that no other
 * figure's file shares. The Swedish report's figures keep their ids (Swedish
 * words, already their files' names); a region's map is named with its region
 * ("skane-karta"); the English summary's figures by their English title
 * ("family-centres-by-region"), marked "-en" so they never take a Swedish name.
 */
export function downloadName(page: string, id: string, title: string): string {
  if (page === "") return id;
  const region = /^region\/([^/]+)\/$/.exec(page)?.[1];
  if (region !== undefined) return `${region}-${id}`;
  return `${fileWords(title)}-${page.replace(/\/$/, "").replaceAll("/", "-")}`;
}

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
    // The publishers in the figure's language; a Swedish title stays Swedish.
    source: localSource(source, t).text,
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
    caption: string,
    figureSource = source,
  ): FigureSpec[] => {
    if (table === null) return [];
    return [
      {
        page,
        id,
        base: figureBase(page, id),
        name: downloadName(page, id, numbering.get(id).title),
        meta: metaFor(numbering, id, figureSource, figures, builtAt, page, t),
        svg: () => svg(DOWNLOAD_CHART_WIDTH, `${id}-fil`) ?? "",
        embed: () =>
          id === F.map
            ? {
                svg: nationalMapSvg(dataset, figures, text, t, undefined, { legend: false }),
                legend: nationalMapLegend(dataset, figures, text, t),
              }
            : { svg: svg(PAGE_CHART_WIDTH, `${id}-inb`) ?? "", legend: [] },
        caption,
        map: id === F.map,
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
          text.development,
          figures.series.map((point) => point.kalla).join("; "),
        )
      : []),
    ...(edition === "full"
      ? spec(
          F.regionChange,
          (width, id) => regionChangeChartSvg(figures, width, id, t),
          regionChangeTable(figures, t),
          figures.series
            .filter((point) => point.ar === figures.unitChange?.previousYear || point.current)
            .map((point) => point.kalla)
            .join("; "),
        )
      : []),
    ...spec(
      F.map,
      () => nationalMapSvg(dataset, figures, text, t),
      regionTable(figures, undefined, t),
      nationalMapCaption(dataset, text, t),
    ),
    ...(shown.areaTypes
      ? spec(
          F.areaTypes,
          (w, id) => areaTypeChartSvg(figures, w, id, t),
          areaTypeTable(figures, t),
          text.areaTypes.finding,
        )
      : []),
    ...(shown.byForm
      ? spec(
          F.byForm,
          (w, id) => areaTypeByFormChartSvg(figures, w, id, t),
          areaTypeByFormTable(figures, t),
          text.areaTypes.byForm.text ?? "",
        )
      : []),
    ...spec(
      F.collaboration,
      (w, id) => collaborationChartSvg(figures, w, id, t),
      collaborationTable(figures, t),
      text.healthWork.collaboration,
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
    name: downloadName(page, id, regionContents(report).get(id).title),
    meta: metaFor(regionContents(report), id, figures.current.kalla, figures, builtAt, page, sv),
    svg: () => regionMapSvg(dataset, report, text.mapSummary, `${slug}-fil`),
    embed: () => ({
      svg: regionMapSvg(dataset, report, text.mapSummary, slug, { legend: false }),
      legend: regionMapLegend(dataset, report, text.mapSummary),
      idPrefix: regionMapIdPrefix(slug),
    }),
    caption:
      text.mapCaption +
      (isAggregated(report.unitList.length, UNIT_BUDGET)
        ? mapAggregated.caption(formatInteger(UNIT_BUDGET))
        : ""),
    map: true,
    table: kommunTable(report, figures.unitChange),
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
