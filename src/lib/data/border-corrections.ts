/** A real place: its name, and its WGS84 latitude and longitude in decimal degrees. */
export type Place = readonly [name: string, lat: number, lon: number];

/**
 * A kommun that the region geometry (Natural Earth admin-1, in data/sverige.topo.json and
 * data/sverige-kontroll.topo.json) puts wholly or partly in a neighbouring region.
 */
export interface BorderCorrection {
  /** SCB's kommun code. */
  readonly kommunkod: string;
  /** The one neighbouring region (county code) that the geometry wrongly puts the kommun in. */
  readonly lanskodInSource: string;
  /** Why the geometry is wrong there: the reform that moved the border, or how far off it is. */
  readonly why: string;
  /**
   * Places in the kommun that the check geometry puts in that region. The tests check each one,
   * so an entry that a rebuilt geometry no longer needs is noticed.
   */
  readonly places: readonly Place[];
}

/**
 * Kommuner whose own territory the geometry puts in a neighbouring region; a unit in one of them
 * is accepted in that region as well as in its own. Natural Earth's county borders are
 * generalised and in places older than the reforms below. Found by placing every kommun's
 * central town and about 280 other towns and villages near county borders on the check geometry
 * (see the data README); the distances are measured on sverige-kontroll.topo.json.
 */
export const BORDER_CORRECTIONS: readonly BorderCorrection[] = [
  {
    kommunkod: "0331",
    lanskodInSource: "19",
    why: "Heby kommun moved from Västmanlands län to Uppsala län on 1 January 2007; the source has the old border, so the whole kommun lies in Västmanland on it.",
    places: [
      ["Heby", 59.9386, 16.86],
      ["Östervåla", 60.182, 17.182],
      ["Morgongåva", 59.933, 16.956],
      ["Tärnsjö", 60.15, 16.9333],
    ],
  },
  {
    kommunkod: "0461",
    lanskodInSource: "01",
    why: "Vårdinge (with Mölnbo) moved from Södertälje kommun in Stockholms län to Gnesta kommun in Södermanlands län on 1 January 1999; the source has the old border, about 4 km west of Mölnbo.",
    places: [["Mölnbo", 59.0469, 17.4181]],
  },
  {
    kommunkod: "0642",
    lanskodInSource: "14",
    why: "Mullsjö kommun moved from Skaraborgs län to Jönköpings län on 1 January 1998, when Skaraborg became part of Västra Götalands län; the source has the old border.",
    places: [
      ["Mullsjö", 57.916, 13.88],
      ["Sandhem", 57.99, 13.77],
    ],
  },
  {
    kommunkod: "0643",
    lanskodInSource: "14",
    why: "Habo kommun moved from Skaraborgs län to Jönköpings län on 1 January 1998, when Skaraborg became part of Västra Götalands län; the source has the old border.",
    places: [["Habo", 57.907, 14.076]],
  },
  {
    kommunkod: "0765",
    lanskodInSource: "12",
    why: "The source's border with Skåne runs about 1.5 km south of the centre of Älmhult, across the south of the town and Råshult.",
    places: [
      ["Älmhult, 2 km south-west of the centre", 56.5384, 14.1144],
      ["Råshult", 56.5153, 14.1513],
    ],
  },
  {
    kommunkod: "1060",
    lanskodInSource: "12",
    why: "The source's border with Skåne runs through Jämshög.",
    places: [["Jämshög", 56.239, 14.533]],
  },
  {
    kommunkod: "1083",
    lanskodInSource: "12",
    why: "The source's border with Skåne runs about 1.5 km west of the centre of Sölvesborg, across Sölvesborgsviken, so the west of the town lies in Skåne on it.",
    places: [["Sölvesborg, 2 km west-north-west of the centre", 56.056, 14.543]],
  },
  {
    kommunkod: "1381",
    lanskodInSource: "12",
    why: "The source's border with Skåne runs north of Skottorp and Skummeslövsstrand.",
    places: [
      ["Skottorp", 56.391, 12.971],
      ["Skummeslövsstrand", 56.4667, 12.9167],
    ],
  },
  {
    kommunkod: "1480",
    lanskodInSource: "13",
    why: "The source's border with Halland runs about 1 km north of Billdal.",
    places: [["Billdal", 57.574, 11.949]],
  },
  {
    kommunkod: "1481",
    lanskodInSource: "13",
    why: "Lindome was in Hallands län until 1971, when it became part of Mölndal in Göteborgs och Bohus län; the source's border with Halland runs through Lindome.",
    places: [["Lindome, 1 km south of the centre", 57.567, 12.078]],
  },
  {
    kommunkod: "2084",
    lanskodInSource: "19",
    why: "The source's border with Västmanland runs less than 1 km west of the centre of Avesta, through the town.",
    places: [["Avesta, 1 km west of the centre", 60.1456, 16.1498]],
  },
];
