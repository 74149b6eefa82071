/** The data page's account of data versions and corrections (data/dataversioner.csv, data/rattelser.csv). */
export const dataVersions = {
  heading: "Dataversioner och rättelser",
  versionsCaption: "Publicerade dataversioner",
  date: "Datum",
  summary: "Vad versionen ändrade",
  noVersions: "Inga dataversioner är förtecknade ännu.",
  correctionsHeading: "Rättelser",
  correctionsCaption: "Rättelser i publicerade data",
  correction: "Vad som rättades",
  noCorrections: "Inga rättelser har gjorts i publicerade data.",
} as const;
