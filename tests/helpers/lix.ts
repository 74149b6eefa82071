/**
 * LIX (läsbarhetsindex, Björnsson 1968), the readability measure for Swedish:
 * words per sentence plus the percentage of long words (more than six letters).
 * About 25 is easy (children's books), 30 easy-to-read, 40 newspapers.
 *
 * The input is text as a reader gets it, one block (heading, paragraph, list
 * item) a line, as Chromium's innerText gives it. A sentence ends at . ! ? or :
 * or at the end of a line: a heading or list item without a full stop is a
 * sentence of its own, as LIX counts them.
 */

export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly longWords: number;
  readonly lix: number;
  /** Every sentence with its word count, longest first. */
  readonly longest: readonly { readonly sentence: string; readonly words: number }[];
}

/** A word: letters or digits; "1 234" with a (no-break) space between digit groups is one number. */
export function wordsOf(sentence: string): string[] {
  return (
    sentence
      .replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, "$1")
      .match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** The sentences of a text, one line a block. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Letters in a word, hyphens and digits not counted. */
const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const longWords = words.filter((word) => letters(word) > 6).length;
  return {
    words: words.length,
    sentences: sentences.length,
    longWords,
    lix:
      words.length === 0 ? 0 : words.length / sentences.length + (100 * longWords) / words.length,
    longest: sentences
      .map((sentence) => ({ sentence, words: wordsOf(sentence).length }))
      .sort((a, b) => b.words - a.words),
  };
}
