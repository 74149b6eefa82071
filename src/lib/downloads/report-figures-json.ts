import { formatIsoDate } from "../format.ts";
import {
  isWithheld,
  type AreaTypeDistribution,
  type ReportFigures,
  type Withheld,
} from "../stats/index.ts";
import { withheld as withheldWords } from "../text/sv/index.ts";

/** A figure the policy withholds, as the JSON writes it: what ".." means, never a number. */
const shownAs = <T, J>(value: T | Withheld, json: (value: T) => J) =>
  isWithheld(value) ? { visas_inte: withheldWords.legend(value) } : json(value);

/** A form's area groups, or null for a form without units (no shares of nothing). */
const groupsOf = (distribution: AreaTypeDistribution | Withheld | null) =>
  distribution === null
    ? null
    : shownAs(distribution, (d) => ({ grupper: d.byGroup, saknas: d.missing }));

/** Where the figures come from, for the JSON's header. */
export interface Provenance {
  readonly title: string;
  readonly builtAt: Date;
  readonly url: string;
}

/**
 * Every figure in the report as JSON, computed from the same `stats` output the
 * pages show. Keys are stable and Swedish like the data files' columns.
 */
export function reportFiguresJson(figures: ReportFigures, provenance: Provenance): string {
  const {
    units,
    kommuner,
    regioner,
    regionTable,
    areaTypes,
    areaTypesByForm,
    collaboration,
    ageGroups,
  } = figures;
  const document = {
    rapport: provenance.title,
    adress: provenance.url,
    kartlaggningsar: figures.current.ar,
    kalla: figures.current.kalla,
    exempeldata: figures.current.exampleData,
    dataversion: figures.dataVersion,
    byggdatum: formatIsoDate(provenance.builtAt),
    verksamheter: units,
    kommuner: { med_verksamhet: kommuner.withUnits, totalt: kommuner.total },
    regioner: {
      med_verksamhet: regioner.withUnits,
      totalt: regioner.total,
      utan_verksamhet: regioner.without.map((r) => r.region),
    },
    per_region: regionTable.rows.map((row) => ({
      lanskod: row.region.lanskod,
      region: row.region.region,
      verksamheter: row.units,
      kommuner: { med_verksamhet: row.kommuner.withUnits, totalt: row.kommuner.total },
    })),
    omradestyper: {
      ...shownAs(areaTypes, (d) => ({ per_typ: d.byType, grupper: d.byGroup, saknas: d.missing })),
      per_verksamhetsform: {
        familjecentral: groupsOf(areaTypesByForm.familjecentral),
        familjecentralsliknande: groupsOf(areaTypesByForm.familjecentralsliknande),
      },
    },
    samverkan: collaboration.map((entry) =>
      isWithheld(entry) ? { partner: entry.partner, ...shownAs(entry, () => ({})) } : entry,
    ),
    malgrupper: shownAs(ageGroups, (groups) => groups),
    kartlaggningar: figures.series.map(({ ar, antal, kalla }) => ({ ar, antal, kalla })),
    forandring:
      figures.sincePrevious === null
        ? null
        : {
            fran_ar: figures.sincePrevious.previous.ar,
            till_ar: figures.current.ar,
            absolut: figures.sincePrevious.change.absolute,
            relativ: figures.sincePrevious.change.relative,
          },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
