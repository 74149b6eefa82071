/**
 * The date the report says it was built never comes from the clock, so the
 * same inputs give the same bytes: SOURCE_DATE_EPOCH, else the data's last
 * commit, else the newest data file.
 */
import { execFileSync } from "node:child_process";
import { utimesSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { buildDate, buildDateFor, DATA_FILES } from "../../src/lib/data/index.ts";
import { DATA_DIR, scratchDir } from "./data-copy.ts";

const never = () => {
  throw new Error("should not be asked");
};

describe("buildDate", () => {
  it("uses SOURCE_DATE_EPOCH when set, without asking git or the files", () => {
    const date = buildDate({
      sourceDateEpoch: "1700000000",
      lastDataCommit: never,
      newestDataFile: never,
    });
    expect(date.toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it.each(["", "abc", "-5", "1.5", " 1700000000", "1e9"])(
    "ignores a SOURCE_DATE_EPOCH that is not whole seconds (%j) and uses the data's last commit",
    (epoch) => {
      const date = buildDate({
        sourceDateEpoch: epoch,
        lastDataCommit: () => 1_600_000_000,
        newestDataFile: never,
      });
      expect(date.getTime()).toBe(1_600_000_000_000);
    },
  );

  it("falls back to the newest data file when git does not know the data", () => {
    const date = buildDate({
      sourceDateEpoch: undefined,
      lastDataCommit: () => undefined,
      newestDataFile: () => 1_500_000_000.5,
    });
    expect(date.getTime()).toBe(1_500_000_000_500);
  });

  it("gives the same date for the same sources, whatever the clock says", () => {
    vi.useFakeTimers({ now: new Date("2031-01-01T00:00:00Z") });
    const sources = {
      sourceDateEpoch: undefined,
      lastDataCommit: () => 1_600_000_000,
      newestDataFile: never,
    };
    const first = buildDate(sources).getTime();
    vi.setSystemTime(new Date("2042-06-01T00:00:00Z"));
    expect(buildDate(sources).getTime()).toBe(first);
    vi.useRealTimers();
  });
});

describe("buildDateFor", () => {
  const scratch = scratchDir("build-date");
  afterAll(() => scratch.remove());
  afterEach(() => vi.unstubAllEnvs());

  it("uses SOURCE_DATE_EPOCH from the environment", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "1234567890");
    expect(buildDateFor(DATA_DIR).getTime()).toBe(1_234_567_890_000);
  });

  it("uses the last commit that changed data/ in this repository", (context) => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    let committed: string;
    try {
      committed = execFileSync("git", ["log", "-1", "--format=%ct", "--", "."], {
        cwd: DATA_DIR,
        encoding: "utf8",
      }).trim();
    } catch {
      context.skip();
      return;
    }
    if (committed === "") context.skip();
    expect(buildDateFor(DATA_DIR).getTime()).toBe(Number(committed) * 1000);
  });

  it("outside git, uses the newest data file's modification time", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", undefined);
    const dir = scratch.copyData();
    const seconds = [1_400_000_000, 1_400_000_500, 1_400_000_100, 1_400_000_200];
    Object.values(DATA_FILES).forEach((name, i) => {
      utimesSync(path.join(dir, name), seconds[i] ?? 0, seconds[i] ?? 0);
    });
    expect(buildDateFor(dir).getTime()).toBe(1_400_000_500_000);
  });
});
