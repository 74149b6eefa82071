export interface BuildDateSources {
  /** SOURCE_DATE_EPOCH, the reproducible-builds convention: whole seconds since 1970. */
  readonly sourceDateEpoch: string | undefined;
  /** The clock, in milliseconds since 1970; injected so tests can set it. */
  readonly now: () => number;
}

/** The instant a build states: SOURCE_DATE_EPOCH when it is whole seconds, else the clock. */
export function buildDate(sources: BuildDateSources): Date {
  const epoch = sources.sourceDateEpoch;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(Math.floor(sources.now() / 1000) * 1000);
}

/**
 * The date this build states, the same on every page, download and the PDF.
 * The first call fixes it for the whole process by setting SOURCE_DATE_EPOCH,
 * since Astro may load this module more than once in one build and a build
 * that runs across midnight must not state two dates.
 */
export function currentBuildDate(
  env: Record<string, string | undefined> = process.env,
  now: () => number = Date.now,
): Date {
  const date = buildDate({ sourceDateEpoch: env["SOURCE_DATE_EPOCH"], now });
  env["SOURCE_DATE_EPOCH"] = String(date.getTime() / 1000);
  return date;
}
