import { listsUnits } from "../figures/contents.ts";
import { regionSlugs } from "../region-slug.ts";
import type { PublishedDataset, ReportFigures } from "../stats/index.ts";
import { regionPage } from "../text/sv/index.ts";
import type { Download } from "./download.ts";
import { unitsDownload } from "./report-downloads.ts";

/** A region whose page has too many units to list them: its list is a download of its own. */
export interface RegionList {
  readonly lanskod: string;
  /** The download's name; its files are `<name>.csv` and `<name>-excel.csv` in /data/. */
  readonly name: string;
  readonly download: Download;
}

/** The file name of a region's unit list, without flavour suffix and extension. */
export const regionListName = (slug: string) => `verksamheter-${slug}`;

/** One list per region whose page does not list its units one by one. */
export function regionListDownloads(
  dataset: PublishedDataset,
  figures: ReportFigures,
): RegionList[] {
  const slugs = regionSlugs(dataset.regioner.map((r) => r.region));
  return figures.regions
    .filter((report) => report.units.total > 0 && !listsUnits(report))
    .map((report) => {
      const name = regionListName(slugs.get(report.region.region) ?? report.region.lanskod);
      return {
        lanskod: report.region.lanskod,
        name,
        download: unitsDownload(
          dataset,
          report.unitList,
          name,
          regionPage.listTable.caption(report.region.region),
        ),
      };
    });
}
