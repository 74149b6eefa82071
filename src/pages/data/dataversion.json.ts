import type { APIRoute } from "astro";
import { dataSnapshot } from "../../lib/data-snapshot.ts";
import { reportContext } from "../../lib/report-context.ts";

/**
 * The data this build was made from, as the next `npm run build` reads it to
 * say what changed (scripts/build.mjs): the published columns of each unit as
 * hashes and the units per region. Nothing the policy keeps back is in it.
 */
export const GET: APIRoute = () => {
  const { dataset, figures } = reportContext();
  return new Response(`${JSON.stringify(dataSnapshot(dataset, figures))}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
