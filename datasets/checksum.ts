/** SHA-256 checksums of files, computed by streaming so large archives never sit in memory twice. */
import * as crypto from 'crypto';
import * as fs from 'fs';

/** The SHA-256 of a file's bytes, as lowercase hex. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The SHA-256 of bytes already in memory, as lowercase hex. */
export function sha256Bytes(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
