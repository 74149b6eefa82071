/** A position in whole grid steps, as projectMap gives it. */
export interface Placed {
  readonly x: number;
  readonly y: number;
}

/** One mark on the map: its position and the points it stands for, in their input order. */
export interface Cluster<T extends Placed> {
  readonly x: number;
  readonly y: number;
  readonly members: readonly T[];
}

interface Working {
  x: number;
  y: number;
  /** Input indices. */
  members: number[];
  /** Input index of the first member: ties are broken by input order. */
  first: number;
}

const centreOf = (points: readonly Placed[], members: readonly number[]) => ({
  x: Math.round(members.reduce((sum, i) => sum + (points[i]?.x ?? 0), 0) / members.length),
  y: Math.round(members.reduce((sum, i) => sum + (points[i]?.y ?? 0), 0) / members.length),
});

/**
 * Points closer together than `minDistance` drawn as one mark: every point is in
 * exactly one mark, and the centres of any two marks are at least `minDistance`
 * apart, so no mark hides another's centre and a pointer can tell them apart.
 *
 * Agglomerative: the closest pair of marks below the distance is merged into one
 * at the members' mean (rounded to whole steps), until no pair is left. Each
 * mark's members keep the input order, and marks come in the order of their
 * first member; the same input gives the same marks.
 */
export function clusterPoints<T extends Placed>(
  points: readonly T[],
  minDistance: number,
): Cluster<T>[] {
  if (!(minDistance > 0)) throw new RangeError(`minDistance must be positive, not ${minDistance}`);
  let marks: Working[] = points.map((p, i) => ({ x: p.x, y: p.y, members: [i], first: i }));
  for (;;) {
    const pairs = closePairs(marks, minDistance);
    if (pairs.length === 0) break;
    // The closest pairs first, each mark merged at most once a round: a merged
    // mark moves, so its other pairs are measured again in the next round.
    const merged = new Set<Working>();
    for (const [a, b] of pairs) {
      if (merged.has(a) || merged.has(b)) continue;
      merged.add(a);
      merged.add(b);
      const members = [...a.members, ...b.members];
      const into = a.first < b.first ? a : b;
      const gone = into === a ? b : a;
      into.members = members;
      Object.assign(into, centreOf(points, members));
      gone.members = [];
    }
    marks = marks.filter((mark) => mark.members.length > 0);
  }
  return marks
    .sort((a, b) => a.first - b.first)
    .map(({ x, y, members }) => ({
      x,
      y,
      members: members.sort((a, b) => a - b).map((i) => points[i] as T),
    }));
}

/** Every pair of marks closer than `minDistance`, closest first (ties in input order). */
function closePairs(marks: readonly Working[], minDistance: number): [Working, Working, number][] {
  const cellOf = (value: number) => Math.floor(value / minDistance);
  const cells = new Map<string, Working[]>();
  for (const mark of marks) {
    const key = `${cellOf(mark.x)} ${cellOf(mark.y)}`;
    const list = cells.get(key);
    if (list === undefined) cells.set(key, [mark]);
    else list.push(mark);
  }
  const pairs: [Working, Working, number][] = [];
  for (const mark of marks) {
    const [cx, cy] = [cellOf(mark.x), cellOf(mark.y)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of cells.get(`${cx + dx} ${cy + dy}`) ?? []) {
          if (other.first <= mark.first) continue;
          const distance = Math.hypot(other.x - mark.x, other.y - mark.y);
          if (distance < minDistance) pairs.push([mark, other, distance]);
        }
  }
  return pairs.sort((a, b) => a[2] - b[2] || a[0].first - b[0].first || a[1].first - b[1].first);
}
