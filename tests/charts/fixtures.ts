/**
 * Hand-made chart inputs, typed with the stats types, and labels like the
 * ones strings.ts will hold (long Swedish ones on purpose).
 */
import type { Verksamhetsform } from "../../src/lib/data/index.ts";
import type {
  AreaTypeByFormChartLabels,
  AreaTypeChartLabels,
  CollaborationChartLabels,
  SurveyChangeChartLabels,
} from "../../src/lib/charts/index.ts";
import type {
  AreaType,
  AreaTypeDistribution,
  CountShare,
  ReportFigures,
  SurveyPoint,
} from "../../src/lib/stats/index.ts";

const countShare = (antal: number, total: number): CountShare => ({ antal, andel: antal / total });

/** An area-type distribution from counts of types 1–5 and unknown. */
export function distribution(
  counts: readonly [number, number, number, number, number],
  missing: number,
): AreaTypeDistribution {
  const total = counts.reduce((sum, n) => sum + n, 0) + missing;
  const [t1, t2, t3, t4, t5] = counts;
  return {
    total,
    byType: ([1, 2, 3, 4, 5] as const).map((typ: AreaType) => ({
      typ,
      ...countShare(counts[typ - 1] ?? 0, total),
    })),
    byGroup: {
      utmaningar: countShare(t1 + t2, total),
      blandade: countShare(t3, total),
      goda: countShare(t4 + t5, total),
    },
    missing: countShare(missing, total),
    known: total - missing,
  };
}

export const series: readonly SurveyPoint[] = [
  {
    ar: 2008,
    antal: 131,
    kalla: "Kartläggning 2008",
    current: false,
    exampleData: false,
    assigned: null,
    reported: null,
    publication: null,
  },
  {
    ar: 2023,
    antal: 1246,
    kalla: "Kartläggning 2023",
    current: true,
    exampleData: true,
    assigned: null,
    reported: null,
    publication: null,
  },
];

export const surveyLabels: SurveyChangeChartLabels = {
  ariaLabel: "Antalet verksamheter ökade från 131 år 2008 till 1 246 år 2023.",
  description: "Stapeldiagram med antal verksamheter per kartläggning.",
};

/** 246 units: 12,2 / 23,2 / 32,5 / 20,3 / 9,8 % and 2,0 % unknown; types 1–2: 35,4 %. */
export const areaTypes: AreaTypeDistribution = distribution([30, 57, 80, 50, 24], 5);

export const areaTypeLabels: AreaTypeChartLabels = {
  types: {
    1: "Områden med stora socioekonomiska utmaningar",
    2: "Områden med socioekonomiska utmaningar",
    3: "Socioekonomiskt blandade områden",
    4: "Områden med goda socioekonomiska förutsättningar",
    5: "Områden med mycket goda socioekonomiska förutsättningar",
  },
  missing: "Uppgift saknas",
  challengeGroup: (share) => `Områden med socioekonomiska utmaningar (typ 1–2): ${share}`,
  ariaLabel: "Andel verksamheter per områdestyp.",
};

/** familjecentral: 160 units, 5 unknown; familjecentralsliknande: 86 units, none unknown. */
export const areaTypesByForm: Readonly<Record<Verksamhetsform, AreaTypeDistribution>> = {
  familjecentral: distribution([20, 40, 50, 30, 15], 5),
  familjecentralsliknande: distribution([10, 17, 30, 20, 9], 0),
};

export const areaTypeByFormLabels: AreaTypeByFormChartLabels = {
  groups: {
    utmaningar: "Områden med socioekonomiska utmaningar",
    blandade: "Socioekonomiskt blandade områden",
    goda: "Områden med goda socioekonomiska förutsättningar",
  },
  missing: "Uppgift saknas",
  forms: {
    familjecentral: "Familjecentraler",
    familjecentralsliknande: "Familjecentralsliknande verksamheter",
  },
  ariaLabel: "Andel verksamheter per områdesgrupp, efter verksamhetsform.",
};

/** 246 units: 35,4 / 48,8 / 16,3 / 81,7 %. */
export const collaboration: ReportFigures["collaboration"] = [
  { partner: "bibliotek", ...countShare(87, 246) },
  { partner: "forskola", ...countShare(120, 246) },
  { partner: "tandvard", ...countShare(40, 246) },
  { partner: "psykolog", ...countShare(201, 246) },
];

export const collaborationLabels: CollaborationChartLabels = {
  withheld: "..",
  partners: {
    bibliotek: "Bibliotek",
    forskola: "Förskola",
    tandvard: "Tandvård",
    psykolog: "Mödra- och barnhälsovårdspsykolog",
  },
  ariaLabel: "Andel verksamheter som samverkar med bibliotek, förskola, tandvård och psykolog.",
};

/** A label that must come out escaped. */
export const HOSTILE = `<script>alert("x")</script> & 'citat'`;
