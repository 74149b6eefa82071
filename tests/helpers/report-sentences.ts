import type { ReportText } from "../../src/lib/text/report-text.ts";

/** Every data-dependent sentence, label and figure of the national page, in page order. */
export function reportSentences(text: ReportText): string[] {
  return [
    text.title,
    text.description,
    ...text.keyFigures.flatMap((figure) => [
      `${figure.value} ${figure.label}`,
      figure.detail ?? "",
    ]),
    ...text.findings,
    ...text.assignment,
    text.development,
    text.geography,
    text.mapCaption,
    text.mapSummary,
    text.areaTypes.finding,
    text.areaTypes.assigned ?? "",
    text.areaTypes.byForm.text ?? "",
    text.healthWork.ageFocus ?? "",
    text.healthWork.collaboration,
    text.aboutData.sources,
    text.aboutData.period,
  ].filter((sentence) => sentence !== "");
}
