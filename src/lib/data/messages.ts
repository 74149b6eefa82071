/**
 * Every reason the loader gives, in Swedish, in one place.
 * Values are quoted as they stand in the file so the analyst can search for them.
 */
import { formatDecimal } from "../format.ts";

const quoted = (value: string): string => `"${value}"`;
const range = (min: number, max: number): string => `${formatDecimal(min)}–${formatDecimal(max)}`;

export const messages = {
  notUtf8: (line: number) =>
    `filen är inte UTF-8 (första ogiltiga tecknet på rad ${line}); spara den som "CSV UTF-8 (kommaavgränsad)" i Excel`,
  missingFile: () => "filen saknas",
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
  emptyValue: () => "värde saknas",
  surroundingSpace: (value: string) => `värdet ${quoted(value)} har blanksteg före eller efter`,
  notDigits: (value: string, digits: number) => `${quoted(value)} ska vara exakt ${digits} siffror`,
  missingLeadingZero: (value: string, digits: number) =>
    `${quoted(value)} ska vara exakt ${digits} siffror; saknas en inledande nolla (Excel tar ofta bort den)?`,
  notOneOf: (value: string, allowed: readonly string[]) =>
    `${quoted(value)} är inte ett tillåtet värde (tillåtna: ${allowed.map(quoted).join(", ")})`,
  notNumber: (value: string) => `${quoted(value)} är inte ett tal`,
  decimalCommaInCommaFile: (value: string) =>
    `${quoted(value)} har decimalkomma i en kommaavgränsad fil; använd decimalpunkt, eller semikolon som avgränsare`,
  notInteger: (value: string) => `${quoted(value)} är inte ett heltal`,
  outOfRange: (value: string, min: number, max: number) =>
    `${quoted(value)} ligger utanför det tillåtna intervallet ${min}–${max}`,
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
  latitudeOutsideSweden: (value: string, min: number, max: number) =>
    `latituden ${quoted(value)} ligger utanför Sverige (${range(min, max)} grader nord)`,
  longitudeOutsideSweden: (value: string, min: number, max: number) =>
    `longituden ${quoted(value)} ligger utanför Sverige (${range(min, max)} grader öst)`,
  familjecentralNeedsAllServices: (missing: readonly string[]) =>
    `en familjecentral ska ha mödrahälsovård, barnhälsovård, öppen förskola och socialtjänst, men ${missing.join(", ")} är "nej"`,
  liknandeNeedsBvc: () => 'en familjecentralsliknande verksamhet ska ha barnhälsovård (bvc = "ja")',
  liknandeNeedsMunicipalService: () =>
    'en familjecentralsliknande verksamhet ska ha minst en kommunal verksamhet (oppen_forskola eller socialtjanst = "ja")',
  liknandeHasAllServices: () =>
    'verksamheten har alla fyra verksamheterna och är därmed en familjecentral; ändra verksamhetsform till "familjecentral"',
  currentSurveyCount: (found: number) =>
    `exakt en kartläggning ska ha tomt antal (den aktuella, som räknas fram ur verksamheter.csv), men ${found} har det`,
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
  regionNotOnMap: (expected: string, lanskod: string) =>
    `${expected} (länskod ${quoted(lanskod)}) finns inte på kartan i data/sverige.topo.json`,
} as const;
