import type { DataAbout } from "../open-data/data-about.ts";
import { codebook as text } from "../text/sv/index.ts";
import { openData } from "../text/sv/open-data.ts";
import { toDownload, type CodebookEntry, type Download } from "./download.ts";

interface CodebookRow extends CodebookEntry {
  readonly file: string;
}

/** The row that opens a file's part of the codebook: its publisher, licence and contact. */
function fileRow(download: Download, about: DataAbout): CodebookRow {
  return {
    file: `${download.name}.csv`,
    name: openData.wholeFile,
    meaning: openData.fileFacts({
      title: download.title,
      publisher: about.publisher.name,
      licence: about.licence.name,
      uri: about.licence.uri,
      email: about.contact.email,
      exampleData: about.exampleData,
    }),
    unit: "",
    allowed: "",
  };
}

/**
 * The codebook of every download, itself offered as a table. With the data's
 * publisher and licence (datamangd.csv), each file's part opens with a row
 * that states them for the whole file.
 */
export function codebookDownload(
  downloads: readonly Download[],
  about: DataAbout | null = null,
): Download {
  const rows: CodebookRow[] = downloads.flatMap((download) => [
    ...(about === null ? [] : [fileRow(download, about)]),
    ...download.codebook.map((entry) => ({ file: `${download.name}.csv`, ...entry })),
    ...download.leftOut.map((left) => ({
      file: `${download.name}.csv`,
      name: left.name,
      meaning: text.leftOut(left.meaning, left.why),
      unit: "",
      allowed: "",
    })),
  ]);
  const column = (name: string, meaning: string, value: (row: CodebookRow) => string) =>
    ({ name, kind: "text", meaning, unit: "", allowed: text.allowed.text, value }) as const;
  return toDownload<CodebookRow>({
    name: "kodbok",
    title: text.tables.kodbok,
    columns: [
      column("fil", text.codebookColumns.file, (row) => row.file),
      column("kolumn", text.codebookColumns.column, (row) => row.name),
      column("betydelse", text.codebookColumns.meaning, (row) => row.meaning),
      column("enhet", text.codebookColumns.unit, (row) => row.unit),
      column("tillatna_varden", text.codebookColumns.allowed, (row) => row.allowed),
    ],
    rows,
  });
}
