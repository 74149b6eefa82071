/**
 * `npm run dev` while an analyst edits data/: a change shows without a
 * restart, a bad change shows the Swedish problem list (in the terminal and as
 * the page in the browser, never Astro's English error overlay or a stack trace)
 * instead of stopping the server, and the browser is told to reload each time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-site.ts";
import { chromeOrSkip, launchChrome } from "../helpers/browser.ts";
import { editData, readData, scratchDir, setField } from "./data-copy.ts";

const ASTRO = path.join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });

/**
 * Generous: a dev server on a busy 2-core machine can take minutes to start.
 * Less than the suite's testTimeout, so a wait that fails says what it waited for.
 */
const WAIT_MS = 4 * 60_000;

async function until<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  ms = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The environment without what Vitest sets for its own Vite (NODE_ENV=test,
 * VITEST, BASE_URL…): a dev server started with it serves 404 for every page.
 */
function plainEnv(): NodeJS.ProcessEnv {
  const vitest = ["TEST", "NODE_ENV", "BASE_URL", "MODE", "DEV", "PROD", "SSR"];
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST|VITE_)/.test(name) && !vitest.includes(name),
    ),
  );
}

/** Astro's English error overlay and what it shows: the error's class, stack and source. */
const NOT_FOR_THE_ANALYST =
  /An error occurred|DataValidationError|Stack trace|readAndValidate|load-dataset\.ts/i;

const chrome = chromeOrSkip();
const scratch = scratchDir("dev-server");
const dataDir = scratch.copyData();
const original = readData(dataDir, "verksamheter.csv");
let dev: ChildProcess;
let url: string;
let log = "";
const hmr: { at: number; data: string }[] = [];
let socket: WebSocket;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  dev = spawn(
    process.execPath,
    [ASTRO, "dev", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)],
    {
      cwd: PROJECT_ROOT,
      env: { ...plainEnv(), DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  dev.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  dev.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  // --ignore-lock: run alongside any dev server someone else has open on this project.
  await until("the dev server", async () => {
    if (dev.exitCode !== null) throw new Error(`astro dev stopped:\n${log}`);
    return (await fetch(url)).status === 200 ? true : undefined;
  }).catch((error: unknown) => {
    throw new Error(`${String(error)}\n${log}`);
  });
  socket = new WebSocket(url.replace("http", "ws"), "vite-hmr");
  socket.addEventListener("message", (event) =>
    hmr.push({ at: Date.now(), data: String(event.data) }),
  );
  await until("the HMR socket", async () =>
    socket.readyState === WebSocket.OPEN ? true : undefined,
  );
}, WAIT_MS * 2);

afterAll(() => {
  socket?.close();
  dev?.kill();
  scratch.remove();
});

/** Waits for a full reload sent after `since`. */
const reloadAfter = (since: number) =>
  until("a full reload", async () =>
    hmr.some((m) => m.at >= since && m.data.includes('"full-reload"')) ? true : undefined,
  );

describe("the dev server while data/ changes", () => {
  it("shows a changed name without a restart, and reloads the browser", async () => {
    const since = Date.now();
    editData(dataDir, "verksamheter.csv", (csv) =>
      setField(csv, 2, "namn", "Familjecentralen Ändrad"),
    );
    await reloadAfter(since);
    const html = await until("the new name", async () => {
      const text = await (await fetch(url)).text();
      return text.includes("Familjecentralen Ändrad") ? text : undefined;
    });
    expect(html).toContain("Familjecentralen Ändrad");
  });

  it("shows a bad change as a Swedish page with the problem list alone, and keeps running", async () => {
    const since = Date.now();
    const logFrom = log.length;
    editData(dataDir, "verksamheter.csv", (csv) => setField(csv, 3, "id", "V001"));
    await reloadAfter(since);
    const response = await fetch(url);
    expect(response.status).toBe(500);
    const html = await response.text();
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute("lang")).toBe("sv");
    expect(document.querySelector("h1")?.textContent).toMatch(/datan behöver rättas/);
    const problems = document.querySelector("pre")?.textContent ?? "";
    expect(problems).toMatch(/^Datan kan inte användas: 1 fel hittades\./);
    expect(problems).toMatch(
      /verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2; värdet måste vara unikt/,
    );
    expect(html).not.toMatch(NOT_FOR_THE_ANALYST);
    // The terminal shows the same list, and no stack trace.
    const printed = await until("the problem list in the terminal", async () => {
      const text = log.slice(logFrom);
      return /verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2/.test(text)
        ? text
        : undefined;
    });
    expect(printed).not.toMatch(NOT_FOR_THE_ANALYST);
    expect(printed).not.toMatch(/^\s+at /m);
  });

  it.skipIf(chrome === null)(
    "in Chromium: the Swedish page, no error overlay; it turns into the report when the file is fixed",
    async () => {
      const browser = await launchChrome(chrome ?? "");
      try {
        const page = await browser.newPage();
        // The page keeps listening for reloads, like the report itself.
        const listening = page.waitForEvent("console", {
          predicate: (message) => message.text().includes("[vite] connected"),
          timeout: WAIT_MS,
        });
        await page.goto(url);
        const text = await page.locator("body").innerText();
        expect(text).toMatch(/verksamheter\.csv rad 3, kolumn id: "V001" finns redan på rad 2/);
        expect(text).not.toMatch(NOT_FOR_THE_ANALYST);
        expect(await page.locator("vite-error-overlay, astro-dev-overlay").count()).toBe(0);
        await listening;
        editData(dataDir, "verksamheter.csv", () => original);
        // No reload by hand: the page reloads itself when the server says so.
        await page.waitForFunction(
          () => document.querySelector("#problem") === null && document.querySelector("h1"),
          undefined,
          { timeout: WAIT_MS },
        );
        expect(await page.locator("h1").innerText()).toMatch(/^Familjecentraler i Sverige/);
      } finally {
        await browser.close();
      }
    },
  );

  it("recovers as soon as the file is fixed, and never sent the browser an error overlay", async () => {
    const since = Date.now();
    editData(dataDir, "verksamheter.csv", () => original);
    await reloadAfter(since);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Familjecentralen i Upplands Väsby");
    expect(dev.exitCode).toBeNull();
    expect(hmr.filter((message) => message.data.includes('"type":"error"'))).toEqual([]);
  });
});
