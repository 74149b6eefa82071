import { expect } from "vitest";

/** A count and the noun after it: "1 verksamhet", "2 kommuner", "1 234 verksamheter". */
const COUNTED_NOUN =
  /(\d[\d\u00a0]*) (familjecentralsliknande verksamheter?|verksamhet(?:er)?|familjecentral(?:er)?|kommun(?:er)?|region(?:er)?|kartläggning(?:ar)?|rad(?:er)?)(?![a-zåäö])/g;

/**
 * A sentence shown to a reader: no value that is no value, nothing missing
 * between words ("med .", "a, , b", "()"), and every count agreeing with its
 * noun (singular for exactly 1, plural otherwise, as Swedish has it).
 */
export function expectWellFormed(sentence: string): void {
  expect(sentence).not.toMatch(/NaN|undefined|null|Infinity|\[object/);
  expect(sentence, sentence).not.toMatch(
    /, ,|,\s*\.|\boch\s*[.,]|\bmed\s*[.,)]|:\s*[.,]|\(\s*\)| {2}|\s$|^\s/,
  );
  for (const [, digits = "", noun = ""] of sentence.matchAll(COUNTED_NOUN)) {
    const count = Number(digits.replaceAll("\u00a0", ""));
    const plural = /(er|ar)$/.test(noun);
    expect(plural, `"${digits} ${noun}" in: ${sentence}`).toBe(count !== 1);
  }
}
