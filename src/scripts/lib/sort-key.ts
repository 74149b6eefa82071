/**
 * How the sortable tables order their cells: names by Swedish collation (Å, Ä
 * and Ö after Z, "Region 10" after "Region 9"), numbers by value, read from the
 * text as format.ts writes them ("1 234", "35,4 %", "18 av 26", "−3").
 */
const collator = new Intl.Collator("sv", { numeric: true });

/** The first number in a formatted text, or NaN if it has none. */
export function numberIn(text: string): number {
  const plain = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  const match = /-?\d+(?:,\d+)?/.exec(plain);
  return match === null ? Number.NaN : Number(match[0].replace(",", "."));
}

/** Compares two cells' texts; cells without a number sort after those with one, in either direction. */
export function compareCells(
  a: string,
  b: string,
  numeric: boolean,
  direction: "ascending" | "descending",
): number {
  const sign = direction === "ascending" ? 1 : -1;
  if (!numeric) return sign * collator.compare(a, b);
  const [x, y] = [numberIn(a), numberIn(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
  return sign * (x - y);
}
