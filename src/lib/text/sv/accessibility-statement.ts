/**
 * The accessibility statement (/tillganglighet/), in the order of Digg's model
 * statement: who stands behind the site, how accessible it is, what a reader can
 * do and whom to tell, supervision, technical information, content that is not
 * accessible, and how the site was tested. Swedish only: the law's statement.
 *
 * Each test named under "Hur vi testat webbplatsen" points to the file that runs
 * it (`files`), and tests/build/accessibility-statement.test.ts checks that every
 * one exists, so the page never names a check the code does not make.
 */

/** A check the statement says the site is tested with, and the files that make it. */
export interface StatementCheck {
  readonly text: string;
  readonly files: readonly string[];
}

export const accessibilityStatement = {
  title: "Tillgänglighetsredogörelse",
  pageTitle: (year: string) => `Tillgänglighetsredogörelse – familjecentraler ${year}`,
  description:
    "Hur webbplatsen om familjecentraler uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du rapporterar brister.",
  lead: (publishers: string, site: string) =>
    `${publishers} står bakom webbplatsen ${site}. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss, så att vi kan åtgärda dem.`,

  statusHeading: "Hur tillgänglig är webbplatsen?",
  status:
    "Vi vet att delar av webbplatsen inte är helt tillgängliga. Vad det gäller står under rubriken Innehåll som inte är tillgängligt längre ned på sidan.",

  helpHeading: "Vad kan du göra om du inte kan använda delar av webbplatsen?",
  help: "Alla siffror finns också i tabeller på sidorna och som filer på sidan Ladda ner data. Behöver du något av innehållet i en annan form kan du skriva till oss:",

  reportHeading: "Rapportera brister i webbplatsens tillgänglighet",
  report:
    "Vi vill hela tiden göra webbplatsen bättre. Om du hittar problem som inte beskrivs på den här sidan, eller om du tycker att webbplatsen inte uppfyller lagens krav, berätta det för oss så att vi kan rätta det:",
  contact: "tillganglighet@familjecentraler.example",

  supervisionHeading: "Tillsyn",
  supervision:
    "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du påtala det för Digg.",
  supervisionLink: "Anmäl bristande tillgänglighet till Digg",
  /** Digg's reporting form, as Digg's guidance for statements asks sites to link it. */
  supervisionUrl: "https://www.digg.se/tdosanmalan",

  technicalHeading: "Teknisk information om webbplatsens tillgänglighet",
  technical:
    "Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Lagen ställer krav enligt standarden EN 301 549 V3.2.1, som för webbsidor och dokument bygger på riktlinjerna WCAG 2.1 på nivå AA.",

  contentHeading: "Innehåll som inte är tillgängligt",
  contentIntro:
    "Det innehåll som beskrivs här är på ett eller annat sätt inte helt tillgängligt. Vi har bara bedömt webbplatsen med automatiska tester (se nedan), så det kan finnas brister som vi ännu inte känner till.",
  issuesHeading: "Brister som vi känner till",
  issues: [
    "Kartornas verksamheter går att nå en och en bara med JavaScript påslaget: peka eller tryck på en symbol, eller gå till kartan med tabbtangenten och flytta mellan verksamheterna med piltangenterna. Utan JavaScript är kartan en bild med en textbeskrivning. Samma uppgifter finns alltid i tabellerna intill kartorna och i listan över verksamheter på varje regions sida.",
    "Symbolerna på kartorna är små och ligger tätt i storstäderna. Med piltangenterna nås varje verksamhet, men med mus eller finger kan det vara svårt att träffa den man vill.",
    "När en karta har fler verksamheter än den visar en och en, visar den en symbol per kommun och verksamhetsform. Symbolen berättar då hur många verksamheter den står för, inte vilka.",
    "Kartans regioner är länkar för den som använder mus. För tangentbord och skärmläsare finns samma länkar i tabellen under kartan.",
    "PDF-versionen av rapporten har inte granskats manuellt, bara med de automatiska kontroller som beskrivs nedan.",
  ],
  burdenHeading: "Oskäligt betungande anpassning",
  burden:
    "Vi åberopar inte undantaget för oskäligt betungande anpassning (12 § i lagen) för något innehåll.",
  outOfScopeHeading: "Innehåll som inte omfattas av lagen",
  outOfScope:
    "Webbplatsen har inget innehåll som är undantaget från lagen (9 §), som inspelad video eller dokument som publicerades före lagkraven.",

  testingHeading: "Hur vi testat webbplatsen",
  testingIntro:
    "Vi har gjort en självskattning (intern testning) med automatiska tester. Testerna finns i webbplatsens källkod och körs på alla sidor innan en ny version av koden tas i bruk. De kontrollerar att",
  checks: [
    {
      text: "verktyget axe-core inte hittar något fel mot WCAG 2.0 och 2.1 på nivå A och AA, också när en verksamhet på kartan är vald, en tabell är sorterad och en verksamhetsform är dold,",
      files: ["tests/e2e/axe.test.ts"],
    },
    {
      text: "koden är giltig HTML enligt W3C:s Nu HTML Checker,",
      files: ["tests/e2e/html-validity.test.ts"],
    },
    {
      text: "sidorna går att använda med tangentbord i webbläsaren Chromium: först en länk som hoppar till innehållet, synlig fokusmarkering på allt som går att välja och en tabbordning som följer sidan,",
      files: ["tests/e2e/browser.test.ts"],
    },
    {
      text: "inget innehåll kräver rullning i sidled vid 320, 375, 768 och 1280 pixlars bredd, och att allt innehåll och alla siffror visas också utan JavaScript,",
      files: ["tests/e2e/browser.test.ts"],
    },
    {
      text: "kartornas verksamheter går att nå med tangentbord, mus och pekskärm och har namn som skärmläsare läser upp, och att tabellerna går att sortera,",
      files: ["tests/e2e/enhancements.test.ts"],
    },
    {
      text: "varje sida anger sitt språk och har en huvudrubrik och rubriker i rätt ordning, och att varje diagram har en textbeskrivning och samma siffror i en tabell,",
      files: ["tests/e2e/structure.test.ts", "tests/build/alt-texts.test.ts"],
    },
    {
      text: "PDF-versionen är taggad, har bokmärken, alternativtext till kartan och diagrammen, inbäddade typsnitt och en PDF/UA-identifiering i sina XMP-metadata, och att den klarar de kontrollpunkter i standarden PDF/UA-1 som går att pröva maskinellt.",
      files: ["tests/pdf/pdf.test.ts", "tests/pdf/pdf-ua-checks.ts", "tests/pdf/xmp.test.ts"],
    },
  ] satisfies readonly StatementCheck[],
  lighthouse: {
    text: "Vid prestandamätningen av webbplatsen granskas rapportens första sida också med verktyget Lighthouse, som bland annat mäter tillgänglighet.",
    files: ["scripts/bench/lighthouse.mjs"],
  } satisfies StatementCheck,
  testingNote:
    "Automatiska tester hittar inte alla brister. Till exempel prövar de inte om texten är lätt att förstå, och kartorna har inte prövats av personer som använder skärmläsare. Byggs webbplatsen om med nya uppgifter kontrolleras datafilerna rad för rad, men sidorna testas bara om testerna körs på nytt.",
  assessed: "Den senaste bedömningen gjordes för den version av webbplatsen som byggdes",
  updated: "Redogörelsen skapas när webbplatsen byggs och uppdaterades senast",
} as const;
