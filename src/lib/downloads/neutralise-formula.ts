/**
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage
 * return) as a formula. Prefixing an apostrophe makes it plain text in Excel
 * and LibreOffice, and anyone reading the file still sees the original value.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
