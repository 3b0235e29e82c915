/** Files that are either fully written or not there at all. */
import * as fs from 'fs';
import * as path from 'path';

/** Write a file so that a crash can never leave a half-written one behind. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true }); // never leave a half-written temp file behind
    throw error;
  }
}
