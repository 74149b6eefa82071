import { currentBuildDate, dataDirectory, loadDataset, type Dataset } from "./data/index.ts";
import { reportDownloads, type Download } from "./downloads/index.ts";
import { reportFigures, type ReportFigures } from "./stats/index.ts";

export interface ReportContext {
  readonly dataset: Dataset;
  readonly figures: ReportFigures;
  readonly downloads: readonly Download[];
  readonly builtAt: Date;
}

/** What every page and download is built from: the validated data, its figures and downloads. */
export function reportContext(directory: string = dataDirectory()): ReportContext {
  const dataset = loadDataset(directory);
  const figures = reportFigures(dataset);
  return {
    dataset,
    figures,
    downloads: reportDownloads(dataset, figures),
    builtAt: currentBuildDate(),
  };
}
