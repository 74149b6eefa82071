/**
 * A name folded for searching: lower case and without diacritics, so that
 * "ostersund" finds Östersund and "malmo" finds Malmö.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("sv").trim();
}
