import type { Dataset, Region } from "../../src/lib/data/index.ts";
import { regionReportOf, reportFigures, type RegionReport } from "../../src/lib/stats/index.ts";

/** One region's page figures, as the site computes them with every other region's. */
export const regionFigures = (dataset: Dataset, region: Region): RegionReport =>
  regionReportOf(reportFigures(dataset).regions, region);
