import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** A proposal's front matter, the same in every language. */
const proposal = z.object({
  /** The level the proposal is addressed to. */
  niva: z.enum(["lokal", "regional", "nationell", "kunskapsutveckling"]),
  /** The heading shown above the proposal. */
  rubrik: z.string().min(1),
});

/**
 * The report's proposals, one Markdown file per level in a folder per survey
 * year (forslag/2023/1-lokal.md), so an editor can change the wording without
 * touching code and a new survey never shows an earlier survey's proposals.
 * Files are shown in file-name order. The English summary's are a collection
 * of their own, beside the Swedish ones, in the same year folders.
 */
const forslag = defineCollection({
  loader: glob({ pattern: "*/*.md", base: "./src/content/forslag" }),
  schema: proposal,
});
const proposalsEn = defineCollection({
  loader: glob({ pattern: "*/*.md", base: "./src/content/proposals-en" }),
  schema: proposal,
});

export const collections = { forslag, proposalsEn };
