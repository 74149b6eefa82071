import { readFileSync } from "node:fs";
import {
  DATA_FILES,
  POLICY_FILE,
  validateDataset,
  type Dataset,
  type DataSources,
} from "../../src/lib/data/index.ts";

export const FIXTURE_DIR = new URL("../fixtures/small/", import.meta.url);

type Role = keyof typeof DATA_FILES;

/** The small hand-made fixture as sources, with any file's text replaced. */
export function fixtureSources(overrides: Partial<Record<Role, string>> = {}): DataSources {
  const source = (role: Role) => ({
    file: `data/${DATA_FILES[role]}`,
    content: overrides[role] ?? readFileSync(new URL(DATA_FILES[role], FIXTURE_DIR), "utf8"),
  });
  return {
    regioner: source("regioner"),
    kommuner: source("kommuner"),
    verksamheter: source("verksamheter"),
    kartlaggningar: source("kartlaggningar"),
    publicering: {
      file: `data/${POLICY_FILE}`,
      content: readFileSync(new URL(POLICY_FILE, FIXTURE_DIR), "utf8"),
    },
  };
}

export function fixtureText(role: Role): string {
  return readFileSync(new URL(DATA_FILES[role], FIXTURE_DIR), "utf8");
}

/** The fixture validated; fails the test if the fixture itself is invalid. */
export function fixtureDataset(): Dataset {
  const result = validateDataset(fixtureSources());
  if (!result.ok) throw new Error(`Fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

/** Replaces one field of one data row (1-based, header excluded) in a CSV text. */
export function withField(csv: string, row: number, column: string, value: string): string {
  const lines = csv.split("\n");
  const header = (lines[0] ?? "").split(",");
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`No column ${column}`);
  const fields = (lines[row] ?? "").split(",");
  fields[index] = value;
  lines[row] = fields.join(",");
  return lines.join("\n");
}
