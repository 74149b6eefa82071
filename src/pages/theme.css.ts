import type { APIRoute } from "astro";
import { themeAlternativesCss } from "../lib/theme.ts";

/**
 * The dark theme and the forced-colours rules (src/lib/theme.ts), linked from
 * every page for those media only: a light page does not wait for it.
 */
export const GET: APIRoute = () =>
  new Response(themeAlternativesCss(), { headers: { "content-type": "text/css; charset=utf-8" } });
