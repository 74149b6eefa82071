import { mapStyle } from "./map-style.ts";

/** The hatch pattern's id on the map with this id prefix. */
export function hatchIdOf(prefix: string): string {
  return `${prefix}-hatch`;
}

/**
 * The diagonal hatch that marks regions without units, as a `<pattern>` with the
 * given id, in grid steps: it is used inside the map's scaled group, and a
 * swatch that shows it draws in grid steps too.
 */
export function renderHatch(id: string): string {
  const { grid } = mapStyle;
  const size = mapStyle.hatch.size * grid;
  const { stroke, background } = mapStyle.hatch;
  return (
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${size}" height="${size}" fill="${background}"/>` +
    `<line x1="${size / 2}" y1="0" x2="${size / 2}" y2="${size}" stroke="${stroke}" stroke-width="${mapStyle.hatch.strokeWidth * grid}"/>` +
    `</pattern>`
  );
}
