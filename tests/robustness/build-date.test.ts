/**
 * The report states the date it was built: SOURCE_DATE_EPOCH when set (so the
 * same inputs give the same bytes), else the clock, read once per build and
 * shown as the day it is in Stockholm.
 */
import { describe, expect, it } from "vitest";
import { buildDate, currentBuildDate } from "../../src/lib/data/index.ts";
import { formatDate, formatIsoDate } from "../../src/lib/format.ts";

const never = () => {
  throw new Error("should not be asked");
};

describe("buildDate", () => {
  it("uses SOURCE_DATE_EPOCH when set, without reading the clock", () => {
    const date = buildDate({ sourceDateEpoch: "1700000000", now: never });
    expect(date.toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it.each(["", "abc", "-5", "1.5", " 1700000000", "1e9"])(
    "ignores a SOURCE_DATE_EPOCH that is not whole seconds (%j) and reads the clock",
    (epoch) => {
      const date = buildDate({ sourceDateEpoch: epoch, now: () => 1_600_000_000_123 });
      expect(date.getTime()).toBe(1_600_000_000_000);
    },
  );

  it("is the clock's time when nothing is set, whatever the data's history", () => {
    const date = buildDate({ sourceDateEpoch: undefined, now: () => 1_800_000_000_999 });
    expect(date.getTime()).toBe(1_800_000_000_000);
  });
});

describe("currentBuildDate", () => {
  it("reads the clock once per build: later calls state the same instant", () => {
    const env: Record<string, string | undefined> = {};
    let clock = 1_800_000_000_000;
    const first = currentBuildDate(env, () => clock);
    clock += 36 * 3600 * 1000;
    expect(currentBuildDate(env, () => clock).getTime()).toBe(first.getTime());
    expect(env["SOURCE_DATE_EPOCH"]).toBe("1800000000");
  });

  it("keeps a SOURCE_DATE_EPOCH it is given", () => {
    const env = { SOURCE_DATE_EPOCH: "1234567890" };
    expect(currentBuildDate(env, never).getTime()).toBe(1_234_567_890_000);
    expect(env.SOURCE_DATE_EPOCH).toBe("1234567890");
  });
});

describe("the build date in Stockholm", () => {
  it("is the same day in words and as an ISO date, also just before midnight UTC", () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Stockholm.
    const late = new Date("2026-12-01T23:30:00Z");
    expect(formatDate(late)).toBe("2 december 2026");
    expect(formatIsoDate(late)).toBe("2026-12-02");
    // In summer Stockholm is two hours ahead.
    const summer = new Date("2026-06-30T22:15:00Z");
    expect(formatDate(summer)).toBe("1 juli 2026");
    expect(formatIsoDate(summer)).toBe("2026-07-01");
  });
});
