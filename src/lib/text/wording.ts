/**
 * Sentence parts that every language builds the same way from its own words:
 * the catalogues (text/sv/, text/en/) pass in their words and formatter,
 * so the logic (which form is missing, which fraction a share is near, which
 * way a count changed) is written once.
 */
import { VERKSAMHETSFORMER, type Verksamhetsform } from "../data/index.ts";
import type { Formatter, Noun } from "../format.ts";
import {
  approximateShare,
  type Change,
  type FormCounts,
  type Fraction,
  type Qualifier,
} from "../stats/index.ts";

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A language's words for counting units by form. */
export interface FormWords {
  readonly format: Formatter;
  readonly formLabel: Readonly<Record<Verksamhetsform, Noun>>;
  /** Both forms together: "verksamhet", "unit". */
  readonly unit: Noun;
  /** "och", "and". */
  readonly and: string;
  /** Before a form with no units: "ingen", "no". */
  readonly none: string;
}

/** "153 familjecentraler och 93 …", or "6 … och ingen familjecentral" when one form has none. */
export function formCountsIn(units: FormCounts, w: FormWords): string {
  const fc = w.format.count(units.familjecentral, w.formLabel.familjecentral);
  const fsl = w.format.count(units.familjecentralsliknande, w.formLabel.familjecentralsliknande);
  if (units.familjecentral === 0)
    return `${fsl} ${w.and} ${w.none} ${w.formLabel.familjecentral.one}`;
  if (units.familjecentralsliknande === 0)
    return `${fc} ${w.and} ${w.none} ${w.formLabel.familjecentralsliknande.one}`;
  return `${fc} ${w.and} ${fsl}`;
}

/**
 * What the map's marks stand for, forms without units left out (the map has
 * no marks for them): "Rosa cirklar: 153 familjecentraler; gröna trianglar:
 * 1 familjecentralsliknande verksamhet".
 */
export function markKeyIn(
  units: FormCounts,
  w: FormWords,
  symbol: Readonly<Record<Verksamhetsform, string>>,
): string {
  const forms = VERKSAMHETSFORMER.filter((form) => units[form] > 0);
  return capitalise(
    forms
      .map((form) => `${symbol[form]}: ${w.format.count(units[form], w.formLabel[form])}`)
      .join("; "),
  );
}

/** The total first when both forms occur: "246 verksamheter: 153 familjecentraler och …". */
export function formBreakdownIn(units: FormCounts, w: FormWords): string {
  return units.familjecentral === 0 || units.familjecentralsliknande === 0
    ? formCountsIn(units, w)
    : `${w.format.count(units.total, w.unit)}: ${formCountsIn(units, w)}`;
}

/** A language's words for a share near a simple fraction (approximateShare). */
export interface ShareWords {
  readonly format: Formatter;
  readonly fraction: Readonly<Record<Fraction, string>>;
  readonly qualifier: Readonly<Record<Qualifier, string>>;
}

/** "drygt en tredjedel (35,4 %)", or just the percentage when no simple fraction fits. */
export function shareInWordsOf(share: number, w: ShareWords): string {
  const approximate = approximateShare(share);
  if (approximate === null) return w.format.percent(share);
  const words = `${w.qualifier[approximate.qualifier]} ${w.fraction[approximate.fraction]}`;
  return `${words} (${w.format.percent(share)})`;
}

/** A language's words for a count that changed. */
export interface ChangeWords {
  readonly format: Formatter;
  readonly unit: Noun;
  /** The verbs for up and down: "ökat"/"minskat", "risen"/"fallen". */
  readonly up: string;
  readonly down: string;
}

/** ("ökat", "115 verksamheter (+87,8 %)"), ("minskat", "1 verksamhet"), or null when unchanged. */
export function changeInWords(
  change: Change,
  w: ChangeWords,
): { verb: string; amount: string } | null {
  if (change.direction === "same") return null;
  const relative = change.relative === null ? "" : ` (${w.format.signedPercent(change.relative)})`;
  return {
    verb: change.direction === "up" ? w.up : w.down,
    amount: `${w.format.count(Math.abs(change.absolute), w.unit)}${relative}`,
  };
}

/**
 * Up to this many regions without units are named in a map's caption and
 * legend; more are counted instead (the table beside the map names each), so
 * that neither grows past what fits beside the map on a printed page.
 */
export const EMPTY_REGIONS_NAMED = 5;
