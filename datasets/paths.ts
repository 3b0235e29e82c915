/**
 * Where downloaded and cached data lives on this computer.
 *
 * One folder per user, following the XDG convention that most Linux tools use:
 * `$COURSE_CACHE_DIR` if set, else `$XDG_CACHE_HOME/autoencoders-course`, else
 * `~/.cache/autoencoders-course`. Keeping data outside the project means a fresh clone
 * (or a second copy of the course) reuses what was already downloaded.
 */
import * as os from 'os';
import * as path from 'path';
import { env } from '../lib/util/env';

/** The folder name used under the XDG cache directory. */
export const CACHE_FOLDER_NAME = 'autoencoders-course';

/** The per-user cache folder (not created here; writers create it when they need it). */
export function cacheRoot(): string {
  const override = env.cacheDir();
  if (override) return path.resolve(override);
  const xdg = process.env.XDG_CACHE_HOME;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, CACHE_FOLDER_NAME);
}

/** The folder that holds one dataset's files, e.g. `~/.cache/autoencoders-course/mnist`. */
export function datasetFolder(datasetName: string): string {
  return path.join(cacheRoot(), datasetName);
}
