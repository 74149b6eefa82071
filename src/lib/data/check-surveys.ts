import type { CalendarDate } from "./calendar-date.ts";
import { messages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { Located, RowOf } from "./read-table.ts";
import type { kartlaggningarSchema } from "./schema/kartlaggningar.ts";

type Survey = RowOf<typeof kartlaggningarSchema>;

/** Compares dates of either precision by what both state: a month is before every later month. */
function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.month !== b.month) return a.month > b.month;
  return a.day !== null && b.day !== null && a.day > b.day;
}

/**
 * Exactly one survey, the latest, has an empty count: its count comes from
 * verksamheter.csv. Each problem points at the row to change: an earlier row
 * left empty (fill in its count), or, when none is empty, the latest row.
 */
export function checkCurrentSurvey(file: string, surveys: readonly Located<Survey>[]): Problem[] {
  const empty = surveys.filter(({ row }) => row.antal === null);
  if (empty.length === 1 || surveys.length === 0) return [];
  const latest = surveys.reduce((a, b) => (b.row.ar > a.row.ar ? b : a));
  if (empty.length === 0)
    return [
      {
        file,
        line: latest.line,
        column: "antal",
        reason: messages.currentSurveyNotEmpty(latest.row.ar),
      },
    ];
  const current = empty.reduce((a, b) => (b.row.ar > a.row.ar ? b : a));
  return empty
    .filter((survey) => survey !== current)
    .map(({ line, row }) => ({
      file,
      line,
      column: "antal",
      reason: messages.earlierSurveyEmpty(row.ar, current.row.ar),
    }));
}

/**
 * The current survey (the one row with an empty count) must be the latest, so
 * "now" and "the survey before" are read from the file, not from the order of
 * its rows; and a survey cannot be reported before it was assigned.
 */
export function checkSurveyOrder(file: string, surveys: readonly Located<Survey>[]): Problem[] {
  const problems: Problem[] = [];
  const current = surveys.filter(({ row }) => row.antal === null);
  const latest = Math.max(...surveys.map(({ row }) => row.ar));
  const [only] = current;
  if (current.length === 1 && only !== undefined && only.row.ar < latest) {
    problems.push({
      file,
      line: only.line,
      column: "ar",
      reason: messages.currentSurveyNotLatest(only.row.ar, latest),
    });
  }
  for (const { line, row } of surveys) {
    if (row.uppdrag !== null && row.redovisad !== null && isAfter(row.uppdrag, row.redovisad)) {
      problems.push({ file, line, column: "uppdrag", reason: messages.surveyDateAfterReport() });
    }
  }
  return problems;
}
