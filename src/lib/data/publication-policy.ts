import { UNIT_COLUMNS, type UnitColumn } from "./schema/publicering.ts";

/**
 * The columns the report is built on: the map places every unit by them and the
 * lists name it. They are published per unit, as the agencies do on their map.
 */
export const UNIT_IDENTITY = [
  "id",
  "namn",
  "verksamhetsform",
  "kommunkod",
  "lat",
  "lon",
] as const satisfies readonly UnitColumn[];
export type IdentityColumn = (typeof UNIT_IDENTITY)[number];

/** The survey's answers about each unit: what the policy decides about. */
export const SURVEY_ANSWERS = UNIT_COLUMNS.filter(
  (column): column is Exclude<UnitColumn, IdentityColumn> =>
    !(UNIT_IDENTITY as readonly string[]).includes(column),
);
export type SurveyAnswer = Exclude<UnitColumn, IdentityColumn>;

/** The fewest units an aggregate may be computed over when the policy file does not say. */
export const DEFAULT_MIN_GROUP = 3;

/** How one survey answer may be published. */
export type ColumnRule =
  | { readonly publish: "per_verksamhet" }
  | { readonly publish: "sammanstallning"; readonly minGroup: number }
  | { readonly publish: "aldrig" };

export interface PublicationPolicy {
  readonly rules: Readonly<Record<SurveyAnswer, ColumnRule>>;
  /** False when data/publicering.csv is missing and the safe default applies. */
  readonly fromFile: boolean;
}

/**
 * What applies without a policy file: every answer only in aggregates of at
 * least DEFAULT_MIN_GROUP units. Never "publish everything".
 */
export const SAFE_POLICY: PublicationPolicy = {
  rules: Object.fromEntries(
    SURVEY_ANSWERS.map((column) => [
      column,
      { publish: "sammanstallning", minGroup: DEFAULT_MIN_GROUP },
    ]),
  ) as Record<SurveyAnswer, ColumnRule>,
  fromFile: false,
};

export const isIdentityColumn = (column: UnitColumn): column is IdentityColumn =>
  (UNIT_IDENTITY as readonly string[]).includes(column);
