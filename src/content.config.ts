import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/**
 * The report's proposals, one Markdown file per level, so an editor can change
 * the wording without touching code. Files are shown in file-name order.
 */
const forslag = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/forslag" }),
  schema: z.object({
    /** The level the proposal is addressed to. */
    niva: z.enum(["lokal", "regional", "nationell", "kunskapsutveckling"]),
    /** The heading shown above the proposal. */
    rubrik: z.string().min(1),
  }),
});

export const collections = { forslag };
