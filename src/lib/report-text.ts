/**
 * The national report's sentences about the data, composed once from the
 * figures and their statements. Pages only place them; tests read them for any
 * dataset, so every claim ("the most common", "a majority", a plural) can be
 * checked against the data it was made from.
 */
import { VERKSAMHETSFORMER } from "./data/index.ts";
import type { Malgrupp } from "./data/index.ts";
import type { AreaType, Partner, ReportFigures } from "./stats/index.ts";
import type { AreaFinding, Catalogue } from "./strings.ts";

/** A figure in the summary's key-figure list. */
export interface KeyFigure {
  /** The figure, already formatted, e.g. "246". */
  readonly value: string;
  /** What it counts, read right after the figure. */
  readonly label: string;
  /** An optional sentence that qualifies it. */
  readonly detail?: string;
}

export interface ReportText {
  readonly title: string;
  readonly description: string;
  readonly keyFigures: readonly KeyFigure[];
  readonly findings: readonly string[];
  readonly assignment: readonly string[];
  /** The development chart's caption; the chart's title when there is no earlier survey. */
  readonly development: string;
  readonly geography: string;
  readonly mapCaption: string;
  readonly mapSummary: string;
  readonly areaTypes: {
    /** The area-type chart's caption, or the sentence that replaces the chart. */
    readonly finding: string;
    /** False when no unit has a known area type: the chart is replaced by `finding`. */
    readonly chart: boolean;
    /** Units without a known area type, when some (not all) lack one. */
    readonly missing: string | null;
    /**
     * The by-form chart's caption, or (chart false) the sentence that replaces it;
     * no text when no area type is known (`finding` already says so).
     */
    readonly byForm: { readonly chart: boolean; readonly text: string | null };
  };
  readonly healthWork: { readonly ageFocus: string | null; readonly collaboration: string };
  readonly aboutData: { readonly sources: string; readonly period: string };
}

/** The figures the area-type sentences are worded from. */
export function areaFinding(figures: ReportFigures): AreaFinding {
  const { areaTypes: distribution, statements } = figures;
  // byType lists every area type, so the record is complete.
  const typeShare = Object.fromEntries(
    distribution.byType.map((entry) => [entry.typ, entry.andel]),
  ) as Record<AreaType, number>;
  return {
    leading: statements.leadingAreaType,
    typeShare,
    challenges: distribution.byGroup.utmaningar.andel,
    good: distribution.byGroup.goda.andel,
    known: distribution.known,
  };
}

function keyFiguresOf(figures: ReportFigures, t: Catalogue): KeyFigure[] {
  const { keyFigures, format } = t;
  const { units, kommuner, regioner, current, sincePrevious, areaTypes: distribution } = figures;
  const items: KeyFigure[] = [
    {
      value: format.integer(units.total),
      label: keyFigures.units.label(units.total),
      detail: keyFigures.units.detail(units),
    },
    { value: format.integer(kommuner.withUnits), label: keyFigures.kommuner.label(kommuner.total) },
    {
      value: format.integer(regioner.withUnits),
      label: keyFigures.regioner.label(regioner.total),
      detail: keyFigures.regioner.without(regioner.without.map((region) => region.region)),
    },
  ];
  if (sincePrevious !== null) {
    const { previous, change } = sincePrevious;
    items.push({
      value: format.integer(previous.antal),
      label: keyFigures.change.label(previous.antal, String(previous.ar)),
      detail: keyFigures.change.detail(change, String(current.ar)),
    });
  }
  const leading = figures.statements.leadingAreaType;
  if (leading.kind === "one") {
    const share = distribution.byType.find((entry) => entry.typ === leading.key)?.andel ?? 0;
    items.push({
      value: format.percent(share),
      label: keyFigures.leadingAreaType.label(leading.key),
    });
  }
  if (distribution.known > 0) {
    items.push({
      value: format.percent(distribution.byGroup.utmaningar.andel),
      label: keyFigures.challengeAreas.label,
    });
  }
  return items;
}

function areaTypesText(figures: ReportFigures, { areaTypes }: Catalogue): ReportText["areaTypes"] {
  const { areaTypes: distribution, areaTypesByForm, units } = figures;
  const finding = areaFinding(figures);
  const fc = areaTypesByForm.familjecentral;
  const fsl = areaTypesByForm.familjecentralsliknande;
  const onlyForm = VERKSAMHETSFORMER.find((form) => units[form] === units.total);
  const byForm =
    distribution.known === 0
      ? { chart: false, text: null }
      : fc === null || fsl === null
        ? { chart: false, text: areaTypes.byFormOneForm(onlyForm ?? "familjecentral") }
        : {
            chart: true,
            text: areaTypes.byFormCaption(
              fc.byGroup.utmaningar.andel,
              fsl.byGroup.utmaningar.andel,
            ),
          };
  return {
    finding: areaTypes.finding(finding),
    chart: distribution.known > 0,
    missing: areaTypes.missing(distribution.missing.antal, distribution.total),
    byForm,
  };
}

/**
 * Every sentence of the national report that depends on the data, in the
 * catalogue's language: the statements are the same in every language.
 */
export function reportText(figures: ReportFigures, t: Catalogue): ReportText {
  const { aboutData, assignment, development, geography, healthWork, map, site, summary } = t;
  const { units, kommuner, regioner, current, sincePrevious, statements, series } = figures;
  const year = String(current.ar);
  const without = regioner.without.map((region) => region.region);
  // Both lists hold every age group and partner, so the records are complete.
  const ageShare = Object.fromEntries(
    figures.ageGroups.map((group) => [group.malgrupp, group.andel]),
  ) as Record<Malgrupp, number>;
  const partnerShare = Object.fromEntries(
    figures.collaboration.map((partner) => [partner.partner, partner.andel]),
  ) as Record<Partner, number>;
  return {
    title: site.title(year),
    description: site.description(year, units.total, kommuner.withUnits),
    keyFigures: keyFiguresOf(figures, t),
    findings: [
      summary.units(
        units,
        sincePrevious === null
          ? null
          : { year: String(sincePrevious.previous.ar), count: sincePrevious.previous.antal },
      ),
      summary.geography({
        units: units.total,
        kommuner: kommuner.withUnits,
        regioner: regioner.withUnits,
        regionTotal: regioner.total,
      }),
      summary.areaTypes(areaFinding(figures)),
      summary.work({
        units: units.total,
        ageGroup: statements.majorityAgeGroup,
        partners: statements.majorityPartners,
      }),
      summary.proposals,
    ],
    assignment: [
      assignment.assigned(current.assigned),
      ...(current.reported === null ? [] : [assignment.reported(current.reported)]),
    ],
    development:
      sincePrevious === null
        ? development.chartTitle
        : development.sentence({
            previousYear: String(sincePrevious.previous.ar),
            year,
            change: sincePrevious.change,
          }),
    geography: geography.text({
      units: units.total,
      kommuner: kommuner.withUnits,
      kommunTotal: kommuner.total,
      regioner: regioner.withUnits,
      regionTotal: regioner.total,
      without,
    }),
    mapCaption: map.caption({ units, without }),
    mapSummary: map.summary({ units: units.total, regioner: regioner.withUnits, without }),
    areaTypes: areaTypesText(figures, t),
    healthWork: {
      ageFocus: healthWork.ageFocus({
        majority: statements.majorityAgeGroup,
        leading: statements.leadingAgeGroup,
        share: ageShare,
      }),
      collaboration: healthWork.collaboration({
        units: units.total,
        majority: statements.majorityPartners,
        leading: statements.leadingPartner,
        share: partnerShare,
      }),
    },
    aboutData: {
      sources: aboutData.sources(
        year,
        series.filter((point) => point.ar < current.ar).map((point) => String(point.ar)),
      ),
      period: aboutData.period({ year, assigned: current.assigned, reported: current.reported }),
    },
  };
}
