import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { builtPages } from "./site.ts";

/** Attributes that point at another resource, by element. */
const REFERENCES = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["use[href]", "href"],
] as const;

/** Any URL with a scheme (https:, mailto:, tel:, data:) or protocol-relative (//host) leaves the site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const ORIGIN = "http://site.invalid";

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * The built file a site-relative path is served from, as the static server and
 * common hosts do: "dir/" → "dir/index.html", "page" → "page" or "page/index.html".
 */
function resolveFile(distDir: string, sitePath: string): string | null {
  const file = path.join(distDir, sitePath);
  const candidates =
    sitePath === "" || sitePath.endsWith("/")
      ? [path.join(file, "index.html")]
      : [file, path.join(file, "index.html")];
  return candidates.find(isFile) ?? null;
}

/**
 * Checks every page of a built site for references that do not resolve:
 * - `href="#x"`: an element with id x on the same page;
 * - any relative or root-relative href/src: a built file under the site's base
 *   (and, with a fragment, that id on the target page).
 * External URLs are not followed. Returns one readable line per problem.
 */
export function brokenReferences(distDir: string, base = "/"): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (ids === undefined) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      ids = new Set([...document.querySelectorAll("[id]")].map((element) => element.id));
      idCache.set(file, ids);
    }
    return ids;
  };

  for (const page of builtPages(distDir)) {
    const pageFile = path.join(distDir, page.file);
    const { document } = parseHTML(readFileSync(pageFile, "utf8"));
    const pageUrl = new URL(`${base}${page.urlPath}`, ORIGIN);
    for (const [selector, attribute] of REFERENCES) {
      for (const element of document.querySelectorAll(selector)) {
        const value = (element.getAttribute(attribute) ?? "").trim();
        const where = `${page.file}: <${element.localName} ${attribute}="${value}">`;
        if (value === "" || value === "#") {
          problems.push(`${where} points nowhere`);
          continue;
        }
        if (EXTERNAL.test(value)) continue;
        if (value.startsWith("#")) {
          const id = decodeURIComponent(value.slice(1));
          if (!idsOf(pageFile).has(id)) problems.push(`${where}: no element with id "${id}"`);
          continue;
        }
        const target = new URL(value, pageUrl);
        if (target.origin !== ORIGIN || !target.pathname.startsWith(base)) {
          problems.push(`${where}: outside the site's base ${base}`);
          continue;
        }
        const sitePath = decodeURIComponent(target.pathname.slice(base.length));
        const file = resolveFile(distDir, sitePath);
        if (file === null) {
          problems.push(`${where}: no built file for ${target.pathname}`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id !== "" && file.endsWith(".html") && !idsOf(file).has(id)) {
          problems.push(`${where}: ${target.pathname} has no element with id "${id}"`);
        }
      }
    }
  }
  return problems;
}
