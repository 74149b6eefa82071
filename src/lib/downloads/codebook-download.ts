import { codebook as text } from "../strings.ts";
import { toDownload, type CodebookEntry, type Download } from "./download.ts";

interface CodebookRow extends CodebookEntry {
  readonly file: string;
}

/** The codebook of every download, itself offered as a table. */
export function codebookDownload(downloads: readonly Download[]): Download {
  const rows: CodebookRow[] = downloads.flatMap((download) => [
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
