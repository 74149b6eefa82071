import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "./types.ts";

/** Where each language's proposals lie, one folder per survey year, relative to the project. */
export const PROPOSAL_FOLDERS = {
  sv: "src/content/forslag",
  en: "src/content/proposals-en",
} as const;

/** Whether a survey has proposals of its own in one language's folder. */
export function hasProposals(root: string, folder: string, year: number): boolean {
  const dir = path.join(root, folder, String(year));
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith(".md"));
}

/**
 * What the steward should know about the content that belongs to the current
 * survey, in Swedish: a survey without its own proposals is built with a
 * sentence saying they are not yet published, never with an earlier survey's.
 */
export function surveyContentWarnings(root: string, dataset: Dataset): string[] {
  const current = dataset.kartlaggningar.find((survey) => survey.antal === null);
  if (current === undefined) return [];
  const year = current.ar;
  const missing = Object.values(PROPOSAL_FOLDERS).filter(
    (folder) => !hasProposals(root, folder, year),
  );
  return missing.length === 0
    ? []
    : [
        `Kartläggningen ${year} har inga egna förslag (${missing.map((folder) => `${folder}/${year}/`).join(" och ")} saknas). Rapporten säger då att förslagen ännu inte är publicerade; förslag från en tidigare kartläggning visas inte. Lägg förslagen i en mapp med kartläggningens år innan rapporten publiceras.`,
      ];
}
