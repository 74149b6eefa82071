/** A property test's number of runs, scaled by FC_RUNS when exploring (see tests/setup/fast-check.ts). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * Number(process.env["FC_RUNS"] ?? 1)));
}
