import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { loadGeodata } from "../../src/lib/data/load-geodata.ts";
import type { MapLabels, MapUnit } from "../../src/lib/map/index.ts";

export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export const geodata = loadGeodata(DATA_DIR);

/** A few units across the country, deliberately out of drawing order. */
export const UNITS: readonly MapUnit[] = [
  {
    id: "S1",
    namn: "Familjecentralen Söder",
    kommun: "Stockholm",
    form: "familjecentral",
    lat: 59.3133,
    lon: 18.0645,
  },
  {
    id: "M1",
    namn: "Familjens hus Rosengård",
    kommun: "Malmö",
    form: "familjecentralsliknande",
    lat: 55.5871,
    lon: 13.0323,
  },
  {
    id: "K1",
    namn: "Familjecentralen Kiruna",
    kommun: "Kiruna",
    form: "familjecentral",
    lat: 67.8558,
    lon: 20.2253,
  },
  {
    id: "G1",
    namn: `<script>alert("x")</script> & 'Hisingen'`,
    kommun: "Göteborg",
    form: "familjecentralsliknande",
    lat: 57.721,
    lon: 11.94,
  },
  {
    id: "U1",
    namn: "Familjecentralen Umeå",
    kommun: "Umeå",
    form: "familjecentral",
    lat: 63.8258,
    lon: 20.263,
  },
];

export const FORM_NAME = {
  familjecentral: "familjecentral",
  familjecentralsliknande: "familjecentralsliknande verksamhet",
} as const;

export const LABELS: MapLabels = {
  summary: `Karta över Sverige med ${UNITS.length} verksamheter & "regioner"`,
  pointTitle: (unit) => `${unit.namn}, ${unit.kommun} kommun`,
  formName: (form) => FORM_NAME[form],
  formLegend: (form, count) => `${FORM_NAME[form]} (${count})`,
  withoutUnits: (lanskoder) => `Ingen verksamhet i ${lanskoder.join(", ")}`,
};

/** Parses rendered SVG as a page would hold it, inline in HTML, so tests ask about elements. */
export function parseSvg(svg: string): { document: Document; root: SVGSVGElement } {
  const { document } = parseHTML(`<!doctype html><html lang="sv"><body>${svg}</body></html>`);
  const root = document.querySelector("svg");
  if (root === null) throw new Error("no <svg> in the output");
  return { document, root };
}

/** The element's tag in lower case (HTML parsers upper-case it). */
export const tagOf = (element: Element): string => element.tagName.toLowerCase();

export { allMarkPoints, markPoints } from "../helpers/map-marks.ts";
