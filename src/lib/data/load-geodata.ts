import { readFileSync } from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import type {
  AreaGeometry,
  Geodata,
  NeighbourFeature,
  RegionFeature,
  SwedenTopology,
} from "./geodata-types.ts";
import { dataDirectory } from "./data-directory.ts";

/** The map file, built by scripts/build-geodata.mjs; it lives next to the CSV files. */
export const GEODATA_FILE = "sverige.topo.json";

/**
 * The same regions at the source's full resolution, with every island the source has, and the
 * neighbouring countries' land near Sweden; built by the same script, used only to check where
 * units lie (the drawn map drops small islands).
 */
export const CHECK_GEODATA_FILE = "sverige-kontroll.topo.json";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";

const AREA_TYPES: ReadonlySet<unknown> = new Set<AreaGeometry["type"]>(["Polygon", "MultiPolygon"]);

/** The geometries of one named collection, each an area with the required text properties. */
function areaGeometries(
  objects: JsonObject,
  name: string,
  required: readonly string[],
  fail: (why: string) => never,
): readonly JsonObject[] {
  const collection = objects[name];
  if (!isObject(collection) || collection["type"] !== "GeometryCollection")
    fail(`objects.${name} is not a GeometryCollection`);
  const geometries = collection["geometries"];
  if (!Array.isArray(geometries) || geometries.length === 0)
    fail(`objects.${name} has no geometries`);
  return geometries.map((geometry: unknown, index) => {
    const at = `objects.${name}.geometries[${index}]`;
    if (!isObject(geometry) || !AREA_TYPES.has(geometry["type"]))
      fail(`${at} is not a Polygon or MultiPolygon`);
    if (!Array.isArray(geometry["arcs"])) fail(`${at} has no arcs`);
    const properties = geometry["properties"];
    if (!isObject(properties)) fail(`${at} has no properties`);
    for (const key of required) {
      if (!isText(properties[key])) fail(`${at}.properties.${key} is missing or not text`);
    }
    return properties;
  });
}

/** Throws an Error naming the first way the JSON differs from the map's topology. */
function assertSwedenTopology(json: unknown, source: string): asserts json is SwedenTopology {
  const fail: (why: string) => never = (why) => {
    throw new Error(`${source}: ${why}`);
  };
  if (!isObject(json) || json["type"] !== "Topology") fail("not a TopoJSON Topology");
  if (!Array.isArray(json["arcs"])) fail("the topology has no arcs");
  const objects = json["objects"];
  if (!isObject(objects)) fail("the topology has no objects");
  const regionProperties = areaGeometries(objects, "regioner", ["lanskod", "iso", "namn"], fail);
  areaGeometries(objects, "grannar", ["iso", "namn"], fail);

  const seen = new Set<unknown>();
  for (const { lanskod } of regionProperties) {
    if (!/^\d{2}$/.test(String(lanskod)))
      fail(`region code "${String(lanskod)}" is not two digits`);
    if (seen.has(lanskod)) fail(`region code "${String(lanskod)}" occurs more than once`);
    seen.add(lanskod);
  }
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks that parsed JSON is the map's topology (regions with county codes and
 * neighbours) and converts it to features. Throws an Error naming what is wrong.
 */
export function parseGeodata(json: unknown, source: string = GEODATA_FILE): Geodata {
  assertSwedenTopology(json, source);
  // The assertion checked every geometry is a Polygon or MultiPolygon, which the casts claim.
  const regions = feature(json, json.objects.regioner).features as RegionFeature[];
  const neighbours = feature(json, json.objects.grannar).features as NeighbourFeature[];
  regions.sort((a, b) => byCode(a.properties.lanskod, b.properties.lanskod));
  neighbours.sort((a, b) => byCode(a.properties.iso, b.properties.iso));
  return { regions, neighbours, topology: json };
}

/** Reads the map's geometry from the data directory. */
export function loadGeodata(directory: string = dataDirectory()): Geodata {
  return readGeodataFile(directory, GEODATA_FILE);
}

/** Reads the check geometry (CHECK_GEODATA_FILE) from the data directory. */
export function loadCheckGeodata(directory: string = dataDirectory()): Geodata {
  return readGeodataFile(directory, CHECK_GEODATA_FILE);
}

/** The only place the geometry files are read; both have the same format. */
function readGeodataFile(directory: string, name: string): Geodata {
  const file = path.join(directory, name);
  const source = path.relative(process.cwd(), file).split(path.sep).join("/");
  const text = readFileSync(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON`, { cause: error });
  }
  return parseGeodata(json, source);
}
