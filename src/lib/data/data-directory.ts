import path from "node:path";

/** Where the data lives unless DATA_DIR says otherwise (tests and analysts' trial runs use it). */
export function dataDirectory(): string {
  return path.resolve(process.env["DATA_DIR"] ?? "data");
}
