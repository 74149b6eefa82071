import type { APIRoute, GetStaticPaths } from "astro";
import { calendarDateText } from "../../lib/data/index.ts";
import {
  CSV_FLAVOURS,
  downloadFiles,
  regionListDownloads,
  type CsvFlavour,
  type DownloadFile,
} from "../../lib/downloads/index.ts";
import { formatIsoDate } from "../../lib/format.ts";
import { catalogueRdf } from "../../lib/open-data/catalogue.ts";
import { CATALOGUE_FILE, catalogueStatus } from "../../lib/open-data/catalogue-status.ts";
import { dataAbout } from "../../lib/open-data/data-about.ts";
import { reportContext } from "../../lib/report-context.ts";
import { paths, sitePath } from "../../lib/site-paths.ts";
import { en } from "../../lib/text/en/index.ts";
import { sv } from "../../lib/text/sv/index.ts";

type Props = { kind: "file"; file: string } | { kind: "catalogue" };

/**
 * The files /data/ offers, as this build writes them; `site` is the site's
 * address (Astro.site), which the JSON names; null where only the names are read.
 */
function files(site: URL | undefined | null): readonly DownloadFile[] {
  const { dataset, downloads, figures, builtAt } = reportContext();
  return downloadFiles(
    downloads,
    figures,
    dataAbout(dataset.datamangd, figures.current.exampleData),
    {
      builtAt,
      url: site === null ? "" : new URL(sitePath(), site).href,
    },
  );
}

/**
 * The unit list of each region too large to list its units on its page, linked
 * from that page: written beside the others, not part of what /data/ offers.
 */
function regionListFiles(): readonly DownloadFile[] {
  const { dataset, figures } = reportContext();
  return regionListDownloads(dataset, figures).flatMap(({ download }) =>
    (Object.keys(CSV_FLAVOURS) as CsvFlavour[]).map((flavour) => ({
      file: `${download.name}${CSV_FLAVOURS[flavour].suffix}.csv`,
      title: download.title,
      kind: "csv" as const,
      mediaType: "text/csv" as const,
      body: () => download.csv(flavour),
    })),
  );
}

/**
 * Every download as a file in dist/data/, generated at build time from the same
 * figures the pages show, and, when the build knows the site's address and the
 * data's publisher and licence, the DCAT-AP-SE catalogue describing them. The
 * catalogue is written here rather than after the build so that its byte sizes
 * come from the very strings the files are written from.
 */
export const getStaticPaths = (() => {
  const { dataset, figures } = reportContext();
  const status = catalogueStatus(dataAbout(dataset.datamangd, figures.current.exampleData));
  return [
    ...[...files(null), ...regionListFiles()].map(({ file }) => ({
      params: { file },
      props: { kind: "file", file } satisfies Props,
    })),
    ...(status.write
      ? [{ params: { file: CATALOGUE_FILE }, props: { kind: "catalogue" } satisfies Props }]
      : []),
  ];
}) satisfies GetStaticPaths;

const CONTENT_TYPES = {
  "text/csv": "text/csv; charset=utf-8",
  "application/json": "application/json; charset=utf-8",
} as const;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const offered = files(site);
  if (props.kind === "file") {
    const file = [...offered, ...regionListFiles()].find(
      (candidate) => candidate.file === props.file,
    );
    if (file === undefined) throw new Error(`No download named ${props.file}`);
    return new Response(file.body(), {
      headers: { "content-type": CONTENT_TYPES[file.mediaType] },
    });
  }
  const { dataset, figures, builtAt } = reportContext();
  const about = dataAbout(dataset.datamangd, figures.current.exampleData);
  if (about === null) throw new Error("The catalogue needs datamangd.csv");
  const absolute = (path: string) => new URL(path, site).href;
  const body = catalogueRdf({
    catalogueUrl: absolute(paths.download(CATALOGUE_FILE)),
    landingPage: absolute(paths.downloads()),
    homepage: absolute(paths.home()),
    about,
    year: figures.current.ar,
    years: figures.series.map((point) => point.ar),
    issued: figures.current.reported === null ? null : calendarDateText(figures.current.reported),
    version: figures.dataVersion,
    modified: formatIsoDate(builtAt),
    files: offered.map((file) => ({
      url: absolute(paths.download(file.file)),
      file: file.file,
      title: file.title,
      kind: file.kind,
      mediaType: file.mediaType,
      bytes: Buffer.byteLength(file.body(), "utf8"),
    })),
    languages: [sv, en],
  });
  return new Response(body, { headers: { "content-type": "application/rdf+xml; charset=utf-8" } });
};
