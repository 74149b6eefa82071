/**
 * The easy-to-read page's sentences, composed from the report's figures and
 * statements: the same counts, and "alla", "de flesta" or "flest" only where
 * the statements say so. The page (src/pages/lattlast/) only lays them out.
 */
import type { Malgrupp } from "../data/index.ts";
import type { ReportFigures } from "../stats/index.ts";
import { isWithheld } from "../stats/index.ts";
import { easyRead as words } from "./sv/easy-read.ts";

export interface EasyReadText {
  readonly howMany: readonly string[];
  readonly where: readonly string[];
  /** Regions without units, when there are too many to name in a sentence. */
  readonly withoutList: readonly string[];
  /** The main age group's sentence; null when the policy withholds it or no unit gives one. */
  readonly age: string | null;
}

export function easyReadText(figures: ReportFigures): EasyReadText {
  const { units, kommuner, regioner, current, sincePrevious } = figures;
  const year = String(current.ar);
  const without = words.without(regioner.without.map((region) => region.region));
  return {
    howMany: [
      words.total(units.total, year),
      ...words.forms(units.familjecentral, units.familjecentralsliknande),
      ...(sincePrevious === null
        ? []
        : words.before(
            String(sincePrevious.previous.ar),
            sincePrevious.previous.antal,
            sincePrevious.change.direction,
          )),
    ],
    where: [
      words.kommuner(units.total, kommuner.withUnits, kommuner.total),
      ...(units.total === 1 ? [] : [words.regioner(regioner.withUnits, regioner.total)]),
      without.sentence,
    ],
    withoutList: without.list,
    age: ageSentence(figures),
  };
}

function ageSentence({ units, ageGroups, statements }: ReportFigures): string | null {
  const leading = statements.leadingAgeGroup;
  if (isWithheld(leading) || isWithheld(ageGroups) || leading.kind === "none") return null;
  if (leading.kind === "tie") return words.age({ kind: "tie", groups: leading.keys });
  const group: Malgrupp = leading.key;
  if (units.total === 1) return words.age({ kind: "single", group });
  const all = ageGroups.find((entry) => entry.malgrupp === group)?.andel === 1;
  const kind = all ? "all" : statements.majorityAgeGroup === group ? "most" : "one";
  return words.age({ kind, group });
}
