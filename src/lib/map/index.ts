export { mapLegendEntries, renderMap, type MapLegendEntry } from "./render-map.ts";
export { renderLegendSwatch } from "./render-legend.ts";
export { groupByKommun, isAggregated, type MapGroup } from "./aggregate.ts";
export { projectMap } from "./project-map.ts";
export { mapStyle } from "./map-style.ts";
export type {
  MapInput,
  MapLabels,
  MapOptions,
  MapUnit,
  ProjectedArea,
  ProjectedMap,
  ProjectedPoint,
  ProjectedRegion,
} from "./types.ts";
