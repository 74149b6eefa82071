/**
 * Every reason the loader gives, in Swedish, in one place.
 * Values are quoted as they stand in the file so the analyst can search for them.
 */
import path from "node:path";
import {
  formatCount,
  formatDecimal,
  formatDecimalRange,
  formatInteger,
  formatList,
} from "../format.ts";
import { nouns } from "../text/nouns.ts";
import type { DirectoryName } from "./data-directory.ts";

/** Longest value quoted in a message; a 10 MB field must not become a 10 MB message. */
const MAX_SHOWN = 80;

/** Line separators and the bidirectional controls that can reorder how a terminal shows a line. */
const INVISIBLE = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * A value from a file as it may be shown in one line of a terminal or a page:
 * control characters (line breaks, tabs, terminal escape codes, bidirectional
 * overrides) become visible escapes, and a long value is cut with "…".
 */
export function shown(value: string): string {
  let end = Math.min(value.length, MAX_SHOWN);
  // Never cut a surrogate pair (an emoji) in half.
  if (end < value.length && /[\uD800-\uDBFF]/.test(value.charAt(end - 1))) end--;
  let out = "";
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    const control =
      code < 0x20 || (code >= 0x7f && code <= 0x9f) || INVISIBLE.test(value.charAt(i));
    if (!control) out += value.charAt(i);
    else if (code === 10) out += "\\n";
    else if (code === 13) out += "\\r";
    else if (code === 9) out += "\\t";
    else out += `\\u${code.toString(16).padStart(4, "0")}`;
  }
  return end < value.length ? `${out}…` : out;
}

const quoted = (value: string): string => `"${shown(value)}"`;
const delimiterName = (delimiter: string): string =>
  delimiter === ";" ? "semikolon" : delimiter === "," ? "komma" : quoted(delimiter);

/** Where a column without a name stands: its number, and its letter as Excel and Calc show it. */
interface ColumnPosition {
  readonly position: number;
  readonly letters: string;
}
const columnAt = ({ position, letters }: ColumnPosition): string =>
  `kolumn ${position} (${letters} i Excel)`;

/**
 * Where a data directory's name came from: DATA_DIR as written, and what a
 * relative path became (npm runs scripts from the project's folder, which need
 * not be where the command was typed).
 */
function whereFrom({ dataDir, absolute, cwd }: DirectoryName): string {
  if (dataDir === undefined) return shown(absolute);
  const setting = `DATA_DIR=${shown(dataDir)}`;
  return path.isAbsolute(dataDir)
    ? setting
    : `${setting}, räknat från ${shown(cwd)} blir det ${shown(absolute)}`;
}

/** How to fix coordinates given in SWEREF 99 TM; the example is central Stockholm. */
const TO_WGS84 =
  "räkna om dem till WGS84 i decimalgrader (till exempel lat 59.3293 och lon 18.0686), till exempel i ett GIS-program";

export const messages = {
  notUtf8: (line: number) =>
    `filen är inte UTF-8 (första ogiltiga tecknet på rad ${line}); spara den som "CSV UTF-8 (kommaavgränsad)" i Excel`,
  workbookNotCsv: () =>
    'filen är en Excel- eller Calc-arbetsbok, inte en CSV-fil; öppna den och spara den som "CSV UTF-8 (kommaavgränsad)"',
  utf16: () =>
    'filen är sparad som UTF-16 ("Unicode-text" i Excel); spara den som "CSV UTF-8 (kommaavgränsad)"',
  missingFile: () => "filen saknas",
  missingDirectory: (name: DirectoryName) =>
    `Datan kan inte användas: mappen ${quoted(name.shown)} finns inte (${whereFrom(name)}). ${
      name.dataDir === undefined
        ? "Ange mappen med datafilerna med DATA_DIR, eller kör kommandot i projektets mapp."
        : "Kontrollera DATA_DIR."
    }`,
  notADirectory: (name: DirectoryName) =>
    `Datan kan inte användas: ${quoted(name.shown)} är en fil, inte en mapp (${whereFrom(name)}). ${
      name.dataDir === undefined ? "Datamappen" : "DATA_DIR"
    } ska vara mappen som innehåller datafilerna.`,
  emptyFile: () => "filen är tom",
  headerOnly: () => "filen har bara en rubrikrad och inga datarader",
  unclosedQuote: () => 'ett citattecken (") öppnas men stängs aldrig',
  badQuote: () => 'felaktigt placerat citattecken (")',
  fieldCount: (found: number, expected: number) =>
    `raden har ${found} fält men rubrikraden har ${expected}; kontrollera avgränsare och citattecken`,
  missingColumn: () => "kolumnen saknas i rubrikraden",
  unknownColumn: (name: string) =>
    `okänd kolumn ${quoted(name)}; tillåtna kolumner finns i data/README.md`,
  duplicateColumn: () => "kolumnen finns mer än en gång i rubrikraden",
  unnamedEmptyColumn: (column: ColumnPosition) =>
    `${columnAt(column)} saknar rubrik och har inga värden; ta bort kolumnen, eller ge den ett av namnen i data/README.md`,
  unnamedColumnWithValues: (
    column: ColumnPosition,
    first: { rows: number; line: number; value: string },
  ) =>
    `${columnAt(column)} saknar rubrik men har värden på ${formatCount(first.rows, nouns.rad)} (första: ${quoted(first.value)} på rad ${first.line}); ge kolumnen ett av namnen i data/README.md, eller ta bort värdena om de inte hör till datan`,
  emptyValue: () => "värde saknas",
  surroundingSpace: (value: string) => `värdet ${quoted(value)} har blanksteg före eller efter`,
  notDigits: (value: string, digits: number) =>
    `${quoted(value)} ska vara exakt ${formatCount(digits, nouns.siffra)}`,
  missingLeadingZero: (value: string, digits: number) =>
    `${quoted(value)} ska vara exakt ${formatCount(digits, nouns.siffra)}; saknas en inledande nolla (Excel tar ofta bort den)?`,
  notOneOf: (value: string, allowed: readonly string[]) =>
    `${quoted(value)} är inte ett tillåtet värde (tillåtna: ${allowed.map(quoted).join(", ")})`,
  notNumber: (value: string) => `${quoted(value)} är inte ett tal`,
  decimalCommaInCommaFile: (value: string) =>
    `${quoted(value)} har decimalkomma i en kommaavgränsad fil; använd decimalpunkt, eller semikolon som avgränsare`,
  notCalendarDate: (value: string) =>
    `${quoted(value)} är inget giltigt datum; skriv år-månad-dag som 2023-09-29, eller bara år-månad som 2022-06`,
  notDay: (value: string) =>
    `${quoted(value)} är inget giltigt datum; skriv år-månad-dag som 2026-03-01`,
  notWebAddress: (value: string) =>
    `${quoted(value)} är ingen webbadress; skriv hela adressen, till exempel "https://www.scb.se/"`,
  unknownRegionName: (value: string) =>
    `regionen ${quoted(value)} finns inte i regioner.csv; skriv regionens namn som där`,
  regionOnlyForUnits: () =>
    "en region kan bara anges för uppgiften verksamheter; lämna fältet tomt för kommuner och regioner",
  notInteger: (value: string) => `${quoted(value)} är inte ett heltal`,
  outOfRange: (value: string, min: number, max: number) =>
    `${quoted(value)} ligger utanför det tillåtna intervallet ${min}–${max}`,
  emptyRegionSlug: (name: string) =>
    `regionens namn ${quoted(name)} ger ingen webbadress; namnet behöver innehålla bokstäver eller siffror`,
  duplicateRegionSlug: (slug: string, firstLine: number) =>
    `regionens sida skulle få samma webbadress (/region/${slug}/) som regionen på rad ${firstLine}; ändra namnet`,
  duplicateKey: (value: string, firstLine: number) =>
    `${quoted(value)} finns redan på rad ${firstLine}; värdet måste vara unikt`,
  unknownKommunkod: (value: string) =>
    `okänd kommunkod ${quoted(value)} (finns inte i data/kommuner.csv)`,
  unknownLanskod: (value: string) =>
    `okänd länskod ${quoted(value)} (finns inte i data/regioner.csv)`,
  kommunkodOutsideLan: (kommunkod: string, lanskod: string) =>
    `kommunkoden ${quoted(kommunkod)} börjar inte med länskoden ${quoted(lanskod)}`,
  coordinatesSwapped: () =>
    "koordinaten ligger utanför Sverige men skulle hamna i Sverige om lat och lon bytte plats; har kolumnerna bytt plats?",
  sweref99Tm: (lat: string, lon: string) =>
    `koordinaterna (lat ${quoted(lat)}, lon ${quoted(lon)}) ser ut att vara SWEREF 99 TM, alltså meter norrut och österut, inte grader; ${TO_WGS84}`,
  sweref99TmSwapped: (lat: string, lon: string) =>
    `koordinaterna (lat ${quoted(lat)}, lon ${quoted(lon)}) ser ut att vara SWEREF 99 TM, alltså meter och inte grader, med norr och öster i fel kolumner (norrkoordinaten står i lon); ${TO_WGS84}`,
  latitudeOutsideSweden: (value: string, min: number, max: number) =>
    `latituden ${quoted(value)} ligger utanför Sverige (${formatDecimalRange(min, max)} grader nord)`,
  longitudeOutsideSweden: (value: string, min: number, max: number) =>
    `longituden ${quoted(value)} ligger utanför Sverige (${formatDecimalRange(min, max)} grader öst)`,
  familjecentralNeedsAllServices: (missing: readonly string[]) =>
    `en familjecentral ska ha mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst, men ${missing.join(", ")} är "nej"`,
  liknandeNeedsBvc: () => 'en familjecentralsliknande verksamhet ska ha barnhälsovård (bvc = "ja")',
  liknandeNeedsMunicipalService: () =>
    'en familjecentralsliknande verksamhet ska ha minst en kommunal verksamhet (oppen_forskola eller socialtjanst = "ja")',
  liknandeHasAllServices: () =>
    'verksamheten har alla fyra verksamheterna och är därmed en familjecentral; ändra verksamhetsform till "familjecentral"',
  currentSurveyNotLatest: (currentYear: number, latestYear: number) =>
    `den aktuella kartläggningen (tomt antal) är från ${currentYear}, men det finns en senare kartläggning från ${latestYear}; den senaste kartläggningen ska vara den aktuella och ha tomt antal`,
  surveyDateAfterReport: () => "datumet då uppdraget gavs ligger efter datumet då det redovisades",
  currentSurveyNotEmpty: (year: number) =>
    `den senaste kartläggningen, ${year}, ska ha tomt antal: det är den aktuella, och dess antal räknas fram ur verksamheter.csv`,
  earlierUnitsName: (name: string) =>
    `filen ${quoted(name)} ser ut att vara en tidigare kartläggnings verksamheter, men namnet ska vara verksamheter-ÅÅÅÅ.csv med kartläggningens år, till exempel verksamheter-2023.csv; döp om filen eller flytta den ur mappen`,
  earlierUnitsNoSurvey: (year: number, surveyFile: string) =>
    `det finns ingen kartläggning ${year} i ${surveyFile}; lägg till dess rad med antal, eller döp om filen till rätt år`,
  earlierUnitsIsCurrent: (year: number, currentFile: string) =>
    `${year} är den aktuella kartläggningen, vars verksamheter ska ligga i ${currentFile}; en sparad fil ska gälla en tidigare kartläggning`,
  earlierUnitsCount: (year: number, antal: number, file: string, rows: number) =>
    `antalet för ${year} är ${antal}, men ${file} har ${rows} ${rows === 1 ? "verksamhet" : "verksamheter"}; de ska stämma, eftersom rapporten jämför kartläggningarna både i hela landet och per region`,
  earlierUnitsNoSharedId: (year: number, currentFile: string) =>
    `ingen verksamhet här har samma id som någon i ${currentFile}: varje verksamhet räknas då som ny sedan ${year}. Använd samma id för en verksamhet som finns med i båda kartläggningarna`,
  earlierSurveyEmpty: (year: number, current: number) =>
    `fyll i antalet verksamheter för ${year}; bara den aktuella kartläggningen (${current}) ska ha tomt antal`,
  pointInOtherRegion: (
    lat: number,
    lon: number,
    foundIn: string,
    expected: string,
    kommunkod: string,
  ) =>
    `punkten (${formatDecimal(lat, 4)}, ${formatDecimal(lon, 4)}) ligger i ${foundIn}, inte i ${expected} där kommunen ${kommunkod} ligger`,
  pointOutsideRegions: (
    lat: number,
    lon: number,
    distanceKm: number,
    expected: string,
    kommunkod: string,
  ) =>
    `punkten (${formatDecimal(lat, 4)}, ${formatDecimal(lon, 4)}) ligger utanför alla regioner på kartan, ${formatDecimal(distanceKm)} km från ${expected} där kommunen ${kommunkod} ligger`,
  regionNotOnMap: (expected: string, lanskod: string, mapFile: string) =>
    `${expected} (länskod ${quoted(lanskod)}) finns inte på kartan i data/${mapFile}`,
  tabDelimited: () =>
    "filen är tabbavgränsad; spara den som CSV med komma eller semikolon som avgränsare (i Excel: CSV UTF-8)",
  excelSepLine: () =>
    'första raden är en Excel-instruktion ("sep=…"), inte en rubrikrad; ta bort raden så att rubrikraden kommer först',
  singleColumnHeader: (expected: number) =>
    `rubrikraden har bara en kolumn men ska ha ${expected}; avgränsaren ska vara komma eller semikolon (är filen sparad med en annan avgränsare?)`,
  otherDelimiter: (found: number, expected: number, fileDelimiter: string, rowDelimiter: string) =>
    `raden har ${found} fält men rubrikraden har ${expected}; raden verkar vara avgränsad med ${delimiterName(rowDelimiter)} men rubrikraden med ${delimiterName(fileDelimiter)}. Använd samma avgränsare i hela filen`,
  mojibake: (value: string, wrong: string, right: string) =>
    `${quoted(value)} ser ut att vara felkodad text: ${quoted(wrong)} är troligen ${quoted(right)}. Filen har någon gång öppnats med fel teckenkodning och sparats om; utgå från originalfilen och spara den som "CSV UTF-8"`,
  moreOfSameKind: (count: number) => `…och ${formatInteger(count)} fel till av samma slag`,
  moreInColumn: (count: number) => `…och ${formatInteger(count)} fel till i samma kolumn`,
  moreInFile: (count: number) => `…och ${formatInteger(count)} fel till i filen`,
  errorHeading: (total: number) => `Datan kan inte användas: ${formatInteger(total)} fel hittades.`,
  errorHeadingLimited: (total: number, perKind: number, perFile: number) =>
    `Datan kan inte användas: ${formatInteger(total)} fel hittades. Här visas de första ${perKind} av varje slag, högst ${perFile} per fil.`,
  likelyDuplicateUnit: (p: {
    name: string;
    id: string;
    firstLine: number;
    firstId: string;
    metres: number;
  }) =>
    `${quoted(p.name)} ser ut att vara samma verksamhet som på rad ${p.firstLine}: samma namn, kommun och läge (inom ${p.metres} m) men ett annat id, ${quoted(p.id)} här och ${quoted(p.firstId)} där. Är det samma verksamhet två gånger, ta bort den ena raden; är det två verksamheter i samma hus kan varningen lämnas`,
  warningHeading: (count: number) =>
    `${formatCount(count, nouns.varning)} att kontrollera (varningar stoppar inte bygget):`,
  moreWarnings: (count: number) => `…och ${formatCount(count, nouns.varning)} till.`,
  badListItem: (value: string) =>
    `${quoted(value)} har ett tomt led eller blanksteg runt ett led; skriv leden åtskilda med semikolon, till exempel "Folkhälsomyndigheten; Socialstyrelsen"`,
  unknownSurveyYear: (year: number) =>
    `året ${year} finns inte i kartlaggningar.csv; varje rad ska gälla en kartläggning där`,
  publishersCount: (swedish: number, english: number) =>
    `${formatCount(english, nouns.utgivare)} på engelska men ${formatCount(swedish, nouns.utgivare)} på svenska; ange lika många, i samma ordning`,
  badIsbn: (value: string) =>
    `${quoted(value)} är inte ett giltigt ISBN (13 eller 10 siffror med rätt kontrollsiffra, bindestreck tillåtna)`,
  badLicence: (value: string) =>
    `${quoted(value)} är ingen adress; ange licensens adress, till exempel "https://creativecommons.org/licenses/by/4.0/"`,
  datasetRows: (count: number) =>
    count === 0
      ? "filen har ingen rad; skriv en rad med utgivare, kontakt och licens"
      : `filen har ${count} rader men ska ha en: datan har en utgivare och en licens`,
  badOrganisationNumber: (value: string) =>
    `${quoted(value)} är inget organisationsnummer (tio siffror, gärna med bindestreck efter den sjätte, och rätt kontrollsiffra)`,
  badEmail: (value: string) => `${quoted(value)} är ingen e-postadress`,
  badWebAddress: (value: string) =>
    `${quoted(value)} är ingen webbadress; ange en hel adress som börjar med https://`,
  licenceNotAddress: (value: string) =>
    `${quoted(value)} är ingen adress; ange licensens adress, till exempel "http://creativecommons.org/licenses/by/4.0/"`,
  licenceNotCanonical: (value: string, canonical: string) =>
    `skriv licensen exakt som ${quoted(canonical)}, inte ${quoted(value)}: dataportalen känner igen en Creative Commons-licens bara på den adressen (http, utan "deed" och med avslutande snedstreck)`,
  licenceUnknownCc: (value: string) =>
    `${quoted(value)} är ingen Creative Commons-licens som går att känna igen; ange till exempel "http://creativecommons.org/licenses/by/4.0/" eller "http://creativecommons.org/publicdomain/zero/1.0/"`,
  identityNotPerUnit: (column: string) =>
    `${quoted(column)} måste vara per_verksamhet: rapportens karta och listor visar den för varje verksamhet, precis som myndigheternas egen karta`,
  minGroupOutsideAggregate: (publiceras: string) =>
    `minsta_grupp gäller bara kolumner som publiceras i sammanställningar; lämna den tom när publiceras är ${quoted(publiceras)}`,
  policyColumnMissing: (column: string) =>
    `publiceringsregeln saknar en rad för kolumnen ${quoted(column)} i verksamheter.csv; lägg till den (per_verksamhet, sammanstallning eller aldrig)`,
  dataChanged: (file: string) => `${file} har ändrats; datan kontrolleras och sidan laddas om.`,
  dataOk: (p: {
    directory: string;
    verksamheter: number;
    kommuner: number;
    regioner: number;
    kartlaggningar: number;
    version: string;
    /** Kept earlier surveys' units: year and count. */
    earlier?: readonly { readonly ar: number; readonly antal: number }[];
  }) =>
    `Datan i ${p.directory} är korrekt: ${formatCount(p.verksamheter, nouns.verksamhet)}, ${formatCount(p.kommuner, nouns.kommun)}, ${formatCount(p.regioner, nouns.region)} och ${formatCount(p.kartlaggningar, nouns.kartlaggning)} (dataversion ${p.version}).` +
    (p.earlier === undefined || p.earlier.length === 0
      ? ""
      : ` Sparade verksamheter från tidigare kartläggningar: ${formatList(p.earlier.map(({ ar, antal }) => `${ar} (${formatCount(antal, nouns.verksamhet)})`))}.`),
} as const;
