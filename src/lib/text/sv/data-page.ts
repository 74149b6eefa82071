import { nouns } from "../nouns.ts";
import { formatCount } from "../../format.ts";

export const downloadsPage = {
  title: (year: string) => `Ladda ner data – familjecentraler ${year}`,
  description: (year: string) =>
    `Ladda ner siffrorna i rapporten om familjecentraler ${year} som CSV för Excel och statistikprogram, eller som JSON.`,
  heading: "Ladda ner data",
  lead: "Alla siffror i rapporten går att ladda ner. Filerna skapas ur samma data och samma beräkningar som sidorna, varje gång rapporten byggs.",
  flavours:
    "Varje tabell finns i två varianter: för Excel med svenska inställningar (semikolon och decimalkomma, UTF-8 med BOM) och i standardformat (komma och decimalpunkt, UTF-8) för statistikprogram och skript.",
  leadingZeros:
    "Koder som kommunkod och länskod har inledande nollor (0114). Excel tar bort nollorna redan när en CSV-fil öppnas med dubbelklick, och de kommer inte tillbaka om kolumnen formateras som text efteråt. Importera i stället filen (i Excel: Data > Från text/CSV) och ange att kodkolumnerna är text, eller läs filen i ett statistikprogram som behåller koderna som text.",
  exampleData: "Observera att uppgifterna per verksamhet är exempeldata.",
  tablesHeading: "Tabeller",
  rows: (count: number) => formatCount(count, nouns.rad),
  excel: "För Excel",
  standard: "Standard-CSV",
  jsonHeading: "Alla siffror som JSON",
  json: "Alla siffror som visas i rapporten, med dataversion och byggdatum, i en JSON-fil.",
  jsonLink: "siffror.json",
  safety:
    "Textfält som börjar med =, +, - eller @ skrivs med en inledande apostrof, så att inget kalkylprogram tolkar dem som formler.",
  codebookHeading: "Kodbok",
  codebookIntro: "Vad varje kolumn i filerna betyder. Kodboken finns också som fil:",
  codebookCaption: (file: string) => `Kolumner i ${file}`,
  codebookColumns: {
    column: "Kolumn",
    meaning: "Betydelse",
    unit: "Enhet",
    allowed: "Tillåtna värden",
  },
  version: (version: string, date: string) => `Dataversion ${version}, byggd ${date}.`,
} as const;
