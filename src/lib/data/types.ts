import type { PublicationPolicy } from "./publication-policy.ts";
import type { RowOf } from "./read-table.ts";
import type { datamangdSchema } from "./schema/datamangd.ts";
import type { kartlaggningarSchema } from "./schema/kartlaggningar.ts";
import type { kommunerSchema } from "./schema/kommuner.ts";
import type { publikationerSchema } from "./schema/publikationer.ts";
import type { dataversionerSchema } from "./schema/dataversioner.ts";
import type { kallorSchema } from "./schema/kallor.ts";
import type { publiceradeSiffrorSchema } from "./schema/publicerade-siffror.ts";
import type { rattelserSchema } from "./schema/rattelser.ts";
import type { regionerSchema } from "./schema/regioner.ts";
import type { verksamheterSchema } from "./schema/verksamheter.ts";

declare const validated: unique symbol;

/**
 * A value that has passed every check in `validateDataset`. Only the loader
 * can make one, so `stats` can trust what it is given.
 */
export type Validated<T> = T & { readonly [validated]: true };

export type Region = Validated<RowOf<typeof regionerSchema>>;
export type Kommun = Validated<RowOf<typeof kommunerSchema>>;
export type Kartlaggning = Validated<RowOf<typeof kartlaggningarSchema>>;
/** What a survey's report carries as a publication (type, publishers, numbers, licence). */
export type Publikation = Validated<RowOf<typeof publikationerSchema>>;
/** Who publishes the downloadable data, how to reach them, and the data's licence. */
export type Datamangd = Validated<RowOf<typeof datamangdSchema>>;
/** A source the report names besides the surveys' own (kallor.csv). */
export type Kalla = Validated<RowOf<typeof kallorSchema>>;
/** A count a survey published (publicerade-siffror.csv). */
export type PubliceradSiffra = Validated<RowOf<typeof publiceradeSiffrorSchema>>;
/** A published data version in the steward's log (dataversioner.csv). */
export type Dataversion = Validated<RowOf<typeof dataversionerSchema>>;
/** A correction the steward recorded (rattelser.csv). */
export type Rattelse = Validated<RowOf<typeof rattelserSchema>>;
/** A unit, with its county code derived from its municipality (never stored twice). */
export type Verksamhet = Validated<RowOf<typeof verksamheterSchema> & { readonly lanskod: string }>;

/** One earlier survey's units, as validated as the current survey's. */
export interface SurveyUnits {
  readonly ar: number;
  readonly verksamheter: readonly Verksamhet[];
}

/** Everything the report is built from, validated as a whole. */
export interface Dataset {
  readonly regioner: readonly Region[];
  readonly kommuner: readonly Kommun[];
  readonly verksamheter: readonly Verksamhet[];
  readonly kartlaggningar: readonly Kartlaggning[];
  /**
   * Earlier surveys' units, kept as data/verksamheter-<år>.csv, in time order;
   * each is an earlier row of kartlaggningar.csv with `antal` its number of units.
   * Empty when the folder keeps none. A unit in two surveys has the same id.
   */
  readonly earlierUnits: readonly SurveyUnits[];
  /** Publication facts per survey (data/publikationer.csv); none when the folder has no file. */
  readonly publikationer: readonly Publikation[];
  /** The data's publisher, contact and licence (data/datamangd.csv); null when the folder has none. */
  readonly datamangd: Datamangd | null;
  /** Further sources: a survey's other publications, context and method (kallor.csv). */
  readonly kallor: readonly Kalla[];
  /** Counts the surveys published (publicerade-siffror.csv); none when the folder has no file. */
  readonly publiceradeSiffror: readonly PubliceradSiffra[];
  /** The steward's log of published data versions (dataversioner.csv). */
  readonly dataversioner: readonly Dataversion[];
  /** Corrections the steward recorded (rattelser.csv). */
  readonly rattelser: readonly Rattelse[];
  /** What may be published about a single unit (data/publicering.csv, or the safe default). */
  readonly policy: PublicationPolicy;
  /** A short hash of the data files' bytes: names this exact version of the data. */
  readonly version: string;
}
