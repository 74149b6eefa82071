export {
  areaTypeByFormChart,
  areaTypeByFormChartData,
  type AreaGroupKey,
  type AreaTypeByFormChartData,
  type AreaTypeByFormChartLabels,
  type AreaTypeByFormRow,
} from "./area-type-by-form-chart.ts";
export {
  areaTypeChart,
  areaTypeChartData,
  type AreaTypeChartData,
  type AreaTypeChartLabels,
  type AreaTypeRow,
} from "./area-type-chart.ts";
export type { ChartOptions } from "./chart-options.ts";
export {
  collaborationChart,
  collaborationChartData,
  type CollaborationChartLabels,
  type CollaborationRow,
} from "./collaboration-chart.ts";
export type { BarPaint, BarRow } from "./horizontal-bars.ts";
export type { LegendItem } from "./legend.ts";
export { renderPlot, type RenderPlotOptions } from "./render-plot.ts";
export {
  surveyChangeChart,
  surveyChangeChartData,
  type SurveyChangeChartLabels,
  type SurveyChangeRow,
} from "./survey-change-chart.ts";
export {
  regionChangeChart,
  regionChangeChartData,
  type RegionChangeChartLabels,
  type RegionChangeRow,
} from "./region-change-chart.ts";
