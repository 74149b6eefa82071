export { aspectRatioOf } from "./aspect-ratio.ts";
export { escapeXml } from "./escape-xml.ts";
export { roundCoordinates, serializeSvg } from "./serialize.ts";
export { estimateMaxWidth, estimateTextWidth, wrapText } from "./text-width.ts";
