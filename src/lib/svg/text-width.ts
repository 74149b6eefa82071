/**
 * Text width estimates for laying out SVG text at build time, when no font can
 * be measured. Every width errs on the wide side (about 10 % over Arial and
 * Segoe UI, roughly level with San Francisco), so space reserved from these
 * estimates is enough for the report's system font stack. Unlike Observable
 * Plot's own table, Swedish letters (å, ä, ö, é), the no-break space and the
 * minus sign used by `format.ts` have their own widths.
 */

/** Widths in em, by character; anything not listed falls back by class below. */
const CHAR_EM: Readonly<Record<string, number>> = {
  " ": 0.32,
  "\u00a0": 0.32, // no-break space (thousands separator, before "%")
  "\u202f": 0.26, // narrow no-break space
  i: 0.3,
  j: 0.3,
  l: 0.3,
  I: 0.34,
  f: 0.38,
  t: 0.38,
  r: 0.42,
  m: 0.92,
  w: 0.8,
  M: 0.95,
  W: 1.0,
  ".": 0.32,
  ",": 0.32,
  ":": 0.32,
  ";": 0.32,
  "!": 0.32,
  "'": 0.26,
  '"': 0.42,
  "(": 0.4,
  ")": 0.4,
  "[": 0.36,
  "]": 0.36,
  "/": 0.4,
  "-": 0.42,
  "\u2010": 0.42, // hyphen
  "\u2011": 0.42, // non-breaking hyphen
  "\u2013": 0.62, // en dash
  "\u2014": 1.05, // em dash
  "\u2212": 0.66, // minus sign
  "+": 0.66,
  "%": 0.98,
  "&": 0.76,
  "@": 1.08,
};

function charEm(char: string): number {
  const listed = CHAR_EM[char];
  if (listed !== undefined) return listed;
  if (/[0-9]/.test(char)) return 0.62;
  if (/\p{Lu}/u.test(char)) return 0.8;
  if (/\p{Ll}/u.test(char)) return 0.62;
  return 0.8;
}

/** Estimated (generous) width in px of one line of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/** The widest of several lines, in px. */
export function estimateMaxWidth(lines: readonly string[], fontSize: number): number {
  return lines.reduce((widest, line) => Math.max(widest, estimateTextWidth(line, fontSize)), 0);
}

/**
 * Greedy word wrap at white space (never inside a word, and never at a no-break
 * space) so that each line's estimated width is at most `maxWidth` px. A single word wider
 * than `maxWidth` keeps a line of its own; callers reserve room for it with
 * `estimateMaxWidth` on the returned lines. Returns at least one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text
    .trim()
    .split(/[ \t\n]+/)
    .filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}
