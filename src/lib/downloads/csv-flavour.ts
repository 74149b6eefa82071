/** The two ways every table is offered. */
export const CSV_FLAVOURS = {
  /** UTF-8, comma, decimal point, LF: for scripts and statistics programs. */
  standard: { delimiter: ",", decimal: ".", bom: false, newline: "\n", suffix: "" },
  /** UTF-8 with BOM, semicolon, decimal comma, CRLF: what Swedish Excel opens correctly. */
  excel: { delimiter: ";", decimal: ",", bom: true, newline: "\r\n", suffix: "-excel" },
} as const;

export type CsvFlavour = keyof typeof CSV_FLAVOURS;
