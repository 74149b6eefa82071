/** A unit mark as renderMap draws it: a point of a group's marker path. */
export interface MarkPoint {
  /** The shape the map's script gives the mark's `<use>`, e.g. "#fc-map-c". */
  readonly href: string;
  /** The marker that paints the mark without script, e.g. "#fc-map-cm". */
  readonly marker: string;
  readonly x: number;
  readonly y: number;
}

/** The unit marks of one group (a `g[data-titles]`), in drawing order. */
export function markPoints(group: Element): MarkPoint[] {
  return [...group.querySelectorAll(":scope > path[data-mark]")].flatMap((path) => {
    const href = path.getAttribute("data-mark") ?? "";
    const marker = /url\((#[^)]+)\)/.exec(path.getAttribute("marker-mid") ?? "")?.[1] ?? "";
    const d = path.getAttribute("d") ?? "";
    if (!/^M-?\d+ -?\d+( -?\d+ -?\d+)*(h0)?$/.test(d)) throw new Error(`not a marker path: ${d}`);
    return [...d.matchAll(/(-?\d+) (-?\d+)/g)].map(([, x, y]) => ({
      href,
      marker,
      x: Number(x),
      y: Number(y),
    }));
  });
}

/** Every unit mark of a map, in drawing order. */
export const allMarkPoints = (doc: Document | Element): MarkPoint[] =>
  [...doc.querySelectorAll("g[data-titles]")].flatMap(markPoints);
