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
import { areaTypeByFormChartData } from "../charts/area-type-by-form-chart.ts";
import { areaTypeChartData } from "../charts/area-type-chart.ts";
import { loadGeodata, VERKSAMHETSFORMER } from "../data/index.ts";
import {
  isAggregated,
  mapLegendEntries,
  renderMap,
  type MapInput,
  type MapLegendEntry,
} from "../map/index.ts";
import { mapUnitsOf, reportMapLabels, UNIT_BUDGET } from "../report-map.ts";
import type { ReportText } from "../text/report-text.ts";
import {
  isWithheld,
  type PublishedDataset,
  type RegionReport,
  type ReportFigures,
} from "../stats/index.ts";
import { sv, type Catalogue } from "../text/sv/index.ts";

/** The width the national map is drawn at, in SVG units. */
export const MAP_WIDTH = 480;

/**
 * The width the page draws each chart at, once: its 15 px text is still 12.4 px
 * on a 320 px phone (the SVG shrinks to the 288 px column) and, shown at most
 * 400 px wide (report.css), 17 px on a desktop; it prints at this size too.
 */
export const PAGE_CHART_WIDTH = 348;

/**
 * A map's legend is part of a standalone drawing (a download); the page leaves
 * it out and shows the legend's entries as HTML under the map.
 */
export interface MapDrawing {
  readonly legend?: boolean;
}

/** Each drawing takes the catalogue of the page's language (`t`): its words and number format. */
export function surveyChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
  t: Catalogue,
): string {
  const { series } = figures;
  const { development, format } = t;
  return surveyChangeChart(series, {
    width,
    id,
    format,
    labels: {
      ariaLabel: development.chartSummary(
        format.list(series.map((p) => development.point(String(p.ar), format.integer(p.antal)))),
      ),
    },
  });
}

/** Null when the policy withholds area types: a sentence replaces the chart. */
export function areaTypeChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
  t: Catalogue,
): string | null {
  const distribution = figures.areaTypes;
  if (isWithheld(distribution)) return null;
  const { areaGroupLabel, areaTypeLabel, areaTypes, format, nouns } = t;
  const labels = {
    types: areaTypeLabel,
    missing: areaGroupLabel.saknas,
    challengeGroup: (share: string) => `${areaGroupLabel.utmaningar}: ${share}`,
  };
  // The text alternative names the bars the chart draws, "Uppgift saknas" among
  // them, and the note on types 1–2, each with the count its share is of.
  const drawn = areaTypeChartData(distribution, labels, format);
  return areaTypeChart(distribution, {
    width,
    id,
    format,
    labels: {
      ...labels,
      ariaLabel: areaTypes.chartSummary(
        format.list(
          drawn.rows.map((row) =>
            areaTypes.partCount(
              row.label,
              row.valueLabel,
              format.count(row.antal, nouns.verksamhet),
            ),
          ),
        ),
        drawn.challengeGroup.label,
      ),
    },
  });
}

/** Null when a form has no units (nothing to compare) or its area types are withheld. */
export function areaTypeByFormChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
  t: Catalogue,
): string | null {
  const { familjecentral, familjecentralsliknande } = figures.areaTypesByForm;
  if (familjecentral === null || familjecentralsliknande === null) return null;
  if (isWithheld(familjecentral) || isWithheld(familjecentralsliknande)) return null;
  const byForm = { familjecentral, familjecentralsliknande };
  const { areaGroupLabel, areaTypes, format, formShort } = t;
  const labels = {
    groups: {
      utmaningar: areaGroupLabel.utmaningar,
      blandade: areaGroupLabel.blandade,
      goda: areaGroupLabel.goda,
    },
    missing: areaGroupLabel.saknas,
    forms: formShort,
  };
  // Every bar the chart draws, form by form: each form's groups read as one list.
  const drawn = areaTypeByFormChartData(byForm, labels, format);
  const groupLabel = new Map(drawn.groups.map((group) => [group.key, group.label]));
  return areaTypeByFormChart(byForm, {
    width,
    id,
    format,
    labels: {
      ...labels,
      ariaLabel: areaTypes.byFormSummary(
        VERKSAMHETSFORMER.map((form) =>
          areaTypes.byFormPart(
            formShort[form],
            format.list(
              drawn.rows
                .filter((row) => row.form === form)
                .map((row) => areaTypes.part(groupLabel.get(row.group) ?? "", row.valueLabel)),
            ),
          ),
        ),
      ),
    },
  });
}

/** Withheld partners are gaps, named as such; null when every partner is withheld. */
export function collaborationChartSvg(
  figures: ReportFigures,
  width: number,
  id: string,
  t: Catalogue,
): string | null {
  const { collaboration } = figures;
  if (collaboration.every(isWithheld)) return null;
  const { areaTypes, format, healthWork, nouns, partnerLabel, withheld } = t;
  return collaborationChart(collaboration, {
    width,
    id,
    format,
    labels: {
      partners: partnerLabel,
      withheld: withheld.mark,
      ariaLabel: healthWork.chartSummary(
        format.list(
          collaboration.map((p) =>
            isWithheld(p)
              ? withheld.part(partnerLabel[p.partner])
              : areaTypes.partCount(
                  partnerLabel[p.partner],
                  format.percent(p.andel),
                  format.count(p.antal, nouns.verksamhet),
                ),
          ),
        ),
      ),
    },
  });
}

function nationalMapInput(
  dataset: PublishedDataset,
  figures: ReportFigures,
  text: ReportText,
  t: Catalogue,
  tableRef?: string,
): MapInput {
  // Too many numbers to read out (a row per region): the summary points to the table.
  const summary = text.mapSummary + (tableRef === undefined ? "" : t.map.tableRef(tableRef));
  return {
    geodata: loadGeodata(),
    units: mapUnitsOf(dataset, dataset.verksamheter),
    regionsWithoutUnits: figures.regioner.without.map((r) => r.lanskod),
    labels: reportMapLabels(dataset, summary, t),
  };
}

/**
 * The map of the whole country; `regionHref` makes each region a link to its
 * page, and `tableRef` ("tabell 2") names the table of its numbers in its text.
 */
export function nationalMapSvg(
  dataset: PublishedDataset,
  figures: ReportFigures,
  text: ReportText,
  t: Catalogue,
  regionHref?: (lanskod: string) => string,
  drawing: MapDrawing = {},
  tableRef?: string,
): string {
  return renderMap(nationalMapInput(dataset, figures, text, t, tableRef), {
    width: MAP_WIDTH,
    maxPoints: UNIT_BUDGET,
    ...(regionHref ? { regionHref } : {}),
    ...drawing,
  });
}

/** The national map's legend, for the page to show as HTML. */
export function nationalMapLegend(
  dataset: PublishedDataset,
  figures: ReportFigures,
  text: ReportText,
  t: Catalogue,
): MapLegendEntry[] {
  return mapLegendEntries(nationalMapInput(dataset, figures, text, t), {
    width: MAP_WIDTH,
    maxPoints: UNIT_BUDGET,
  });
}

/** The national map's caption, with a note when it draws one mark per kommun. */
export function nationalMapCaption(
  dataset: PublishedDataset,
  text: ReportText,
  t: Catalogue,
): string {
  return (
    text.mapCaption +
    (isAggregated(dataset.verksamheter.length, UNIT_BUDGET)
      ? t.mapAggregated.caption(t.format.integer(UNIT_BUDGET))
      : "")
  );
}

function regionMapInput(
  dataset: PublishedDataset,
  report: RegionReport,
  summary: string,
): MapInput {
  return {
    geodata: loadGeodata(),
    units: mapUnitsOf(dataset, report.unitList),
    regionsWithoutUnits: report.units.total > 0 ? [] : [report.region.lanskod],
    // Region pages are in Swedish only.
    labels: reportMapLabels(dataset, summary, sv),
  };
}

/** The id prefix of a region's map, so that its ids are its own on the page. */
export const regionMapIdPrefix = (slug: string) => `fc-map-${slug}`;

/** A region's map, zoomed to it, drawn at the national map's width. */
export function regionMapSvg(
  dataset: PublishedDataset,
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
  dataset: PublishedDataset,
  report: RegionReport,
  summary: string,
): MapLegendEntry[] {
  // A form with no unit in the region is no layer to show or hide: it is left out.
  return mapLegendEntries(regionMapInput(dataset, report, summary), {
    focus: report.region.lanskod,
    width: MAP_WIDTH,
    maxPoints: UNIT_BUDGET,
  }).filter((entry) => entry.count !== 0);
}
