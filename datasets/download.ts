/**
 * Downloading one file safely: stream it to a temporary file next to the destination while
 * computing its SHA-256, and rename it into place only when size and checksum match. A failed
 * or interrupted download therefore never leaves a file that looks complete.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as path from 'path';
import { Transform } from 'stream';
import { pipeline } from 'stream/promises';
import { t } from '../lib/util/i18n';

/** Reported while a download runs (at most a few times per second). */
export interface DownloadProgress {
  url: string;
  receivedBytes: number;
  /** From the Content-Length header, when the server sends one. */
  totalBytes?: number;
}

export interface DownloadOptions {
  /** Expected SHA-256 (hex); the file is rejected when it differs. */
  sha256: string;
  /** Expected size in bytes, checked before the checksum (gives a clearer message). */
  expectedBytes?: number;
  /** Give up when the server is silent this long (default 30 s). */
  timeoutMs?: number;
  onProgress?: (progress: DownloadProgress) => void;
}

const MAX_REDIRECTS = 5;

/** Open a GET request, following redirects, and resolve with the 200 response. */
function requestFollowingRedirects(url: string, timeoutMs: number, redirectsLeft = MAX_REDIRECTS): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new Error(t('download.badUrl', { url })));
      return;
    }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!client) {
      reject(new Error(t('download.protocol', { protocol: parsed.protocol })));
      return;
    }
    const request = client.get(parsed, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume(); // discard the body of the redirect
        if (redirectsLeft === 0) {
          reject(new Error(t('download.redirects', { max: MAX_REDIRECTS })));
          return;
        }
        const next = new URL(response.headers.location, parsed).toString();
        requestFollowingRedirects(next, timeoutMs, redirectsLeft - 1).then(resolve, reject);
        return;
      }
      if (status !== 200) {
        response.resume();
        reject(new Error(t('download.http', { status: `${status} ${response.statusMessage ?? ''}`.trim() })));
        return;
      }
      resolve(response);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(t('download.noAnswer', { seconds: Math.round(timeoutMs / 1000) }))));
    request.on('error', reject);
  });
}

/** A pass-through stream that hashes and counts the bytes flowing through it. */
function hashingCounter(onBytes: (total: number) => void): Transform & { digest(): string; total(): number } {
  const hash = crypto.createHash('sha256');
  let total = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      total += chunk.length;
      onBytes(total);
      callback(null, chunk);
    },
  });
  return Object.assign(stream, { digest: () => hash.digest('hex'), total: () => total });
}

/**
 * Download `url` to `dest`, verifying size and SHA-256. Throws an Error whose message starts
 * with the URL and says what failed (network error, HTTP status, timeout, size, checksum).
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const temp = `${dest}.${process.pid}.${Date.now()}.part`;
  try {
    const response = await requestFollowingRedirects(url, timeoutMs);
    const header = Number(response.headers['content-length']);
    const totalBytes = Number.isFinite(header) && header > 0 ? header : undefined;
    let lastReport = 0;
    const counter = hashingCounter((receivedBytes) => {
      const now = Date.now();
      if (options.onProgress && (now - lastReport > 250 || receivedBytes === totalBytes)) {
        lastReport = now;
        options.onProgress({ url, receivedBytes, totalBytes });
      }
    });
    response.setTimeout(timeoutMs, () => response.destroy(new Error(t('download.stalled', { seconds: Math.round(timeoutMs / 1000) }))));
    await pipeline(response, counter, fs.createWriteStream(temp));
    const received = counter.total();
    if (options.expectedBytes !== undefined && received !== options.expectedBytes) {
      throw new Error(t('download.size', { received, expected: options.expectedBytes }));
    }
    const actual = counter.digest();
    if (actual !== options.sha256.toLowerCase()) {
      throw new Error(t('download.checksum', { actual, expected: options.sha256 }));
    }
    fs.renameSync(temp, dest);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new Error(t('download.failedAt', { url, reason: describeNetworkError(err) }));
  }
}

/** Turn Node's network errors into a short reason a learner can act on. */
function describeNetworkError(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { hostname?: string };
  switch (e.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return t('download.noHost', { host: e.hostname ? ` ${e.hostname}` : '', code: e.code });
    case 'ECONNREFUSED':
      return t('download.refused', { message: e.message });
    case 'ECONNRESET':
      return t('download.reset');
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return t('download.unreachable', { code: e.code });
    default:
      return e.code ? `${e.message} [${e.code}]` : e.message ?? String(err);
  }
}

/**
 * Try each URL in turn until one download succeeds; returns the URL that worked. When all fail,
 * the error lists every URL with its reason.
 */
export async function downloadFromMirrors(urls: string[], dest: string, options: DownloadOptions): Promise<string> {
  if (urls.length === 0) throw new Error(t('download.noUrl', { file: path.basename(dest) }));
  const failures: string[] = [];
  for (const url of urls) {
    try {
      await downloadFile(url, dest, options);
      return url;
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  throw new Error(failures.join('\n'));
}
