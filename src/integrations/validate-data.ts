import path from "node:path";
import type { AstroIntegration } from "astro";
import { checkDataDirectory } from "../lib/data/check-directory.ts";
import { dataDirectory, loadDataset } from "../lib/data/index.ts";
import { messages } from "../lib/data/messages.ts";

/** Editors often write a file in several steps; one check after the last is enough. */
const SETTLE_MS = 150;

/**
 * Validates data/ before Astro writes anything, so a bad file fails the build
 * with every problem listed and the last good dist/ untouched.
 *
 * In `astro dev`, watches the data directory (also a DATA_DIR outside the
 * project): after a change it checks the data, prints the result in Swedish,
 * and reloads the browser. The page loads the data on every request, so a good
 * change shows at once and a bad one shows its problem list in the error
 * overlay; the server keeps running either way.
 */
export function validateData(): AstroIntegration {
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command === "build") loadDataset();
      },
      "astro:server:setup": ({ server, logger }) => {
        const directory = dataDirectory();
        const report = () => {
          const result = checkDataDirectory(directory);
          if (result.ok) logger.info(result.text);
          else logger.error(result.text);
        };
        report();
        server.watcher.add(directory);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          const relative = path.relative(directory, file);
          if (relative.startsWith("..") || path.isAbsolute(relative)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            logger.info(messages.dataChanged(relative.split(path.sep).join("/")));
            report();
            server.hot.send({ type: "full-reload", path: "*" });
          }, SETTLE_MS);
        };
        server.watcher.on("add", onChange);
        server.watcher.on("change", onChange);
        server.watcher.on("unlink", onChange);
      },
    },
  };
}
