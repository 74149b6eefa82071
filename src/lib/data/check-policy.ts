import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import {
  DEFAULT_MIN_GROUP,
  isIdentityColumn,
  SURVEY_ANSWERS,
  type ColumnRule,
  type PublicationPolicy,
  type SurveyAnswer,
} from "./publication-policy.ts";
import type { Located, RowOf } from "./read-table.ts";
import { UNIT_COLUMNS } from "./schema/publicering.ts";
import type { publiceringSchema } from "./schema/publicering.ts";

type PolicyRow = RowOf<typeof publiceringSchema>;

export type PolicyResult =
  | { readonly ok: true; readonly policy: PublicationPolicy }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks the policy rows against verksamheter.csv's columns and turns them into
 * a policy: one row per column, the identity columns per unit, a smallest group
 * only where aggregates are what is published. Duplicate rows are checkUnique's.
 */
export function checkPolicy(
  file: string,
  header: number,
  rows: readonly Located<PolicyRow>[],
): PolicyResult {
  const problems: Problem[] = [];
  const rules = new Map<SurveyAnswer, ColumnRule>();
  for (const { line, row } of rows) {
    if (row.minsta_grupp !== null && row.publiceras !== "sammanstallning")
      problems.push({
        file,
        line,
        column: "minsta_grupp",
        reason: messages.minGroupOutsideAggregate(row.publiceras),
      });
    const column = row.kolumn;
    if (isIdentityColumn(column)) {
      if (row.publiceras !== "per_verksamhet")
        problems.push({
          file,
          line,
          column: "publiceras",
          reason: messages.identityNotPerUnit(column),
        });
      continue;
    }
    rules.set(
      column,
      row.publiceras === "sammanstallning"
        ? { publish: row.publiceras, minGroup: row.minsta_grupp ?? DEFAULT_MIN_GROUP }
        : { publish: row.publiceras },
    );
  }
  const listed = new Set(rows.map(({ row }) => row.kolumn));
  for (const column of UNIT_COLUMNS)
    if (!listed.has(column))
      problems.push({
        file,
        line: header,
        column: "kolumn",
        reason: messages.policyColumnMissing(column),
      });
  if (problems.length > 0) return { ok: false, problems };
  const complete = Object.fromEntries(
    SURVEY_ANSWERS.map((column) => [column, rules.get(column)]),
  ) as Record<SurveyAnswer, ColumnRule>;
  return { ok: true, policy: { rules: complete, fromFile: true } };
}
