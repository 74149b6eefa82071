export const proposals = {
  /** The current survey has no proposals of its own (src/content/forslag/<år>/) yet. */
  notYetPublished: (year: string) =>
    `Förslagen som hör till kartläggningen ${year} är ännu inte publicerade. Förslag från tidigare kartläggningar visas inte här, eftersom de gällde en annan tid.`,
  intro:
    "För att arbetet ska bli strukturerat, uthålligt och långsiktigt behöver verksamheterna stöd på lokal, regional och nationell nivå, med ansvariga aktörer som organiserar och stöttar arbetet på varje nivå. Myndigheterna föreslår följande.",
} as const;
