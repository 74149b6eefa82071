const COMMAND = /([MLZ])([^MLZ]*)/g;
const SUPPORTED = /^[MLZ\d.,\s-]*$/;

/** A whole number of 1/scale units as the shortest SVG number: 15 → "1.5", -5 → "-.5" (scale 10). */
function scaled(value: number, scale: number): string {
  return String(value / scale).replace(/^(-?)0\./, "$1.");
}

/** Joins numbers, leaving out the space where a minus sign already separates them. */
function joinNumbers(numbers: readonly string[]): string {
  return numbers.reduce(
    (joined, n) => (joined === "" || n.startsWith("-") ? joined + n : `${joined} ${n}`),
    "",
  );
}

/**
 * Rewrites a polygon path from d3-geo (absolute M/L/Z, coordinates rounded to
 * `digits` decimals) with relative line segments, which takes about a third fewer
 * bytes. Each delta is taken between rounded points, so rounding never accumulates.
 * A ring that rounding has collapsed to a point or a line covers nothing and is
 * left out. Paths with other commands are returned unchanged.
 */
export function compactPath(d: string, digits = 1): string {
  if (!SUPPORTED.test(d)) return d;
  const scale = 10 ** digits;
  const number = (value: number) => scaled(value, scale);
  let out = "";
  /** The subpath being written, and how many segments of it move. */
  let subpath = "";
  let moves = 0;
  let lastX = 0;
  let lastY = 0;
  let startX = 0;
  let startY = 0;
  let inLine = false;
  for (const [, command, args = ""] of d.matchAll(COMMAND)) {
    if (command === "Z") {
      if (moves >= 2) out += `${subpath}z`;
      subpath = "";
      [lastX, lastY] = [startX, startY];
      inLine = false;
      continue;
    }
    const [x = 0, y = 0] = args.split(",").map((n) => Math.round(Number(n) * scale));
    if (command === "M") {
      out += subpath;
      subpath = `M${joinNumbers([number(x), number(y)])}`;
      moves = 0;
      [startX, startY] = [x, y];
      inLine = false;
    } else if (x !== lastX || y !== lastY) {
      const delta = joinNumbers([number(x - lastX), number(y - lastY)]);
      subpath += inLine && !delta.startsWith("-") ? ` ${delta}` : inLine ? delta : `l${delta}`;
      moves += 1;
      inLine = true;
    }
    lastX = x;
    lastY = y;
  }
  return out + subpath;
}
