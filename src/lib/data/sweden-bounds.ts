/** A box around Sweden in WGS84 degrees: Smygehuk to Treriksröset, Koster to Haparanda. */
export const SWEDEN_BOUNDS = {
  minLat: 55.0,
  maxLat: 69.1,
  minLon: 10.9,
  maxLon: 24.2,
} as const;

const within = (value: number, min: number, max: number): boolean => value >= min && value <= max;

export const latitudeInSweden = (lat: number): boolean =>
  within(lat, SWEDEN_BOUNDS.minLat, SWEDEN_BOUNDS.maxLat);

export const longitudeInSweden = (lon: number): boolean =>
  within(lon, SWEDEN_BOUNDS.minLon, SWEDEN_BOUNDS.maxLon);

/**
 * Where Sweden lies in SWEREF 99 TM, the national grid in metres that many registers and GIS
 * exports use: northing (N) roughly 6 100 000–7 700 000, easting (E) roughly 200 000–1 000 000.
 * Neither range overlaps degrees, so a pair inside both is almost certainly SWEREF 99 TM.
 */
export const SWEREF99_TM_BOUNDS = {
  minNorthing: 6_100_000,
  maxNorthing: 7_700_000,
  minEasting: 200_000,
  maxEasting: 1_000_000,
} as const;

export const looksLikeSweref99Tm = (northing: number, easting: number): boolean =>
  within(northing, SWEREF99_TM_BOUNDS.minNorthing, SWEREF99_TM_BOUNDS.maxNorthing) &&
  within(easting, SWEREF99_TM_BOUNDS.minEasting, SWEREF99_TM_BOUNDS.maxEasting);
