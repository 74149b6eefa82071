import type { CalendarDate } from "../../data/index.ts";
import { capitalise } from "../wording.ts";
import type { Catalogue } from "../sv/index.ts";
import { onDate } from "./shared.ts";

export const assignment: Catalogue["assignment"] = {
  assigned: (date: CalendarDate | null, publishers: string | null) => {
    const task =
      "survey and analyse the country's family centres and family-centre-like services, and to propose how the units can be supported and developed further";
    if (date !== null)
      return publishers === null
        ? `${capitalise(onDate(date))} the Government commissioned a survey and analysis of the country's family centres and family-centre-like services, with proposals on how the units can be supported and developed further.`
        : `${capitalise(onDate(date))} the Government commissioned ${publishers} to ${task}.`;
    return publishers === null
      ? "The country's family centres and family-centre-like services have been surveyed and analysed, with proposals on how the units can be supported and developed further."
      : `${publishers} have surveyed and analysed the country's family centres and family-centre-like services, and propose how the units can be supported and developed further.`;
  },
  reported: (date: CalendarDate) => `The agencies reported on the assignment ${onDate(date)}.`,
  definitionsHeading: "Two types of service",
  definitions: [
    {
      term: "Family centre (familjecentral)",
      description:
        "Brings antenatal care, child health services, an open preschool and preventive social services together under one roof.",
    },
    {
      term: "Family-centre-like service (familjecentralsliknande verksamhet)",
      description:
        "Has child health services and at least one municipal service, such as an open preschool or preventive social services, but not all four.",
    },
  ],
  purpose:
    "The idea is that families find society's support in one place, close by and easy to reach, with the best interests of the child at the centre and a way on to the right help when it is needed.",
};
