/**
 * Words for what leaves the site with a reader: the image a link shows when it
 * is shared, and a figure's page for embedding and citing it.
 */

/** "…" ends a sentence: a full stop unless it already has one. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export const share = {
  image: {
    /** The data page's line under its count. */
    dataDetail: "Alla siffror i rapporten som CSV för Excel och statistikprogram och som JSON.",
    /** The image's text alternative: the words it shows, in its order, and its map. */
    alt: (heading: string, count: string, detail: string, map: string) =>
      `${sentence(heading)} ${sentence(count)} ${sentence(detail)} Bild med kartan ${map.charAt(0).toLowerCase()}${map.slice(1)}.`,
  },
  embed: {
    /** The link beside a figure's downloads, to its page for embedding and citing. */
    link: "Bädda in",
    /** The figure page's title and heading. */
    pageTitle: (figure: string) => `Bädda in eller citera ${figure}`,
    lead: "Figuren kan visas på en annan webbplats med koden nedan. Den visar figuren med sin bildtext och källa och en länk tillbaka till rapporten.",
    codeLabel: "Kod för inbäddning (HTML)",
    preview: "Så ser den inbäddade figuren ut",
    citeHeading: "Citera figuren",
    /** A figure's citation: the report's, preceded by the figure. */
    citation: (figure: string, report: string) => `${sentence(figure)} I: ${report}`,
    /** The link from the embedded figure and from its page back to the report. */
    back: (figure: string) => `${figure} i rapporten`,
    /** The embedded figure's iframe title. */
    frameTitle: (figure: string) => figure,
  },
} as const;
