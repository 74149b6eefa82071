import { chromium } from "playwright-core";
import { serveStatic } from "./scripts/lib/static-server.mjs";
const dir = process.argv[2] ?? "dist";
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage();
await page.goto(`${server.url}lattlast/`);
console.log(await page.evaluate(() => document.querySelector("main").innerText));
await browser.close(); await server.close();
