import type { Catalogue } from "../sv/index.ts";

export const figure: Catalogue["figure"] = {
  source: (source: string) => `Source: ${source}`,
  mapSource: (source: string) =>
    `Source: ${source}. Base map: Natural Earth, county borders and neighbouring countries, simplified (public domain).`,
  showTable: "Show the figures as a table",
};

export const numbering: Catalogue["numbering"] = {
  label: { figure: (n: string) => `Figure ${n}`, table: (n: string) => `Table ${n}` },
  reference: { figure: (n: string) => `figure ${n}`, table: (n: string) => `table ${n}` },
  listHeading: "Figures and tables",
  page: "Page",
};

export const figureDownloads: Catalogue["figureDownloads"] = {
  label: (figure: string) => `Download ${figure}`,
  svg: "SVG",
  png: "PNG",
  csvExcel: "Data for Excel with Swedish settings (CSV)",
  csvStandard: "Data, standard CSV",
  source: (source: string) => `Source: ${source}.`,
  note: { figure: "Figure", source: "Source", version: "Data version", publisher: "Publisher" },
  version: (version: string, built: string) => `Data version ${version}, built ${built}.`,
  publisher: (publishers: string, report: string) => `${publishers}: ${report}.`,
};

export const crossReference: Catalogue["crossReference"] = {
  map: (figure: string, table: string) =>
    `The map in ${figure} shows where the units are, and ${table} gives the numbers per region and how many of each region's municipalities have a unit.`,
  areaTypes: (figure: string, table: string) =>
    `How the units are distributed across the area types is shown in ${figure}, with the figures in ${table}.`,
  ageGroups: (table: string) => `The numbers per target group are in ${table}.`,
  regionMap: (figure: string, table: string, units: number) =>
    units === 0
      ? `The map in ${figure} shows the region, which has no unit, and ${table} lists its municipalities.`
      : `The map in ${figure} shows the region's units, and ${table} gives the numbers per municipality.`,
};
