/**
 * Each shared page's image (og:image) and its text alternative, from the same
 * figures and statements the page shows: the report's count and its key
 * figure's words, a region's count and map. The page writes the meta tags;
 * src/pages/dela draws the images.
 */
import { regionSlugs } from "../region-slug.ts";
import { regionText } from "../text/region-text.ts";
import type { ReportContext } from "../report-context.ts";
import { reportText } from "../text/report-text.ts";
import { REPORT_PATHS } from "../site-paths.ts";
import { regionReportOf } from "../stats/index.ts";
import { en } from "../text/en/index.ts";
import { downloadsPage, sv, type Catalogue } from "../text/sv/index.ts";
import { NATIONAL_FIGURE, nationalContents, REGION_CONTENT, regionContents } from "./contents.ts";
import { nationalMapSvg, regionMapSvg } from "./drawings.ts";
import type { ShareImageContent } from "./share-image.ts";

export interface ShareCard {
  /** The page, below the site's base ("", "en/", "region/skane/", "data/"). */
  readonly page: string;
  /** The image's path below the site's base. */
  readonly file: string;
  /** og:image:alt: the image's words and its map's title. */
  readonly alt: string;
  readonly content: () => ShareImageContent;
}

/** Where a page's image lives: "dela/rapport.png", "dela/region-skane.png". */
const fileOf = (page: string) =>
  `dela/${page === "" ? "rapport" : page.replace(/\/$/, "").replaceAll("/", "-")}.png`;

function nationalCard(
  context: ReportContext,
  t: Catalogue,
  page: string,
  heading?: string,
): ShareCard {
  const { dataset, figures } = context;
  const text = reportText(figures, t);
  const [count] = text.keyFigures;
  const edition = page === REPORT_PATHS.en ? "summary" : "full";
  const mapTitle = nationalContents(figures, text, t, edition).get(NATIONAL_FIGURE.map).title;
  const title = heading ?? text.title;
  const detail = heading === undefined ? (count?.detail ?? "") : t.share.image.dataDetail;
  const value = count?.value ?? "";
  const label = count?.label ?? "";
  return {
    page,
    file: fileOf(page),
    alt: t.share.image.alt(title, `${value} ${label}`, detail, mapTitle),
    content: () => ({
      heading: title,
      value,
      label,
      detail,
      source: t.figureDownloads.source(figures.current.kalla),
      drawing: nationalMapSvg(dataset, figures, text, t, undefined, { legend: false }),
    }),
  };
}

function regionCard(context: ReportContext, lanskod: string, slug: string): ShareCard {
  const { dataset, figures } = context;
  const region = dataset.regioner.find((r) => r.lanskod === lanskod);
  if (region === undefined) throw new Error(`No region ${lanskod}`);
  const report = regionReportOf(figures.regions, region);
  const text = regionText(figures, report);
  const { keyFigures, format } = sv;
  const value = format.integer(report.units.total);
  const label = keyFigures.units.label(report.units.total);
  const detail = keyFigures.units.detail(report.units);
  const mapTitle = regionContents(report).get(REGION_CONTENT.map).title;
  const page = `region/${slug}/`;
  return {
    page,
    file: fileOf(page),
    alt: sv.share.image.alt(text.title, `${value} ${label}`, detail, mapTitle),
    content: () => ({
      heading: text.title,
      value,
      label,
      detail,
      source: sv.figureDownloads.source(figures.current.kalla),
      drawing: regionMapSvg(dataset, report, text.mapSummary, `${slug}-dela`, { legend: false }),
    }),
  };
}

/** Every page that has a share image. */
export function shareCards(context: ReportContext): ShareCard[] {
  const slugs = regionSlugs(context.dataset.regioner.map((r) => r.region));
  return [
    REPORT_PATHS.sv,
    REPORT_PATHS.en,
    ...[...slugs.values()].map((slug) => `region/${slug}/`),
    "data/",
  ]
    .map((page) => shareCardOf(context, page))
    .filter((card) => card !== undefined);
}

/** One page's share image, or undefined when it has none. */
export function shareCardOf(context: ReportContext, page: string): ShareCard | undefined {
  if (page === REPORT_PATHS.sv) return nationalCard(context, sv, page);
  if (page === REPORT_PATHS.en) return nationalCard(context, en, page);
  if (page === "data/")
    return nationalCard(context, sv, page, downloadsPage.title(String(context.figures.current.ar)));
  const slug = /^region\/([^/]+)\/$/.exec(page)?.[1];
  if (slug === undefined) return undefined;
  const slugs = regionSlugs(context.dataset.regioner.map((r) => r.region));
  const region = context.dataset.regioner.find((r) => slugs.get(r.region) === slug);
  return region === undefined ? undefined : regionCard(context, region.lanskod, slug);
}
