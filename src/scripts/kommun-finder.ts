/**
 * The kommun finder's search: as the reader types, only the kommuner whose
 * names contain the text stay, ignoring case and diacritics; letters without a
 * match are hidden with their jump links, and a live line counts the matches.
 * Without this script the page is the whole list with letter jump links.
 */
import { kommunSearch } from "../lib/interactive-strings.ts";
import { foldForSearch } from "./lib/fold-search.ts";

const search = document.querySelector<HTMLElement>("[data-kommun-search]");
const input = search?.querySelector("input");
const count = search?.querySelector(".kommun-search-count");
if (input && count) {
  const items = [...document.querySelectorAll<HTMLLIElement>(".kommun-list > li")].map((item) => ({
    item,
    name: foldForSearch(item.querySelector("a")?.textContent ?? ""),
  }));
  const letters = [...document.querySelectorAll<HTMLElement>(".kommun-letter")].map((section) => ({
    section,
    link: document.querySelector<HTMLElement>(
      `.letter-nav li[data-letter="${section.getAttribute("aria-labelledby") ?? ""}"]`,
    ),
  }));
  input.addEventListener("input", () => {
    const query = foldForSearch(input.value);
    let matches = 0;
    for (const { item, name } of items) {
      item.hidden = !name.includes(query);
      if (!item.hidden) matches += 1;
    }
    for (const { section, link } of letters) {
      section.hidden = section.querySelector(".kommun-list > li:not([hidden])") === null;
      if (link !== null) link.hidden = section.hidden;
    }
    count.textContent = kommunSearch.matches(matches, items.length);
  });
}
