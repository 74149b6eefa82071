// Page weight: bytes per page, by kind, raw and compressed.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { brotli } from "../lib/precompress.mjs";
import { gzipSize } from "./config.mjs";

// ---- Page weight -----------------------------------------------------------------

export function walk(dir, relative = "") {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
    return entry.isDirectory() ? walk(dir, child) : [child];
  });
}

export const FONT = /\.(woff2?|ttf|otf|eot)$/i;
export const IMAGE = /\.(svg|png|jpe?g|gif|webp|avif|ico)$/i;
export const EXECUTABLE_SCRIPT = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * What a reader downloads for each built page: the HTML (with anything inline),
 * and each stylesheet, script, font and image it references, raw and gzipped.
 * Fonts that only a print stylesheet (media="print") names are fetched only when
 * printing, not by a screen: they are counted apart, as `printFonts`.
 * `readingJs` is the JavaScript a page runs at all (inline or external): the
 * report needs none to be read.
 */
export function pageWeights(outDir) {
  const fileOf = (url, page) => {
    const resolved = new URL(url, `http://site.invalid/${page}`);
    if (resolved.origin !== "http://site.invalid") return null;
    let file = path.join(outDir, decodeURIComponent(resolved.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    return existsSync(file) ? file : null;
  };
  return walk(outDir)
    .filter((file) => file.endsWith(".html"))
    .sort((a, b) => (a === "index.html" ? -1 : b === "index.html" ? 1 : a.localeCompare(b)))
    .map((page) => {
      const html = readFileSync(path.join(outDir, page));
      const { document } = parseHTML(html.toString("utf8"));
      const jsFiles = [];
      const kinds = { html: [html], css: [], js: [], fonts: [], images: [] };
      const printFonts = [];
      const seen = new Set();
      const add = (kind, file, printOnly = false) => {
        if (file === null || seen.has(file)) return;
        seen.add(file);
        const content = readFileSync(file);
        kinds[kind].push(content);
        if (kind === "js") {
          jsFiles.push(path.relative(outDir, file));
          // A module's own imports load with it (Vite splits shared code into chunks).
          const scriptUrl = `/${path.relative(outDir, file).split(path.sep).join("/")}`;
          for (const [, specifier] of content
            .toString("utf8")
            .matchAll(/\bimport\s*(?:[\w$*{}\s,]*\bfrom\s*)?["']([^"']+)["']/g))
            add("js", fileOf(new URL(specifier, `http://site.invalid${scriptUrl}`).pathname, page));
        }
        if (kind === "css") {
          for (const [, url] of content
            .toString("utf8")
            .matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
            if (url.startsWith("data:")) continue;
            const target = fileOf(url, page);
            if (FONT.test(url) && printOnly) {
              if (target !== null && !printFonts.includes(target)) printFonts.push(target);
            } else if (FONT.test(url)) add("fonts", target);
            else if (IMAGE.test(url)) add("images", target);
          }
        }
      };
      for (const link of document.querySelectorAll("link[href]")) {
        const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        const href = link.getAttribute("href");
        if (rel.includes("stylesheet"))
          add("css", fileOf(href, page), (link.getAttribute("media") ?? "").trim() === "print");
        else if (rel.includes("icon")) add("images", fileOf(href, page));
        else if (rel.includes("preload") && link.getAttribute("as") === "font")
          add("fonts", fileOf(href, page));
      }
      let inlineJs = 0;
      for (const script of document.querySelectorAll("script")) {
        if (!EXECUTABLE_SCRIPT.test(script.getAttribute("type") ?? "")) continue;
        if (script.hasAttribute("src")) add("js", fileOf(script.getAttribute("src"), page));
        else inlineJs += Buffer.byteLength(script.textContent ?? "");
      }
      for (const img of document.querySelectorAll("img[src]"))
        add("images", fileOf(img.getAttribute("src"), page));
      const sum = (list, size) => list.reduce((total, content) => total + size(content), 0);
      const weight = Object.fromEntries(
        Object.entries(kinds).map(([kind, list]) => [
          kind,
          { raw: sum(list, (c) => c.length), gzip: sum(list, gzipSize) },
        ]),
      );
      const total = Object.values(weight).reduce(
        (t, w) => ({ raw: t.raw + w.raw, gzip: t.gzip + w.gzip }),
        { raw: 0, gzip: 0 },
      );
      return {
        page,
        ...weight,
        total,
        htmlBrotli: brotli(html).length,
        jsFiles,
        printFontsRaw: printFonts.reduce((sum, file) => sum + statSync(file).size, 0),
        readingJs: weight.js.raw + inlineJs,
      };
    });
}

/**
 * A map's unit marks, however it draws them: points of a marker path
 * (`data-mark`), or elements of their own (a <use> of the form's shape, or
 * earlier one with data-id); the markers' own <use> are shapes, not marks.
 */
export function unitMarks(svg) {
  const points = [...svg.matchAll(/data-mark="[^"]*" d="M([^"]*)"/g)].reduce(
    (sum, [, d]) => sum + d.replace(/h0$/, "").trim().split(/\s+/).length / 2,
    0,
  );
  const elements = svg.replace(/<marker[\s\S]*?<\/marker>/g, "").match(/<use |data-id="/g) ?? [];
  return points + elements.length;
}

/** The national map's own markup in index.html. */
export function mapBytes(outDir) {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const start = html.search(/<svg[^>]*class="fc-map"/);
  if (start < 0) return null;
  const svg = html.slice(start, html.indexOf("</svg>", start) + "</svg>".length);
  return {
    raw: Buffer.byteLength(svg),
    gzip: gzipSize(svg),
    marks: unitMarks(svg),
    groups: (svg.match(/data-group="/g) ?? []).length,
  };
}
