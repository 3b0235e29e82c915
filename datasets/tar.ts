/**
 * A minimal reader for tar archives (POSIX ustar, plus the GNU and pax long-name records that
 * common `tar` programs write), enough to open the CIFAR-10 `.tar.gz` without a dependency.
 *
 * A tar file is a sequence of 512-byte blocks: a header block per member (name, size in octal,
 * type, checksum), the member's bytes padded to a whole block, and two zero blocks at the end.
 */
import { gunzipIfNeeded } from './compressed';
import { t } from '../lib/util/i18n';

const BLOCK = 512;

/** One member of an archive; `data` is a view into the archive bytes (no copy). */
export interface TarEntry {
  name: string;
  type: 'file' | 'directory' | 'other';
  data: Uint8Array;
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end >= 0 ? field.subarray(0, end) : field).toString('utf8');
}

/** Sizes are octal text, or (GNU, for huge members) big-endian binary flagged by the top bit. */
function sizeField(header: Uint8Array, label: string, offset: number): number {
  const field = header.subarray(124, 136);
  if (field[0] & 0x80) {
    let size = 0;
    for (let i = 1; i < field.length; i++) size = size * 256 + field[i];
    return size;
  }
  const digits = text(header, 124, 12).trim();
  if (!/^[0-7]*$/.test(digits)) throw new Error(t('tar.sizeField', { label, offset, digits }));
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** The header checksum: the sum of all header bytes with the checksum field read as spaces. */
function checksumMatches(header: Uint8Array): boolean {
  const stored = text(header, 148, 8).trim();
  if (!/^[0-7]+$/.test(stored)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum === parseInt(stored, 8);
}

/** The `path` value of a pax extended header, if it has one ("<length> path=<value>\n" records). */
function paxPath(data: Uint8Array): string | undefined {
  const records = Buffer.from(data).toString('utf8');
  const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(records);
  return match?.[1];
}

/**
 * List the members of a tar archive (gzip-compressed or not). `label` names the archive in
 * errors: a damaged header (bad checksum) or a member cut short by the end of the file.
 */
export function readTar(archive: Uint8Array, label: string): TarEntry[] {
  const bytes = gunzipIfNeeded(archive, label);
  const entries: TarEntry[] = [];
  let pendingName: string | undefined;
  let offset = 0;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return entries; // end-of-archive marker
    if (!checksumMatches(header)) {
      throw new Error(t('tar.checksum', { label, offset }));
    }
    const size = sizeField(header, label, offset);
    const dataStart = offset + BLOCK;
    if (dataStart + size > bytes.length) {
      throw new Error(t('tar.member', { label, member: text(header, 0, 100), size, left: bytes.length - dataStart }));
    }
    const data = bytes.subarray(dataStart, dataStart + size);
    const typeFlag = String.fromCharCode(header[156]);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    // Long names are stored in a record of their own that applies to the next member.
    if (typeFlag === 'L') {
      pendingName = text(data, 0, data.length);
      continue;
    }
    if (typeFlag === 'x') {
      pendingName = paxPath(data) ?? pendingName;
      continue;
    }
    if (typeFlag === 'g') continue; // pax global header: nothing the course needs

    // The ustar "prefix" field (bytes 345..500) holds the leading directories of long paths;
    // GNU tar uses those bytes for other things, so only trust them in true ustar headers.
    const isUstar = text(header, 257, 6) === 'ustar' && text(header, 263, 2) === '00';
    const prefix = isUstar ? text(header, 345, 155) : '';
    const name = pendingName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    pendingName = undefined;
    const type = typeFlag === '0' || header[156] === 0 ? 'file' : typeFlag === '5' ? 'directory' : 'other';
    entries.push({ name, type, data });
  }
  if (bytes.length === 0) throw new Error(t('tar.empty', { label }));
  if (offset < bytes.length || entries.length === 0) {
    throw new Error(t('tar.header', { label, offset, length: bytes.length }));
  }
  // Some writers omit the two zero blocks; every member was complete, so accept the archive.
  return entries;
}
