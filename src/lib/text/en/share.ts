import type { Catalogue } from "../sv/index.ts";

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export const share: Catalogue["share"] = {
  image: {
    dataDetail: "Every number in the report as CSV for Excel and statistics software, and as JSON.",
    alt: (heading, count, detail, map) =>
      `${sentence(heading)} ${sentence(count)} ${sentence(detail)} Image with the map ${map.charAt(0).toLowerCase()}${map.slice(1)}.`,
  },
  embed: {
    link: "Embed",
    pageTitle: (figure) => `Embed or cite ${figure}`,
    lead: "The figure can be shown on another website with the code below. It shows the figure with its caption and source and a link back to the report.",
    codeLabel: "Code for embedding (HTML)",
    preview: "What the embedded figure looks like",
    citeHeading: "Cite the figure",
    citation: (figure, report) => `${sentence(figure)} In: ${report}`,
    back: (figure) => `${figure} in the report`,
    frameTitle: (figure) => figure,
  },
};
