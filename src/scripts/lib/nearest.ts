/** A position in any coordinates whose y grows downwards, as on screen. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The mark nearest `from` in direction (dx, dy): within 45° of it if any, else
 * anywhere ahead, preferring marks close to the line; null if none is ahead.
 * `marks` are in reading order: marks at the very same spot count as ahead in
 * that order for down and right, behind for up and left, so each stays reachable.
 */
export function nearest<T extends Point>(
  marks: readonly T[],
  from: T,
  dx: number,
  dy: number,
): T | null {
  const index = marks.indexOf(from);
  let best: T | null = null;
  let bestScore = Infinity;
  let bestInCone = false;
  marks.forEach((mark, i) => {
    if (mark === from) return;
    const vx = mark.x - from.x;
    const vy = mark.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    const sameSpot = vx === 0 && vy === 0;
    if (sameSpot ? i > index !== dx + dy > 0 : along <= 0) return;
    const inCone = across <= along;
    // At the same spot, the next in reading order comes first (the previous, going back).
    const score = sameSpot
      ? Math.abs(i - index) * Number.EPSILON
      : inCone
        ? Math.hypot(vx, vy)
        : along + 2 * across;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = mark;
      bestScore = score;
      bestInCone = inCone;
    }
  });
  return best;
}
