import type { SurveyAnswer } from "../../data/index.ts";
import { english as f } from "../../format.ts";
import { nounsEn as nouns } from "../nouns.ts";
import { capitalise } from "../wording.ts";
import { type PolicyGroups, type Withheld } from "../../stats/index.ts";

export const answerLabel: Readonly<Record<SurveyAnswer, string>> = {
  omradestyp: "area type",
  malgrupp: "main age group",
  mvc: "maternal health care",
  bvc: "child health care",
  oppen_forskola: "open preschool",
  socialtjanst: "preventive social services",
  samverkan_bibliotek: "collaboration with libraries",
  samverkan_forskola: "collaboration with preschools",
  samverkan_tandvard: "collaboration with dental care",
  samverkan_psykolog: "collaboration with psychologists",
};

export const policy = {
  heading: "Figures on individual units",
  method: (groups: PolicyGroups) =>
    [
      "The survey's answers about individual units are not public.",
      ...groups.aggregate.map(
        (group) =>
          `Figures on ${f.list(group.answers.map((a) => answerLabel[a]))} are given only for groups of at least ${f.count(group.minGroup, nouns.verksamhet)}; where a figure would rest on fewer, two dots (..) stand in its place.`,
      ),
      ...(groups.never.length === 0
        ? []
        : [`Figures on ${f.list(groups.never.map((a) => answerLabel[a]))} are not published.`]),
      ...(groups.perUnit.length === 0
        ? []
        : [
            `${capitalise(f.list(groups.perUnit.map((a) => answerLabel[a])))} ${groups.perUnit.length === 1 ? "is" : "are"} shown for each unit.`,
          ]),
    ].join(" "),
};

export const withheld = {
  mark: "..",
  legend: (w: Withheld) =>
    w.withheld === "not-published"
      ? "..: not published"
      : w.withheld === "small-group"
        ? `..: fewer than ${f.integer(w.minGroup)} units, not shown`
        : `..: not shown, so that a group of fewer than ${f.integer(w.minGroup)} units cannot be worked out from the total`,
  sentence: (topic: string, w: Withheld) =>
    w.withheld === "not-published"
      ? `Figures on ${topic} are not published in the report.`
      : w.withheld === "small-group"
        ? `Figures on ${topic} are not shown, as they would be based on fewer than ${f.integer(w.minGroup)} units.`
        : `Figures on ${topic} are not shown, as a group of fewer than ${f.integer(w.minGroup)} units could otherwise be worked out.`,
  topics: {
    areaTypes: "area types",
    byForm: "area types by form",
    ageGroups: "the main age group",
    collaboration: "collaboration",
    regionAreaTypes: (region: string) => `area types in ${region}`,
  },
  part: (label: string) => `${label} not shown`,
};
