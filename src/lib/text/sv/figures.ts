export const figure = {
  source: (source: string) => `Källa: ${source}`,
  /** The map's source line: the survey and the base map its borders are drawn from. */
  mapSource: (source: string) =>
    `Källa: ${source}. Kartunderlag: Natural Earth, länsgränser och grannländer, förenklade (public domain).`,
  showTable: "Visa siffrorna som tabell",
} as const;

/**
 * Numbered figures and tables: the label that starts a caption ("Figur 3."), the
 * words a sentence refers to one with ("se figur 3"), and the printed list of them.
 */
export const numbering = {
  label: { figure: (n: string) => `Figur ${n}`, table: (n: string) => `Tabell ${n}` },
  reference: { figure: (n: string) => `figur ${n}`, table: (n: string) => `tabell ${n}` },
  listHeading: "Figurer och tabeller",
  /** The column of page numbers in the printed contents, for screen readers of the PDF. */
  page: "Sida",
} as const;

/** A figure's downloads: the links beside it on screen and the words inside each file. */
export const figureDownloads = {
  label: (figure: string) => `Ladda ner ${figure}`,
  svg: "SVG",
  png: "PNG",
  csvExcel: "Data för Excel (CSV)",
  csvStandard: "Data, standard-CSV",
  /** The line under the figure in the files. */
  source: (source: string) => `Källa: ${source}.`,
  /** What each of the first lines of a figure's CSV holds. */
  note: { figure: "Figur", source: "Källa", version: "Dataversion", publisher: "Utgivare" },
  version: (version: string, built: string) => `Dataversion ${version}, byggd ${built}.`,
  publisher: (publishers: string, report: string) => `${publishers}: ${report}.`,
} as const;

/** Sentences that point to a numbered figure or table ("figur 2"). */
export const crossReference = {
  map: (figure: string, table: string) =>
    `Kartan i ${figure} visar var verksamheterna ligger, och ${table} ger antalen per region och hur många av regionens kommuner som har en verksamhet.`,
  areaTypes: (figure: string, table: string) =>
    `Hur verksamheterna fördelar sig på områdestyperna visas i ${figure}, med siffrorna i ${table}.`,
  ageGroups: (table: string) => `Antalen per målgrupp finns i ${table}.`,
  regionMap: (figure: string, table: string, units: number) =>
    units === 0
      ? `Kartan i ${figure} visar regionen, som inte har någon verksamhet, och ${table} listar regionens kommuner.`
      : `Kartan i ${figure} visar regionens verksamheter, och ${table} ger antalen per kommun.`,
} as const;
