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
