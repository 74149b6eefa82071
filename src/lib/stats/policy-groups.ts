import type { PublicationPolicy, SurveyAnswer } from "../data/index.ts";

/** The answers grouped by how the policy publishes them, in the file's order. */
export interface PolicyGroups {
  readonly perUnit: readonly SurveyAnswer[];
  /** Aggregate-only answers by their smallest group, smallest first. */
  readonly aggregate: readonly {
    readonly minGroup: number;
    readonly answers: readonly SurveyAnswer[];
  }[];
  readonly never: readonly SurveyAnswer[];
}

/** The policy's answers grouped by how they are published (see PolicyGroups). */
export function policyGroups(policy: PublicationPolicy): PolicyGroups {
  const answers = Object.keys(policy.rules) as SurveyAnswer[];
  const minGroups = [
    ...new Set(
      answers.flatMap((a) => {
        const rule = policy.rules[a];
        return rule.publish === "sammanstallning" ? [rule.minGroup] : [];
      }),
    ),
  ].sort((a, b) => a - b);
  return {
    perUnit: answers.filter((a) => policy.rules[a].publish === "per_verksamhet"),
    aggregate: minGroups.map((minGroup) => ({
      minGroup,
      answers: answers.filter((a) => {
        const rule = policy.rules[a];
        return rule.publish === "sammanstallning" && rule.minGroup === minGroup;
      }),
    })),
    never: answers.filter((a) => policy.rules[a].publish === "aldrig"),
  };
}
