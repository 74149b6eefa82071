/**
 * The national report's sentences about the data, composed once from the
 * figures and their statements. Pages only place them; tests read them for any
 * dataset, so every claim ("the most common", "a majority", a plural) can be
 * checked against the data it was made from.
 */
import { VERKSAMHETSFORMER } from "../data/index.ts";
import type { Malgrupp } from "../data/index.ts";
import {
  isWithheld,
  type AreaType,
  type AreaTypeDistribution,
  type Partner,
  type ReportFigures,
  type Withheld,
} from "../stats/index.ts";
import { publicationText } from "./publication-text.ts";
import type { AreaFinding, Catalogue } from "./sv/index.ts";

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
    /** How the units got their area type, and for how many it is missing; null when all lack one. */
    readonly assigned: string | null;
    /**
     * The by-form chart's caption, or (chart false) the sentence that replaces it;
     * no text when no area type is known (`finding` already says so).
     */
    readonly byForm: { readonly chart: boolean; readonly text: string | null };
  };
  readonly healthWork: { readonly ageFocus: string | null; readonly collaboration: string };
  readonly aboutData: {
    readonly sources: string;
    readonly period: string;
    /** What the publication policy shows of the survey's answers, and what ".." means. */
    readonly policy: string;
  };
}

/** The figures the area-type sentences are worded from; null when the policy withholds them. */
export function areaFinding(figures: ReportFigures): AreaFinding | null {
  const { areaTypes: distribution, statements } = figures;
  const leading = statements.leadingAreaType;
  if (isWithheld(distribution) || isWithheld(leading)) return null;
  // byType lists every area type, so the record is complete.
  const typeShare = Object.fromEntries(
    distribution.byType.map((entry) => [entry.typ, entry.andel]),
  ) as Record<AreaType, number>;
  return {
    leading,
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
    {
      value: format.integer(kommuner.withUnits),
      label: keyFigures.kommuner.label(kommuner),
    },
    {
      value: format.integer(regioner.withUnits),
      label: keyFigures.regioner.label(regioner),
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
  if (isWithheld(distribution) || isWithheld(leading)) return items;
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

/** The by-form chart's caption, or the sentence that replaces it. */
function byFormText(
  figures: ReportFigures,
  distribution: AreaTypeDistribution,
  { areaTypes, withheld }: Catalogue,
): ReportText["areaTypes"]["byForm"] {
  const { familjecentral: fc, familjecentralsliknande: fsl } = figures.areaTypesByForm;
  const onlyForm = VERKSAMHETSFORMER.find((form) => figures.units[form] === figures.units.total);
  if (distribution.known === 0) return { chart: false, text: null };
  if (fc === null || fsl === null)
    return { chart: false, text: areaTypes.byFormOneForm(onlyForm ?? "familjecentral") };
  if (isWithheld(fc) || isWithheld(fsl))
    return {
      chart: false,
      text: withheld.sentence(withheld.topics.byForm, isWithheld(fc) ? fc : (fsl as Withheld)),
    };
  return {
    chart: true,
    text: areaTypes.byFormCaption(fc.byGroup.utmaningar.andel, fsl.byGroup.utmaningar.andel),
  };
}

function areaTypesText(figures: ReportFigures, t: Catalogue): ReportText["areaTypes"] {
  const { areaTypes, withheld } = t;
  const distribution = figures.areaTypes;
  const finding = areaFinding(figures);
  if (isWithheld(distribution) || finding === null)
    return {
      finding: withheld.sentence(
        withheld.topics.areaTypes,
        isWithheld(distribution) ? distribution : { withheld: "not-published", minGroup: 0 },
      ),
      chart: false,
      assigned: null,
      byForm: { chart: false, text: null },
    };
  const byForm = byFormText(figures, distribution, t);
  return {
    finding: areaTypes.finding(finding),
    chart: distribution.known > 0,
    assigned: areaTypes.assigned(distribution.missing.antal, distribution.total),
    byForm,
  };
}

export interface ReportTextOptions {
  /**
   * Whether the current survey's own proposals are published with the report
   * (src/content/forslag/<år>/); without them the summary names none. Default true.
   */
  readonly proposals?: boolean;
}

/**
 * Every sentence of the national report that depends on the data, in the
 * catalogue's language: the statements are the same in every language.
 */
export function reportText(
  figures: ReportFigures,
  t: Catalogue,
  options: ReportTextOptions = {},
): ReportText {
  const proposalsPublished = options.proposals ?? true;
  const {
    aboutData,
    assignment,
    development,
    geography,
    healthWork,
    map,
    site,
    summary,
    withheld,
  } = t;
  const { units, kommuner, regioner, current, sincePrevious, statements, series } = figures;
  const year = String(current.ar);
  const without = regioner.without.map((region) => region.region);
  const { ageGroups, collaboration } = figures;
  const areaSummary = areaFinding(figures);
  const areaWithheld = isWithheld(figures.areaTypes) ? figures.areaTypes : null;
  // The statements name only shown age groups and partners, so only their shares are read.
  const ageShare = Object.fromEntries(
    isWithheld(ageGroups) ? [] : ageGroups.map((group) => [group.malgrupp, group.andel]),
  ) as Record<Malgrupp, number>;
  const partnerShare = Object.fromEntries(
    collaboration.flatMap((entry) => (isWithheld(entry) ? [] : [[entry.partner, entry.andel]])),
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
      areaSummary !== null
        ? summary.areaTypes(areaSummary)
        : withheld.sentence(
            withheld.topics.areaTypes,
            areaWithheld ?? { withheld: "not-published", minGroup: 0 },
          ),
      summary.work({
        units: units.total,
        ageGroup: statements.majorityAgeGroup,
        partners: statements.majorityPartners,
      }),
      ...(proposalsPublished ? [summary.proposals] : []),
    ],
    assignment: [
      assignment.assigned(
        current.assigned,
        current.publication === null ? null : publicationText(figures, t).publishersText,
      ),
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
    mapSummary: map.summary({ units, regioner: regioner.withUnits, without }),
    areaTypes: areaTypesText(figures, t),
    healthWork: {
      ageFocus: isWithheld(statements.leadingAgeGroup)
        ? withheld.sentence(withheld.topics.ageGroups, statements.leadingAgeGroup)
        : healthWork.ageFocus({
            majority: statements.majorityAgeGroup,
            leading: statements.leadingAgeGroup,
            share: ageShare,
          }),
      collaboration: isWithheld(statements.leadingPartner)
        ? withheld.sentence(withheld.topics.collaboration, statements.leadingPartner)
        : healthWork.collaboration({
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
      policy: t.policy.method(figures.publication),
    },
  };
}
