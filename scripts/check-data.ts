// Checks the data in data/ (or DATA_DIR) with the report's own loader, without
// building: prints every problem, or one line saying the data can be used.
// Exit code 0 when it can, 1 otherwise.
//
//   npm run check:data
//   DATA_DIR=../min-data npm run check:data
//
// Node 24 runs this TypeScript file as it is (type stripping), so it uses the
// same src/lib/data code as the build and cannot drift from it.
import { checkDataDirectory } from "../src/lib/data/check-directory.ts";
import { dataDirectory } from "../src/lib/data/data-directory.ts";
import { loadDataset } from "../src/lib/data/index.ts";
import { surveyContentWarnings } from "../src/lib/data/proposal-folders.ts";
import { publicationSummaryOf } from "../src/lib/text/publication-summary.ts";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const directory = dataDirectory();
const result = checkDataDirectory(directory);
if (result.ok) {
  console.log(result.text);
  for (const line of publicationSummaryOf(directory)) console.log(line);
  for (const warning of surveyContentWarnings(ROOT, loadDataset(directory)))
    console.warn(`Varning: ${warning}`);
} else {
  console.error(result.text);
  process.exitCode = 1;
}
