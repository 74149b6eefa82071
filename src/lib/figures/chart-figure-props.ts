import { tableOf } from "./contents.ts";
import type { DownloadsOf } from "./figure-files.ts";
import type { Numbering } from "./numbering.ts";

/** A chart figure's numbered parts (its label, its table's id and label) and its downloads. */
export function chartFigureProps(numbering: Numbering, downloadsOf: DownloadsOf, id: string) {
  return {
    id,
    label: numbering.get(id).label,
    tableId: tableOf(id),
    tableLabel: numbering.get(tableOf(id)).label,
    downloads: downloadsOf(id),
  };
}
