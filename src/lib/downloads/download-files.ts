import { site } from "../text/sv/index.ts";
import { openData } from "../text/sv/open-data.ts";
import type { ReportFigures } from "../stats/index.ts";
import type { DataAbout } from "../open-data/data-about.ts";
import { codebookDownload } from "./codebook-download.ts";
import { CSV_FLAVOURS, type CsvFlavour } from "./csv-flavour.ts";
import type { Download } from "./download.ts";
import { reportFiguresJson } from "./report-figures-json.ts";

/** One file in dist/data/: its name, what it holds, its media type and its exact content. */
export interface DownloadFile {
  /** The file's name in data/, e.g. "verksamheter-excel.csv". */
  readonly file: string;
  /** The table (or JSON) it holds, in words, for catalogues. */
  readonly title: string;
  readonly kind: "csv" | "json";
  readonly mediaType: "text/csv" | "application/json";
  /** The file's text, the same each call: the endpoint writes it, the catalogue counts its bytes. */
  readonly body: () => string;
}

const FLAVOURS = Object.keys(CSV_FLAVOURS) as CsvFlavour[];

/**
 * Every file /data/ offers, in the page's order: each table and the codebook in
 * both CSV flavours, then the JSON with every figure. `url` is the report's own
 * address, which the JSON names.
 */
export function downloadFiles(
  downloads: readonly Download[],
  figures: ReportFigures,
  about: DataAbout | null,
  provenance: { readonly builtAt: Date; readonly url: string },
): readonly DownloadFile[] {
  const tables = [...downloads, codebookDownload(downloads, about)];
  return [
    ...tables.flatMap((download) =>
      FLAVOURS.map((flavour) => ({
        file: `${download.name}${CSV_FLAVOURS[flavour].suffix}.csv`,
        title: (flavour === "excel" ? openData.csvExcel : openData.csvStandard)(download.title),
        kind: "csv" as const,
        mediaType: "text/csv" as const,
        body: () => download.csv(flavour),
      })),
    ),
    {
      file: "siffror.json",
      title: openData.json,
      kind: "json",
      mediaType: "application/json",
      body: () =>
        reportFiguresJson(figures, {
          title: site.title(String(figures.current.ar)),
          builtAt: provenance.builtAt,
          url: provenance.url,
        }),
    },
  ];
}
