export { codebookDownload } from "./codebook-download.ts";
export { CSV_FLAVOURS, type CsvFlavour } from "./csv-flavour.ts";
export { toDownload, type CodebookEntry, type Download } from "./download.ts";
export { neutraliseFormula } from "./neutralise-formula.ts";
export { reportDownloads } from "./report-downloads.ts";
export { reportFiguresJson } from "./report-figures-json.ts";
export type { DownloadColumn, DownloadTable, LeftOutColumn } from "./table.ts";
export { toCsv } from "./to-csv.ts";
export { downloadFiles, type DownloadFile } from "./download-files.ts";
