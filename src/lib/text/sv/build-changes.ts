/**
 * What `npm run build` says about the data it replaces in dist/, in Swedish,
 * for the steward (scripts/build.mjs). The lines are composed from a DataDiff.
 */
import type { DataDiff } from "../../data-snapshot.ts";
import { formatCount, formatInteger, formatList } from "../../format.ts";
import { nouns } from "../nouns.ts";

/** At most this many ids are named in one line; the rest are counted. */
const NAMED = 10;

const named = (ids: readonly string[]) =>
  ids.length <= NAMED
    ? ids.join(", ")
    : `${ids.slice(0, NAMED).join(", ")} och ${formatInteger(ids.length - NAMED)} till`;

export const buildChanges = {
  noPrevious: (target: string) =>
    `Jämförelse med förra bygget: ${target} finns inte, så det finns inget att jämföra datan med.`,
  noSnapshot: (target: string, file: string) =>
    `Jämförelse med förra bygget: ${target} har ingen ${file} (den byggdes av en äldre version eller är skadad), så det går inte att säga vad som ändrats i datan.`,
  lines: (diff: DataDiff, target: string): string[] => {
    if (
      diff.added.length === 0 &&
      diff.removed.length === 0 &&
      diff.changed.length === 0 &&
      diff.regions.length === 0
    )
      return [
        diff.before === diff.after
          ? `Datan är densamma som i förra bygget i ${target} (dataversion ${diff.after}).`
          : `Ändringar i datan sedan förra bygget i ${target} (dataversion ${diff.before} → ${diff.after}): inga verksamheter tillkom, togs bort eller ändrades i det som publiceras per verksamhet, och antalen per region är desamma. Ändringen gäller uppgifter som bara publiceras i sammanställningar eller någon annan datafil.`,
      ];
    const changed = diff.changed.map((unit) => `${unit.id} (${formatList(unit.columns)})`);
    return [
      `Ändringar i datan sedan förra bygget i ${target} (dataversion ${diff.before} → ${diff.after}):`,
      ...(diff.added.length === 0
        ? []
        : [
            `  - tillkom: ${formatCount(diff.added.length, nouns.verksamhet)}: ${named(diff.added)}`,
          ]),
      ...(diff.removed.length === 0
        ? []
        : [
            `  - togs bort: ${formatCount(diff.removed.length, nouns.verksamhet)}: ${named(diff.removed)}`,
          ]),
      ...(diff.changed.length === 0
        ? []
        : [
            `  - ändrades: ${formatCount(diff.changed.length, nouns.verksamhet)}: ${named(changed)}`,
          ]),
      ...(diff.regions.length === 0
        ? ["  - antalet verksamheter per region är detsamma"]
        : [
            `  - antal per region: ${diff.regions.map((r) => `${r.region} ${formatInteger(r.before)} → ${formatInteger(r.after)}`).join(", ")}`,
          ]),
      "  (Kolumner som bara publiceras i sammanställningar jämförs inte per verksamhet.)",
    ];
  },
} as const;
