/**
 * Every page carries a Content-Security-Policy that allows no inline script
 * (unless hashed), no plugins, no <base> elsewhere and no third-party origin;
 * no built file makes a request to another origin; and the page renders in
 * Chromium without a single CSP violation.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { chromeOrSkip, useSiteInBrowser } from "../helpers/browser.ts";

const distDir = inject("distDir");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const all = files(distDir);
const pages = all.filter((file) => file.endsWith(".html"));
const relative = (file: string) => path.relative(distDir, file).split(path.sep).join("/");

/** The policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== "")
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );
}

function policyOf(file: string) {
  const { document } = parseHTML(readFileSync(file, "utf8"));
  const metas = document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
  expect(metas, relative(file)).toHaveLength(1);
  return { document, meta: metas[0], policy: parsePolicy(metas[0]?.getAttribute("content") ?? "") };
}

/** A source expression that names a host or scheme rather than a keyword, hash or nonce. */
const isHostSource = (source: string) => !/^'[^']+'$/.test(source);

/**
 * A script element whose type is neither empty, "module" nor a JavaScript MIME
 * type is a data block (HTML § 4.12.1): the browser never runs it.
 */
function isDataBlock(type: string | null): boolean {
  const t = (type ?? "").trim().toLowerCase();
  return t !== "" && t !== "module" && !/^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

describe("Content-Security-Policy", () => {
  it.each(pages.map((file) => [relative(file), file] as const))(
    "%s has a strict policy",
    (_, file) => {
      const { document, meta, policy } = policyOf(file);
      // It governs only what comes after it, so it comes before anything that loads or runs.
      const head = [...(document.head?.children ?? [])];
      const first = head.findIndex((el) => /^(link|style|script|base)$/i.test(el.localName));
      expect(head.indexOf(meta as Element)).toBeLessThan(first < 0 ? Infinity : first);

      expect(policy.get("default-src")).toEqual(["'none'"]);
      // A page with no script at all (an embed page) may leave script-src and
      // object-src to default-src 'none', which forbids every script and object.
      const scriptSrc = policy.get("script-src") ?? [];
      if (policy.has("script-src")) {
        expect(scriptSrc[0]).toBe("'self'");
        expect(
          scriptSrc.slice(1).every((s) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
        ).toBe(true);
      } else
        expect(document.querySelectorAll("script:not([type='application/ld+json'])")).toHaveLength(
          0,
        );
      expect(policy.get("object-src") ?? ["'none'"]).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      // No origin but the site's own, in any directive.
      for (const [directive, sources] of policy)
        expect(sources.filter(isHostSource), directive).toEqual([]);

      // Every inline script the page has (none today) must be allowed by its hash.
      // A data block (e.g. schema.org JSON-LD) is never run, so no policy governs it.
      for (const script of document.querySelectorAll("script")) {
        if (isDataBlock(script.getAttribute("type"))) continue;
        const src = script.getAttribute("src");
        if (src !== null) {
          expect(src, "a script from the site itself").toMatch(/^\/(?!\/)/);
          continue;
        }
        const hash = createHash("sha256")
          .update(script.textContent ?? "")
          .digest("base64");
        expect(scriptSrc).toContain(`'sha256-${hash}'`);
      }
    },
  );
});

describe("no request to another origin", () => {
  /** Attributes that make the browser fetch something, by element. */
  const FETCHING: readonly [string, string][] = [
    ["script", "src"],
    ["img", "src"],
    ["img", "srcset"],
    ["source", "src"],
    ["source", "srcset"],
    ["iframe", "src"],
    ["video", "src"],
    ["video", "poster"],
    ["audio", "src"],
    ["track", "src"],
    ["object", "data"],
    ["embed", "src"],
    ["image", "href"],
    ["use", "href"],
    ["feImage", "href"],
  ];
  /** <link> relations that fetch; canonical, alternate, sitemap and the like only name a URL. */
  const FETCHING_LINKS =
    /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon|mask-icon)\b/i;
  const ABSOLUTE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
  const CSS_URL = /url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:|\/\/)|@import/i;

  it.each(pages.map((file) => [relative(file), file] as const))(
    "%s loads only its own files",
    (_, file) => {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const offenders: string[] = [];
      for (const [element, attribute] of FETCHING) {
        for (const el of document.querySelectorAll(`${element}[${attribute}]`)) {
          const value = el.getAttribute(attribute) ?? "";
          if (ABSOLUTE.test(value)) offenders.push(`<${element} ${attribute}="${value}">`);
        }
      }
      for (const link of document.querySelectorAll("link[href]")) {
        const href = link.getAttribute("href") ?? "";
        if (FETCHING_LINKS.test(link.getAttribute("rel") ?? "") && ABSOLUTE.test(href))
          offenders.push(`<link rel="${link.getAttribute("rel")}" href="${href}">`);
      }
      for (const el of document.querySelectorAll("[style]")) {
        if (CSS_URL.test(el.getAttribute("style") ?? ""))
          offenders.push(`style="${el.getAttribute("style")}"`);
      }
      for (const style of document.querySelectorAll("style")) {
        if (CSS_URL.test(style.textContent ?? ""))
          offenders.push("<style> with an outside url() or @import");
      }
      expect(offenders).toEqual([]);
    },
  );

  it("has no stylesheet or script that fetches from another origin", () => {
    for (const file of all.filter((f) => /\.(css|js|mjs)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      expect(CSS_URL.test(text), relative(file)).toBe(false);
      expect(/https?:\/\//.test(text), relative(file)).toBe(false);
    }
  });

  it("mentions another origin only in links, canonical URLs, metadata and visible text", () => {
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      for (const el of document.querySelectorAll("*")) {
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? "";
          if (!/https?:\/\//i.test(value)) continue;
          const allowed =
            (el.localName === "a" && name === "href") ||
            (el.localName === "link" &&
              name === "href" &&
              !FETCHING_LINKS.test(el.getAttribute("rel") ?? "")) ||
            (el.localName === "meta" && name === "content") ||
            /^xmlns(:|$)/.test(name);
          expect(allowed, `${relative(file)}: <${el.localName} ${name}="${value}">`).toBe(true);
        }
      }
    }
  });
});

const chrome = chromeOrSkip();

describe.skipIf(chrome === null)("in Chromium", () => {
  const session = useSiteInBrowser(chrome ?? "", distDir);

  const sample = pages
    .map(relative)
    .filter((page) => page === "index.html" || /^region\/[^/]+\/index\.html$/.test(page))
    .slice(0, 2);

  it.each(sample)(
    "%s renders, styled, with no CSP violation and no outside request",
    async (page) => {
      const context = await session.browser.newContext();
      try {
        const tab = await context.newPage();
        const messages: string[] = [];
        const outside: string[] = [];
        tab.on("console", (message) => {
          if (message.type() === "error" || /Content.Security.Policy/i.test(message.text()))
            messages.push(message.text());
        });
        tab.on("pageerror", (error) => messages.push(error.message));
        tab.on("request", (request) => {
          if (!request.url().startsWith(session.server.url) && !request.url().startsWith("data:"))
            outside.push(request.url());
        });
        await tab.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            console.error(
              `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
            );
          });
        });
        await tab.goto(`${session.server.url}${page.replace(/index\.html$/, "")}`, {
          waitUntil: "load",
        });
        const rendered = await tab.evaluate(() => {
          const svg = document.querySelector("svg.fc-map");
          const box = svg?.getBoundingClientRect();
          return {
            // The theme's inline <style> and the bundled stylesheet both applied.
            font: getComputedStyle(document.documentElement).getPropertyValue("--font"),
            sheets: document.styleSheets.length,
            svgWidth: box?.width ?? 0,
          };
        });
        expect(messages).toEqual([]);
        expect(outside).toEqual([]);
        expect(rendered.font).toContain("system-ui");
        expect(rendered.sheets).toBeGreaterThanOrEqual(2);
        expect(rendered.svgWidth).toBeGreaterThan(100);
      } finally {
        await context.close();
      }
    },
  );
});
