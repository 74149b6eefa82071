/**
 * Property tests run with a fixed seed, so `npm test` (and CI) is deterministic.
 * To explore, set FC_SEED to another number (or "random") and FC_RUNS to a
 * multiplier of each test's runs (see tests/helpers/property-runs.ts); pin
 * every counterexample found as a regression test.
 */
import fc from "fast-check";

const setting = process.env["FC_SEED"];
const seed =
  setting === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(setting ?? 20_261_202);
if (setting !== undefined) console.info(`fast-check seed ${seed}`);
fc.configureGlobal({ seed });
