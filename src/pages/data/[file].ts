import type { APIRoute, GetStaticPaths } from "astro";
import {
  codebookDownload,
  CSV_FLAVOURS,
  regionListDownloads,
  reportFiguresJson,
  type CsvFlavour,
  type Download,
} from "../../lib/downloads/index.ts";
import { reportContext } from "../../lib/report-context.ts";
import { sitePath } from "../../lib/site-paths.ts";
import { site } from "../../lib/strings.ts";

type Props = { kind: "csv"; name: string; flavour: CsvFlavour } | { kind: "json" };

const FLAVOURS = Object.keys(CSV_FLAVOURS) as CsvFlavour[];

/**
 * The CSV files: every download the data page offers, its codebook, and the
 * unit list of each region too large to list its units on its page.
 */
function csvTables(): Download[] {
  const { dataset, downloads, figures } = reportContext();
  const regionLists = regionListDownloads(dataset, figures).map((list) => list.download);
  return [...downloads, codebookDownload(downloads), ...regionLists];
}

/** Every download as a file in dist/data/, generated at build time from the same figures the pages show. */
export const getStaticPaths = (() => {
  const tables = csvTables();
  return [
    ...tables.flatMap((download) =>
      FLAVOURS.map((flavour) => ({
        params: { file: `${download.name}${CSV_FLAVOURS[flavour].suffix}.csv` },
        props: { kind: "csv", name: download.name, flavour } satisfies Props,
      })),
    ),
    { params: { file: "siffror.json" }, props: { kind: "json" } satisfies Props },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site: siteUrl }) => {
  const { figures, builtAt } = reportContext();
  if (props.kind === "json") {
    const body = reportFiguresJson(figures, {
      title: site.title(String(figures.current.ar)),
      builtAt,
      url: new URL(sitePath(), siteUrl).href,
    });
    return new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } });
  }
  const table = csvTables().find((download) => download.name === props.name);
  if (table === undefined) throw new Error(`No download named ${props.name}`);
  return new Response(table.csv(props.flavour), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  });
};
