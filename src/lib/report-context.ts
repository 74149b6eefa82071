import { currentBuildDate, dataDirectory, loadDataset } from "./data/index.ts";
import { reportDownloads, type Download } from "./downloads/index.ts";
import {
  publishedDataset,
  reportFigures,
  type PublishedDataset,
  type ReportFigures,
} from "./stats/index.ts";

export interface ReportContext {
  /**
   * The data as it may be published: each unit without the answers the policy
   * keeps back. The survey's answers reach pages only as `figures`.
   */
  readonly dataset: PublishedDataset;
  readonly figures: ReportFigures;
  readonly downloads: readonly Download[];
  readonly builtAt: Date;
}

/** What every page and download is built from: the published data, its figures and downloads. */
export function reportContext(directory: string = dataDirectory()): ReportContext {
  const survey = loadDataset(directory);
  const figures = reportFigures(survey);
  const dataset = publishedDataset(survey);
  return {
    dataset,
    figures,
    downloads: reportDownloads(dataset, figures),
    builtAt: currentBuildDate(),
  };
}
