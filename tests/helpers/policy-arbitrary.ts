import fc from "fast-check";
import { SURVEY_ANSWERS, type ColumnRule, type SurveyAnswer } from "../../src/lib/data/index.ts";

/** One answer's publication rule: per unit, never, or in groups of at least 1–8. */
const rule: fc.Arbitrary<ColumnRule> = fc.oneof(
  fc.constant({ publish: "per_verksamhet" as const }),
  fc.constant({ publish: "aldrig" as const }),
  fc.integer({ min: 1, max: 8 }).map((minGroup) => ({
    publish: "sammanstallning" as const,
    minGroup,
  })),
);

/** A publication policy: a rule for every survey answer, as publicering.csv may give. */
export const policyArbitrary = fc.record(
  Object.fromEntries(SURVEY_ANSWERS.map((answer) => [answer, rule])) as Record<
    SurveyAnswer,
    fc.Arbitrary<ColumnRule>
  >,
);
