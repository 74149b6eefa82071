/**
 * The national page's charts and map, drawn from the figures: the page shows
 * them and the figure downloads write the same drawing as standalone files.
 */
import {
  areaTypeByFormChart,
  areaTypeChart,
  collaborationChart,
  surveyChangeChart,
} from "../charts/index.ts";
import { loadGeodata, VERKSAMHETSFORMER, type Dataset } from "../data/index.ts";
import { formatInteger, formatList, formatPercent } from "../format.ts";
import {
  isAggregated,
  mapLegendEntries,
  renderMap,
  type MapInput,
  type MapLegendEntry,
} from "../map/index.ts";
import { mapUnitsOf, reportMapLabels, UNIT_BUDGET } from "../report-map.ts";
import type { ReportText } from "../report-text.ts";
import type { RegionReport, ReportFigures } from "../stats/index.ts";
import {
  areaGroupLabel,
  areaTypeLabel,
  areaTypes,
  development,
  formShort,
  healthWork,
  mapAggregated,
  partnerLabel,
} from "../strings.ts";

/** The width the national map is drawn at, in SVG units. */
export const MAP_WIDTH = 480;

/**
 * The width the page draws each chart at, once: its 14 px text is still 11 px
 * on a 320 px phone (the SVG shrinks to the 288 px column) and, shown at most
 * 432 px wide (report.css), 17 px on a desktop; it prints at this size too.
 */
export const PAGE_CHART_WIDTH = 360;

/**
 * A map's legend is part of a standalone drawing (a download); the page leaves
 * it out and shows the legend's entries as HTML under the map.
 */
export interface MapDrawing {
  readonly legend?: boolean;
}

export function surveyChartSvg(figures: ReportFigures, width: number, id: string): string {
  const { series } = figures;
  return surveyChangeChart(series, {
    width,
    id,
    labels: {
      ariaLabel: development.chartSummary(
        formatList(series.map((p) => development.point(String(p.ar), formatInteger(p.antal)))),
      ),
    },
  });
}

export function areaTypeChartSvg(figures: ReportFigures, width: number, id: string): string {
  const distribution = figures.areaTypes;
  return areaTypeChart(distribution, {
    width,
    id,
    labels: {
      types: areaTypeLabel,
      missing: areaGroupLabel.saknas,
      challengeGroup: (share) => `${areaGroupLabel.utmaningar}: ${share}`,
      ariaLabel: areaTypes.chartSummary(
        formatList(
          distribution.byType.map((t) =>
            areaTypes.part(areaTypeLabel[t.typ], formatPercent(t.andel)),
          ),
        ),
      ),
    },
  });
}

/** Null when a form has no units and there is nothing to compare. */
export function areaTypeByFormChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
): string | null {
  const { familjecentral, familjecentralsliknande } = figures.areaTypesByForm;
  if (familjecentral === null || familjecentralsliknande === null) return null;
  const byForm = { familjecentral, familjecentralsliknande };
  return areaTypeByFormChart(byForm, {
    width,
    id,
    labels: {
      groups: {
        utmaningar: areaGroupLabel.utmaningar,
        blandade: areaGroupLabel.blandade,
        goda: areaGroupLabel.goda,
      },
      missing: areaGroupLabel.saknas,
      forms: formShort,
      ariaLabel: areaTypes.byFormSummary(
        formatList(
          VERKSAMHETSFORMER.map((form) =>
            areaTypes.part(
              `${formShort[form]}, ${areaGroupLabel.utmaningar}`,
              formatPercent(byForm[form].byGroup.utmaningar.andel),
            ),
          ),
        ),
      ),
    },
  });
}

export function collaborationChartSvg(figures: ReportFigures, width: number, id: string): string {
  const { collaboration } = figures;
  return collaborationChart(collaboration, {
    width,
    id,
    labels: {
      partners: partnerLabel,
      ariaLabel: healthWork.chartSummary(
        formatList(
          collaboration.map((p) => areaTypes.part(partnerLabel[p.partner], formatPercent(p.andel))),
        ),
      ),
    },
  });
}

function nationalMapInput(dataset: Dataset, figures: ReportFigures, text: ReportText): MapInput {
  return {
    geodata: loadGeodata(),
    units: mapUnitsOf(dataset, dataset.verksamheter),
    regionsWithoutUnits: figures.regioner.without.map((r) => r.lanskod),
    labels: reportMapLabels(dataset, text.mapSummary),
  };
}

/** The map of the whole country; `regionHref` makes each region a link to its page. */
export function nationalMapSvg(
  dataset: Dataset,
  figures: ReportFigures,
  text: ReportText,
  regionHref?: (lanskod: string) => string,
  drawing: MapDrawing = {},
): string {
  return renderMap(nationalMapInput(dataset, figures, text), {
    width: MAP_WIDTH,
    maxPoints: UNIT_BUDGET,
    ...(regionHref ? { regionHref } : {}),
    ...drawing,
  });
}

/** The national map's legend, for the page to show as HTML. */
export function nationalMapLegend(
  dataset: Dataset,
  figures: ReportFigures,
  text: ReportText,
): MapLegendEntry[] {
  return mapLegendEntries(nationalMapInput(dataset, figures, text));
}

/** The national map's caption, with a note when it draws one mark per kommun. */
export function nationalMapCaption(dataset: Dataset, text: ReportText): string {
  return (
    text.mapCaption +
    (isAggregated(dataset.verksamheter.length, UNIT_BUDGET)
      ? mapAggregated.caption(formatInteger(UNIT_BUDGET))
      : "")
  );
}

function regionMapInput(dataset: Dataset, report: RegionReport, summary: string): MapInput {
  return {
    geodata: loadGeodata(),
    units: mapUnitsOf(dataset, report.unitList),
    regionsWithoutUnits: report.units.total > 0 ? [] : [report.region.lanskod],
    labels: reportMapLabels(dataset, summary),
  };
}

/** The id prefix of a region's map, so that its ids are its own on the page. */
export const regionMapIdPrefix = (slug: string) => `fc-map-${slug}`;

/** A region's map, zoomed to it, drawn at the national map's width. */
export function regionMapSvg(
  dataset: Dataset,
  report: RegionReport,
  summary: string,
  slug: string,
  drawing: MapDrawing = {},
) {
  return renderMap(regionMapInput(dataset, report, summary), {
    width: MAP_WIDTH,
    focus: report.region.lanskod,
    idPrefix: regionMapIdPrefix(slug),
    maxPoints: UNIT_BUDGET,
    ...drawing,
  });
}

/** A region map's legend, for the page to show as HTML. */
export function regionMapLegend(
  dataset: Dataset,
  report: RegionReport,
  summary: string,
): MapLegendEntry[] {
  return mapLegendEntries(regionMapInput(dataset, report, summary), {
    focus: report.region.lanskod,
  });
}
