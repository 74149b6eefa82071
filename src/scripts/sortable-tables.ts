/**
 * Sortable tables (DataTable with `sortable`): each column header becomes a
 * button that sorts the body rows by that column, ascending, and again
 * descending; `aria-sort` tells which column and how. The totals in <tfoot>
 * stay last. Ties keep the order the page gave them.
 */
import { regionSortName } from "../lib/region-slug.ts";
import { compareCells } from "./lib/sort-key.ts";

type Direction = "ascending" | "descending";

function makeSortable(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  if (body === undefined) return;
  const original = [...body.rows];
  // A cell's text; a region by its distinctive name ("Region Östergötland" among the Ö).
  const textOf = (row: HTMLTableRowElement, column: number) =>
    regionSortName((row.cells[column]?.textContent ?? "").trim());

  const sortBy = (column: number) => {
    const header = headers[column];
    if (header === undefined) return;
    const direction: Direction =
      header.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    for (const other of headers) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", direction);
    const numeric = header.classList.contains("num");
    const rows = [...original].sort((a, b) =>
      compareCells(textOf(a, column), textOf(b, column), numeric, direction),
    );
    body.append(...rows);
  };

  headers.forEach((header, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => sortBy(column));
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>("table[data-sortable]"))
  makeSortable(table);
