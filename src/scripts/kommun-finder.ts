/**
 * The kommun finder's search: as the reader types, the kommuner whose names
 * match (src/scripts/lib/kommun-match.ts: Å, Ä and Ö as letters of their own, a
 * query without them still finding) are shown as one list, the best matches
 * first, in place of the A–Ö sections and their jump links; a live line counts
 * the matches. An empty field brings the A–Ö list back. Without this script
 * the page is the whole list with letter jump links.
 */
import { kommunSearch } from "../lib/text/interactive.ts";
import { rankNames } from "./lib/kommun-match.ts";

const search = document.querySelector<HTMLElement>("[data-kommun-search]");
const input = search?.querySelector("input");
const count = search?.querySelector(".kommun-search-count");
if (search && input && count) {
  const items = [...document.querySelectorAll<HTMLLIElement>(".kommun-list > li")].map((item) => ({
    item,
    home: item.parentElement,
  }));
  const names = items.map(({ item }) => item.querySelector("a")?.textContent ?? "");
  const alphabetical = [...document.querySelectorAll<HTMLElement>(".letter-nav, .kommun-letter")];
  const results = document.createElement("ul");
  results.className = "kommun-list";
  results.hidden = true;
  search.after(results);
  input.addEventListener("input", () => {
    const searching = input.value.trim() !== "";
    const found = searching ? rankNames(names, input.value) : [];
    if (searching) results.replaceChildren(...found.map((index) => items[index]?.item ?? ""));
    else for (const { item, home } of items) home?.append(item);
    results.hidden = !searching;
    for (const element of alphabetical) element.hidden = searching;
    count.textContent = kommunSearch.matches(searching ? found.length : items.length, items.length);
  });
}
