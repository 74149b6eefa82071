import type { CalendarDate } from "../../data/index.ts";
import { capitalise } from "../wording.ts";
import { onDate } from "./shared.ts";

export const assignment = {
  /** `publishers`: the survey's publishers as one phrase (publikationer.csv); null when the data name none. */
  assigned: (date: CalendarDate | null, publishers: string | null) => {
    const task =
      "kartlägga och analysera familjecentraler och familjecentralsliknande verksamheter i landet, och att föreslå hur verksamheterna kan stödjas och utvecklas vidare";
    if (date !== null)
      return `${capitalise(onDate(date))} gav regeringen ${publishers === null ? "" : `${publishers} `}i uppdrag att ${task}.`;
    return publishers === null
      ? "Familjecentraler och familjecentralsliknande verksamheter i landet har kartlagts och analyserats, med förslag på hur verksamheterna kan stödjas och utvecklas vidare."
      : `${publishers} har kartlagt och analyserat familjecentraler och familjecentralsliknande verksamheter i landet och föreslår hur verksamheterna kan stödjas och utvecklas vidare.`;
  },
  reported: (date: CalendarDate) => `Myndigheterna redovisade uppdraget ${onDate(date)}.`,
  definitionsHeading: "Två verksamhetsformer",
  definitions: [
    {
      term: "Familjecentral",
      description:
        "Samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst med förebyggande inriktning under samma tak.",
    },
    {
      term: "Familjecentralsliknande verksamhet",
      description:
        "Har barnhälsovård och minst en kommunal verksamhet, till exempel öppen förskola eller förebyggande socialtjänst, men inte alla fyra delarna.",
    },
  ],
  purpose:
    "Tanken är att familjen ska hitta samhällets stöd på ett ställe, nära och lätt att nå, med barnets bästa i centrum och med en väg vidare till rätt hjälp när det behövs.",
} as const;
