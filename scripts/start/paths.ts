import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found from here whether this file runs from scripts/ (tsx) or from
 * its transpiled twin under .build/scripts/: the folder that holds package-lock.json.
 */
function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package-lock.json'))) return dir;
  }
  throw new Error(`no package-lock.json above ${from}`);
}

export const ROOT = findRoot(__dirname);
/** Runtime state of a development stack (embedded Postgres, caught mail). */
export const DATA_DIR = join(ROOT, '.data');
/** The transpiled tree that `npm start` runs (scripts/build.js). */
export const BUILD_DIR = join(ROOT, '.build');
