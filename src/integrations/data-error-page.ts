import { escapeXml } from "../lib/svg/escape-xml.ts";

/**
 * The page `npm run dev` shows instead of the report while the data cannot be
 * used: the same Swedish problem list the terminal shows, and nothing else.
 * Astro's own error overlay would frame it in English, with a stack trace and
 * source code that say nothing to the analyst who has to fix a CSV file.
 *
 * @param problems the DataValidationError's message, printed as it stands
 * @param viteClient URL of Vite's client script, which reloads the page when a
 *   data file is saved again (see validate-data.ts)
 */
export function dataErrorPage(problems: string, viteClient: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fel i datan – rapporten kan inte visas</title>
<script type="module" src="${escapeXml(viteClient)}"></script>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #a4000f; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fdf2f2; border-left: 4px solid #a4000f; padding: 1rem; font-size: 0.95rem; }
</style>
</head>
<body>
<main>
<h1>Rapporten kan inte visas: datan behöver rättas</h1>
<p>Rätta felen nedan och spara filen. Sidan laddas om av sig själv när datan går att använda.</p>
<pre id="problem">${escapeXml(problems)}</pre>
</main>
</body>
</html>
`;
}
