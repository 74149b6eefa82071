// Reads a PDF content stream as a list of operations (operands + operator), each
// with its place in the text, so callers can check or rewrite what is painted
// where without a full PDF renderer. Content streams are Latin-1 text with binary
// strings; only the lexical rules of ISO 32000-1, 7.2 and 8.2 are needed.

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set("()<>[]{}/%".split("").map((c) => c.charCodeAt(0)));

/**
 * @typedef {{ operator: string, operands: string[], start: number, end: number }} Operation
 * `start` is where its first operand (or the operator) begins, `end` just after the operator.
 */

/** @param {string} text a content stream decoded as Latin-1 */
export function parseContentStream(text) {
  /** @type {Operation[]} */
  const operations = [];
  /** @type {string[]} */
  let operands = [];
  let operandsStart = -1;
  let i = 0;
  const n = text.length;
  const code = (at) => text.charCodeAt(at);
  const skipString = (at) => {
    // A literal string: balanced parentheses, backslash escapes.
    let depth = 0;
    for (let j = at; j < n; j++) {
      const c = text[j];
      if (c === "\\") j++;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return j + 1;
    }
    return n;
  };
  while (i < n) {
    const c = code(i);
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      while (i < n && code(i) !== 0x0a && code(i) !== 0x0d) i++;
      continue;
    }
    const start = i;
    let token;
    if (c === 0x28 /* ( */) {
      i = skipString(i);
      token = text.slice(start, i);
    } else if (text.startsWith("<<", i) || text.startsWith(">>", i)) {
      i += 2;
      token = text.slice(start, i);
    } else if (c === 0x3c /* < */) {
      i = text.indexOf(">", i) + 1 || n;
      token = text.slice(start, i);
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i++;
      token = text[start];
    } else if (c === 0x2f /* / */) {
      i++;
      while (i < n && !WHITESPACE.has(code(i)) && !DELIMITERS.has(code(i))) i++;
      token = text.slice(start, i);
    } else {
      while (i < n && !WHITESPACE.has(code(i)) && !DELIMITERS.has(code(i))) i++;
      if (i === start) i++;
      token = text.slice(start, i);
    }
    const isOperand =
      /^[-+.\d]/.test(token) ||
      /^[(<[\]{}/]/.test(token) ||
      token === ">>" ||
      token === "true" ||
      token === "false" ||
      token === "null";
    if (isOperand) {
      if (operandsStart < 0) operandsStart = start;
      operands.push(token);
      continue;
    }
    if (token === "ID") {
      // Inline image data runs to the first EI that stands alone after white space.
      const match = /\sEI(?=[\s]|$)/g;
      match.lastIndex = i + 1;
      const found = match.exec(text);
      i = found ? found.index + found[0].length : n;
    }
    operations.push({
      operator: token,
      operands,
      start: operandsStart < 0 ? start : operandsStart,
      end: i,
    });
    operands = [];
    operandsStart = -1;
  }
  return operations;
}

/** Operators that put marks on the page (ISO 32000-1, tables 59, 107, 92, 77, 87). */
export const PAINTING = new Set([
  "S",
  "s",
  "f",
  "F",
  "f*",
  "B",
  "B*",
  "b",
  "b*",
  "Tj",
  "TJ",
  "'",
  '"',
  "Do",
  "sh",
  "BI",
  "ID",
  "EI",
]);

/** Operators that build a path; the painting operator after them paints it. */
export const PATH_CONSTRUCTION = new Set(["m", "l", "c", "v", "y", "h", "re", "W", "W*"]);

export const BEGIN_MARKED = new Set(["BMC", "BDC"]);
