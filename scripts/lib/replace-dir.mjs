// Puts a finished build in place of the previous one with renames, so the
// published directory (dist/) is never half-written: until the very last step it
// holds the previous build, byte for byte. Used by `npm run build` and `npm run pdf`.
//
// Scratch directories carry the id of the process that made them, so a later run
// can tell a live build's directory from one left by a build that was killed, and
// removes only the latter: two builds may run at the same time.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
} from "node:fs";
import path from "node:path";

/** `<label>-<pid>-<six random characters>`, as mkdtemp makes it. */
const SCRATCH_NAME = /^(.+)-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * A new, empty directory `<parent>/<label>-<pid>-XXXXXX`, owned by this process.
 * @param {string} parent
 * @param {string} label
 */
export function scratchDir(parent, label) {
  return mkdtempSync(path.join(parent, `${label}-${process.pid}-`));
}

/**
 * True while the process with this id runs. EPERM: it runs, as another user. A
 * zombie (killed, not yet reaped by its parent) has ended: on Linux its state in
 * /proc says so.
 */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (not Linux): trust kill()
  }
}

/**
 * The scratch directories in `parent` with one of these labels whose process has ended.
 * @param {string} parent
 * @param {readonly string[]} labels
 * @returns {{ dir: string, label: string }[]}
 */
export function abandonedScratchDirs(parent, labels) {
  let names;
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = SCRATCH_NAME.exec(name);
    if (match === null || !labels.includes(match[1] ?? "")) return [];
    if (isRunning(Number(match[2]))) return [];
    return [{ dir: path.join(parent, name), label: match[1] ?? "" }];
  });
}

/**
 * Removes scratch directories that builds killed on the way left in `parent`,
 * so they never pile up. Best effort: one that cannot be removed now is tried
 * again next time.
 * @param {string} parent
 * @param {readonly string[]} labels
 */
export function removeAbandoned(parent, labels) {
  for (const { dir } of abandonedScratchDirs(parent, labels)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // still being written by an orphaned process; next run
    }
  }
}

/** Names of the scratch directories next to `target`. */
const siblingLabels = (target) => {
  const base = path.basename(target);
  return { building: `.${base}-build`, previous: `.${base}-old` };
};

/**
 * A new, empty directory next to `target` (same parent, so the same file system)
 * for a build that may replace it: see replaceDir.
 * @param {string} target e.g. /project/dist
 */
export function freshSibling(target) {
  const resolved = path.resolve(target);
  return scratchDir(path.dirname(resolved), siblingLabels(resolved).building);
}

/**
 * Tidies what killed builds left next to `target`. A previous build that was moved
 * aside in the instant before its replacement moved in is put back, if nothing
 * took its place; everything else is removed.
 * @param {string} target
 */
export function cleanUpAfterKilledBuilds(target) {
  const resolved = path.resolve(target);
  const { building, previous } = siblingLabels(resolved);
  for (const { dir, label } of abandonedScratchDirs(path.dirname(resolved), [building, previous])) {
    try {
      if (label === previous) renameSync(dir, resolved);
      else rmSync(dir, { recursive: true, force: true });
    } catch {
      // `target` exists again (or the directory is busy): the leftover can simply go
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    }
  }
}

/** A path next to `target` that nothing uses yet, for a rename. */
function unusedSibling(target, label) {
  const dir = scratchDir(path.dirname(target), label);
  rmdirSync(dir);
  return dir;
}

/**
 * Replaces `target` (if it exists) with the finished build in `fresh`, then
 * removes the previous build. `fresh` is moved, not copied, when it is on the
 * same file system; otherwise it is first copied next to `target`, so the swap
 * itself is two renames either way.
 * @param {string} target the directory readers get, e.g. dist/
 * @param {string} fresh a complete build; gone afterwards
 */
export function replaceDir(target, fresh) {
  const resolved = path.resolve(target);
  const { building, previous } = siblingLabels(resolved);
  let staged = path.resolve(fresh);
  if (path.dirname(staged) !== path.dirname(resolved)) {
    const sibling = unusedSibling(resolved, building);
    try {
      renameSync(staged, sibling);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EXDEV") throw error;
      try {
        cpSync(staged, sibling, { recursive: true });
      } catch (copyError) {
        rmSync(sibling, { recursive: true, force: true });
        throw copyError;
      }
      rmSync(staged, { recursive: true, force: true });
    }
    staged = sibling;
  }
  const aside = unusedSibling(resolved, previous);
  let hadPrevious = true;
  try {
    renameSync(resolved, aside);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ENOENT") throw error;
    hadPrevious = false;
  }
  try {
    renameSync(staged, resolved);
  } catch (error) {
    if (hadPrevious) renameSync(aside, resolved);
    rmSync(staged, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) rmSync(aside, { recursive: true, force: true });
}
