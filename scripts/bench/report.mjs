// The Markdown tables written to BENCHMARKS.md.

import os from "node:os";
import { LIGHTHOUSE_RUNS, PAINT_RUNS, SCALE_RUNS, TARGETS, kb, seconds } from "./config.mjs";
import { CATEGORIES } from "./lighthouse.mjs";
import { PHONE, SLOW_4G } from "./first-paint.mjs";

// ---- Report ----------------------------------------------------------------------

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    ramGb: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", "),
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  };
}

export const verdict = (ok, miss) => (ok ? "met" : `**missed** ${miss}`);

export const ms = (value) => `${Math.round(value)} ms`;
export const ratio = (after, before) => (before > 0 ? `${(after / before).toFixed(2)} ×` : "–");

export function markdown(results) {
  const { host, clean, rebuild, pages, map, lighthouse, scaling, before, paint } = results;
  const lines = [];
  lines.push(
    `Measured ${host.date} on ${host.cores} cores (${host.cpu}), ${host.ramGb} GB RAM, Node ${host.node}, ${host.os}; load average at the start ${host.load}.` +
      (before === null
        ? ""
        : ` "Before" is \`${before.ref}\` (${before.commit}), built and measured in the same run.`),
    "",
  );
  const index = pages.find((p) => p.page === "index.html");
  /** The English summary is held to the front page's budget (issue 14). */
  const english = pages.find((p) => p.page === "en/index.html");
  const largestJs = pages.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
  const targets = [
    [
      "Build from clean ≤ 5 s (median, precompression included)",
      `${seconds(clean.median)} s`,
      verdict(
        clean.median <= TARGETS.buildSeconds * 1000,
        `by ${seconds(clean.median - TARGETS.buildSeconds * 1000)} s (+${((clean.median / (TARGETS.buildSeconds * 1000) - 1) * 100).toFixed(0)} %)`,
      ),
    ],
    [
      "Front page HTML ≤ 90 KB raw",
      `${kb(index.html.raw)} KB`,
      verdict(
        index.html.raw <= TARGETS.indexHtmlKb * 1024,
        `by ${kb(index.html.raw - TARGETS.indexHtmlKb * 1024)} KB`,
      ),
    ],
    [
      "Index page ≤ 150 KB raw in total",
      `${kb(index.total.raw)} KB`,
      verdict(
        index.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(index.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ],
    ...(english === undefined
      ? []
      : [
          [
            "English summary (en/) HTML ≤ 90 KB raw, ≤ 150 KB raw in total",
            `${kb(english.html.raw)} KB; ${kb(english.total.raw)} KB`,
            verdict(
              english.html.raw <= TARGETS.indexHtmlKb * 1024 &&
                english.total.raw <= TARGETS.indexTotalKb * 1024,
              `by ${kb(Math.max(english.html.raw - TARGETS.indexHtmlKb * 1024, english.total.raw - TARGETS.indexTotalKb * 1024))} KB`,
            ),
          ],
        ]),
    [
      "JavaScript ≤ 8 KB gzip on any page, none inline",
      `${largestJs.page}: ${kb(largestJs.js.gzip)} KB; inline: ${Math.max(...pages.map((p) => p.readingJs - p.js.raw))} bytes`,
      verdict(
        largestJs.js.gzip <= TARGETS.pageJsGzipKb * 1024 &&
          pages.every((p) => p.readingJs === p.js.raw),
        `by ${kb(largestJs.js.gzip - TARGETS.pageJsGzipKb * 1024)} KB`,
      ),
    ],
  ];
  const after = lighthouse?.after;
  if (after) {
    for (const preset of ["mobile", "desktop"])
      for (const category of CATEGORIES) {
        const score = after[preset].scores[category];
        targets.push([
          `Lighthouse ${preset} ${category} = 100`,
          `${score.median} (lowest ${score.min})`,
          verdict(score.median >= TARGETS.lighthouse, `by ${TARGETS.lighthouse - score.median}`),
        ]);
      }
    const m = after.mobile.metrics;
    targets.push(
      [
        "Lighthouse mobile total blocking time ≤ 50 ms (median)",
        ms(m.tbt),
        verdict(m.tbt <= TARGETS.mobileTbtMs, `by ${ms(m.tbt - TARGETS.mobileTbtMs)}`),
      ],
      [
        "Lighthouse mobile main-thread work ≤ 1.0 s (median)",
        ms(m.mainThread),
        verdict(
          m.mainThread <= TARGETS.mobileMainThreadMs,
          `by ${ms(m.mainThread - TARGETS.mobileMainThreadMs)}`,
        ),
      ],
      [
        "Cumulative layout shift = 0 (Lighthouse, mobile and desktop medians)",
        `${after.mobile.metrics.cls} / ${after.desktop.metrics.cls}`,
        verdict(
          after.mobile.metrics.cls <= TARGETS.cls && after.desktop.metrics.cls <= TARGETS.cls,
          "",
        ),
      ],
    );
  }
  if (paint?.before && paint?.after) {
    const r = paint.after.fcp.median / paint.before.fcp.median;
    targets.push([
      "First contentful paint, CPU 4× + slow 4G, ≤ 0.8 × before (median)",
      `${ms(paint.after.fcp.median)} vs ${ms(paint.before.fcp.median)}: ${r.toFixed(2)} ×`,
      verdict(r <= TARGETS.fcpRatio, `by ${(r - TARGETS.fcpRatio).toFixed(2)} ×`),
    ]);
  }
  if (scaling) {
    const x1 = scaling.find((s) => s.factor === 1);
    const x100 = scaling.find((s) => s.factor === 100);
    const timeRatio = x100.build.median / x1.build.median;
    targets.push([
      "×100 build ≤ 2 × the ×1 build",
      `${timeRatio.toFixed(2)} ×`,
      verdict(
        timeRatio <= TARGETS.scaleTimeRatio,
        `by ${(timeRatio - TARGETS.scaleTimeRatio).toFixed(2)} ×`,
      ),
    ]);
    const growth = x100.index.total.raw / x1.index.total.raw;
    targets.push([
      "Every page ≤ 150 KB raw at ×100",
      `${x100.largest.page}: ${kb(x100.largest.total.raw)} KB`,
      verdict(
        x100.largest.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(x100.largest.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ]);
    targets.push([
      "Index page weight bounded at ×100",
      `${kb(x100.index.total.raw)} KB (${growth.toFixed(2)} × the ×1 page)`,
      verdict(
        x100.index.total.raw <= TARGETS.indexTotalKb * 1024,
        `by ${kb(x100.index.total.raw - TARGETS.indexTotalKb * 1024)} KB`,
      ),
    ]);
  }
  lines.push("### Targets", "", "| Target | Measured | Verdict |", "| --- | --- | --- |");
  for (const row of targets) lines.push(`| ${row.join(" | ")} |`);

  if (before !== null) {
    const b = before.pages.find((p) => p.page === "index.html");
    const row = (label, was, now, format) =>
      `| ${label} | ${format(was)} | ${format(now)} | ${ratio(now, was)} |`;
    const size = (bytes) => `${kb(bytes)} KB`;
    lines.push(
      "",
      `### Before and after (front page; before = \`${before.ref}\`)`,
      "",
      "| Measure | Before | After | After / before |",
      "| --- | ---: | ---: | ---: |",
      row("HTML raw", b.html.raw, index.html.raw, size),
      row("HTML gzip", b.html.gzip, index.html.gzip, size),
      row("HTML Brotli (as served)", b.htmlBrotli, index.htmlBrotli, size),
      row("Everything it loads, raw", b.total.raw, index.total.raw, size),
      row("JavaScript, gzip", b.js.gzip, index.js.gzip, size),
      row("The national map's SVG, raw", before.map.raw, map.raw, size),
    );
    if (paint?.before && paint?.after)
      for (const [key, label] of [
        ["fcp", "First contentful paint, CPU 4× + slow 4G (median)"],
        ["lcp", "Largest contentful paint, same (median)"],
        ["load", "Load event, same (median)"],
      ])
        lines.push(row(label, paint.before[key].median, paint.after[key].median, ms));
    if (lighthouse?.before && lighthouse?.after)
      for (const preset of ["mobile", "desktop"]) {
        const [was, now] = [lighthouse.before[preset].metrics, lighthouse.after[preset].metrics];
        lines.push(
          row(`Lighthouse ${preset}: first contentful paint`, was.fcp, now.fcp, ms),
          row(`Lighthouse ${preset}: largest contentful paint`, was.lcp, now.lcp, ms),
          row(`Lighthouse ${preset}: total blocking time`, was.tbt, now.tbt, ms),
          row(`Lighthouse ${preset}: main-thread work`, was.mainThread, now.mainThread, ms),
          `| Lighthouse ${preset}: cumulative layout shift | ${was.cls} | ${now.cls} | |`,
          `| Lighthouse ${preset}: performance score | ${lighthouse.before[preset].scores.performance.median} | ${lighthouse.after[preset].scores.performance.median} | |`,
        );
      }
    if (paint?.before && paint?.after)
      lines.push(
        "",
        `First paint: ${PAINT_RUNS} loads of each build, taking turns, in Chromium on a ${PHONE.width}×${PHONE.height} phone screen with the CPU slowed 4× and the network at ${SLOW_4G.latencyMs} ms latency, ${SLOW_4G.downloadKbps} kbit/s down (Lighthouse's slow 4G as DevTools applies it), cache off; times from navigation start. Ranges: FCP before ${ms(paint.before.fcp.min)}–${ms(paint.before.fcp.max)}, after ${ms(paint.after.fcp.min)}–${ms(paint.after.fcp.max)}.`,
      );
  }

  lines.push(
    "",
    "### Build time",
    "",
    "| Build | Runs | Median | Fastest | Slowest |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| From clean (no dist, .astro or node_modules/.vite) | ${clean.runs} | ${seconds(clean.median)} s | ${seconds(clean.min)} s | ${seconds(clean.max)} s |`,
    `| Rebuild after a one-row data change (DATA_DIR, caches warm) | ${rebuild.runs} | ${seconds(rebuild.median)} s | ${seconds(rebuild.min)} s | ${seconds(rebuild.max)} s |`,
  );

  const row = (p) =>
    `| ${p.page} | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${kb(p.fonts.raw)} / ${kb(p.fonts.gzip)} | ${kb(p.images.raw)} / ${kb(p.images.gzip)} | **${kb(p.total.raw)} / ${kb(p.total.gzip)}** |`;
  lines.push(
    "",
    "### Page weight (KB raw / gzip)",
    "",
    "HTML includes everything inline in it (the map, the charts, the stylesheet). CSS is the print stylesheet, which a screen loads without waiting for it. JS is the enhancement scripts, external modules.",
    `Fonts are what a screen loads; the print stylesheet's own typeface (${kb(pages[0]?.printFontsRaw ?? 0)} KB raw) is fetched only when the page is printed, and is not in these totals.`,
    "",
    "| Page | HTML | CSS | JS | Fonts | Images | Total |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  const regionPages = pages.filter((p) => /^region\/[^/]+\/index\.html$/.test(p.page));
  for (const p of pages.filter((p) => !regionPages.includes(p))) lines.push(row(p));
  if (regionPages.length > 0) {
    const byTotal = [...regionPages].sort((a, b) => a.total.raw - b.total.raw);
    const mid = byTotal[Math.floor(byTotal.length / 2)];
    lines.push(
      row({ ...byTotal[0], page: `region/* smallest (${byTotal[0].page.split("/")[1]})` }),
    );
    lines.push(row({ ...mid, page: `region/* median (${mid.page.split("/")[1]})` }));
    lines.push(
      row({ ...byTotal.at(-1), page: `region/* largest (${byTotal.at(-1).page.split("/")[1]})` }),
    );
  }

  const scriptSets = new Map();
  for (const p of pages) {
    const key = p.jsFiles.join(" + ") || "none";
    const set = scriptSets.get(key) ?? { pages: [], raw: p.js.raw, gzip: p.js.gzip };
    set.pages.push(p.page);
    scriptSets.set(key, set);
  }
  lines.push(
    "",
    "### JavaScript per page",
    "",
    "| Pages | Scripts | Raw | Gzip |",
    "| --- | --- | ---: | ---: |",
  );
  for (const [files, set] of scriptSets) {
    const named =
      set.pages.length > 3
        ? `${set.pages.slice(0, 2).join(", ")} and ${set.pages.length - 2} more`
        : set.pages.join(", ");
    const shortNames = files
      .split(" + ")
      .map((file) =>
        file.replace(/^_astro\//, "").replace(/\.astro_astro_type_script_index_0_lang/, ""),
      );
    lines.push(`| ${named} | ${shortNames.join(" + ")} | ${kb(set.raw)} KB | ${kb(set.gzip)} KB |`);
  }

  lines.push(
    "",
    "### The national map",
    "",
    `\`<svg class="fc-map">\` in index.html: **${kb(map.raw)} KB** raw, ${kb(map.gzip)} KB gzip; ${map.marks} unit marks, ${map.groups} group marks.` +
      (before === null
        ? ""
        : ` Before: ${kb(before.map.raw)} KB raw, ${kb(before.map.gzip)} KB gzip.`),
  );

  if (after) {
    lines.push(
      "",
      `### Lighthouse (index page, ${LIGHTHOUSE_RUNS} runs per preset and build, median; offline against 127.0.0.1)`,
      "",
      "| Build | Preset | Performance | Accessibility | Best practices | SEO |",
      "| --- | --- | ---: | ---: | ---: | ---: |",
    );
    for (const name of ["before", "after"]) {
      if (!lighthouse[name]) continue;
      for (const preset of ["mobile", "desktop"]) {
        const sc = lighthouse[name][preset].scores;
        lines.push(
          `| ${name} | ${preset} | ${CATEGORIES.map((c) => `${sc[c].median}${sc[c].min < sc[c].median ? ` (lowest ${sc[c].min})` : ""}`).join(" | ")} |`,
        );
      }
    }
    for (const preset of ["mobile", "desktop"]) {
      const { failed, offsite } = after[preset];
      if (failed.length > 0)
        lines.push("", `Audits below full marks (after, ${preset}): ${failed.join("; ")}.`);
      if (offsite.length > 0)
        lines.push("", `Requests off 127.0.0.1 (after, ${preset}): ${offsite.join(", ")}.`);
    }
  }

  if (scaling) {
    lines.push(
      "",
      `### Scaling (synthetic units cloned from data/verksamheter.csv; ${SCALE_RUNS} rounds of clean builds, median)`,
      "",
      "| Data | Units | Build | vs ×1 | Index page raw / gzip | Map raw / gzip | Map marks | Largest page raw / gzip |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const base = scaling.find((s) => s.factor === 1).build.median;
    for (const s of scaling) {
      lines.push(
        `| ×${s.factor} | ${s.units.toLocaleString("en")} | ${seconds(s.build.median)} s | ${(s.build.median / base).toFixed(2)} × | ${kb(s.index.total.raw)} / ${kb(s.index.total.gzip)} KB | ${kb(s.map.raw)} / ${kb(s.map.gzip)} KB | ${s.map.groups > 0 ? `${s.map.groups} groups` : `${s.map.marks} units`} | ${s.largest.page}: ${kb(s.largest.total.raw)} / ${kb(s.largest.total.gzip)} KB |`,
      );
    }
    const kept = scaling.filter((s) => s.kept > 0).map((s) => `×${s.factor}: ${s.kept}`);
    if (kept.length > 0)
      lines.push(
        "",
        `Clones that would have left their region when moved kept the original's position (${kept.join(", ")}).`,
      );
  }
  return lines.join("\n");
}
