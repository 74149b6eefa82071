import { mapStyle } from "./map-style.ts";

/** The diagonal hatch that marks regions without units, as a `<pattern>` with the given id. */
export function renderHatch(id: string): string {
  const { size, stroke, strokeWidth, background } = mapStyle.hatch;
  return (
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${size}" height="${size}" fill="${background}"/>` +
    `<line x1="${size / 2}" y1="0" x2="${size / 2}" y2="${size}" stroke="${stroke}" stroke-width="${strokeWidth}"/>` +
    `</pattern>`
  );
}
