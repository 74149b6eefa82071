import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../helpers/build-site.ts";

/** One built HTML page: its file inside the built directory and the URL path it is served at. */
export interface BuiltPage {
  /** Path of the file relative to the built directory, with forward slashes: "region/skane/index.html". */
  readonly file: string;
  /** URL path relative to the site's base: "", "region/skane/", "404.html". */
  readonly urlPath: string;
  /** A short name for test titles and screenshot files: "index", "region-skane", "404". */
  readonly name: string;
}

/** Every file under `dir`, relative to it, with forward slashes, sorted. */
export function walkFiles(dir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
      const child = relative === "" ? entry.name : `${relative}/${entry.name}`;
      return entry.isDirectory() ? walk(child) : [child];
    });
  return walk("").sort();
}

/**
 * Every HTML page of a built site, found by walking the directory, so pages
 * added later (region pages, an accessibility statement) are tested without
 * anyone listing them. The index page comes first.
 */
export function builtPages(distDir: string): BuiltPage[] {
  const pages = walkFiles(distDir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const urlPath = file === "index.html" ? "" : file.replace(/(^|\/)index\.html$/, "$1");
      const name =
        urlPath === ""
          ? "index"
          : urlPath
              .replace(/\.html$/, "")
              .replace(/\/+$/, "")
              .replace(/\//g, "-");
      return { file, urlPath, name };
    });
  return [
    ...pages.filter((page) => page.file === "index.html"),
    ...pages.filter((page) => page.file !== "index.html"),
  ];
}

/** The four widths the report must work at, from the smallest phone to a desktop. */
export const VIEWPORT_WIDTHS = [320, 375, 768, 1280] as const;
/** The widths screenshots are taken at for review. */
export const SCREENSHOT_WIDTHS = [375, 1280] as const;

/** Where screenshots for review go (ignored by git via test-results/). */
export function screenshotDir(): string {
  const dir = path.join(PROJECT_ROOT, "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  return dir;
}
