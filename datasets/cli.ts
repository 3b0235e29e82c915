/**
 * The `data` command: `npm run data -- list | fetch NAME | verify PATH`.
 *
 *   list          every dataset, whether it works offline, its size and where it is cached
 *   fetch NAME    download (or, for mnist-embedded, cache) one dataset and verify it
 *   verify PATH   check one IDX file, CIFAR-10 batch or CIFAR-10 archive
 *
 * Exit code 0 on success, 1 when something failed, 2 for a usage mistake.
 */
import { fetchDataset } from './fetch';
import { loadEmbeddedMnistBytes } from './mnistEmbedded';
import { cacheRoot } from './paths';
import { DATASET_NAMES, checkDatasetName } from './registry';
import { listDatasets } from './status';
import { verifyDataFile } from './verify';

/** Where the command writes (replaceable in tests). */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export function usage(): string {
  return [
    'usage: npm run data -- <command>',
    '',
    'commands:',
    '  list          show every dataset, whether it works offline, its size and where it is cached',
    `  fetch NAME    download and verify one dataset; NAME is one of: ${DATASET_NAMES.join(', ')}`,
    '  verify PATH   check one IDX file (.gz or plain), CIFAR-10 batch (.bin) or CIFAR-10 archive (.tar.gz)',
    '  help          show this message',
    '',
    `cache folder: ${cacheRoot()} (set COURSE_CACHE_DIR to move it)`,
    'COURSE_DATA_BASE_URL=<url> downloads from that address instead of the usual servers.',
  ].join('\n');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

async function list(output: CliOutput): Promise<number> {
  const rows = await listDatasets();
  const table = [['dataset', 'offline', 'state', 'size', 'location'], ...rows.map((r) => [r.name, r.availableOffline ? 'yes' : 'no', r.state, megabytes(r.bytes), r.location])];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => row[col].length)));
  for (const row of table) output.out(row.map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]))).join('  '));
  for (const r of rows) if (r.problem) output.out(`  ${r.name}: ${r.problem}`);
  return 0;
}

async function fetch(name: string, output: CliOutput): Promise<number> {
  const dataset = checkDatasetName(name);
  if (dataset === 'mnist-embedded') {
    const { data, report } = loadEmbeddedMnistBytes();
    output.out(`${dataset}: ${data.count} digits ready (${report.status}) at ${report.cacheFile}${report.reason ? ` — ${report.reason}` : ''}`);
    return 0;
  }
  let lastTenth = -1;
  const paths = await fetchDataset(dataset, {
    log: output.out,
    onProgress: ({ fileName, receivedBytes, totalBytes }) => {
      if (!totalBytes) return;
      const tenth = Math.floor((10 * receivedBytes) / totalBytes);
      if (tenth !== lastTenth) output.out(`  ${fileName}: ${tenth * 10}% of ${megabytes(totalBytes)}`);
      lastTenth = tenth;
    },
  });
  for (const file of Object.values(paths)) output.out(`verified ${file}`);
  return 0;
}

function verify(file: string, output: CliOutput): number {
  const report = verifyDataFile(file);
  output.out(`OK ${report.file}: ${report.summary}`);
  output.out(`   SHA-256 ${report.sha256}${report.matches ? ` (matches the published ${report.matches})` : ''}`);
  return 0;
}

/** Run the command with its arguments (without `node cli.js`); resolves to the exit code. */
export async function main(args: string[], output: CliOutput = consoleOutput): Promise<number> {
  const [command, ...rest] = args;
  const wrongArguments = (message: string) => {
    output.err(`${message}\n\n${usage()}`);
    return 2;
  };
  if (command === 'help' || command === '--help' || command === '-h') {
    output.out(usage());
    return 0;
  }
  try {
    switch (command) {
      case 'list':
        if (rest.length > 0) return wrongArguments(`"list" takes no arguments, got: ${rest.join(' ')}`);
        return await list(output);
      case 'fetch':
        if (rest.length !== 1) return wrongArguments(`"fetch" needs exactly one dataset name (${DATASET_NAMES.join(', ')})`);
        if (!(DATASET_NAMES as readonly string[]).includes(rest[0])) {
          return wrongArguments(`unknown dataset "${rest[0]}"; expected one of: ${DATASET_NAMES.join(', ')}`);
        }
        return await fetch(rest[0], output);
      case 'verify':
        if (rest.length !== 1) return wrongArguments('"verify" needs exactly one file path');
        return verify(rest[0], output);
      case undefined:
        return wrongArguments('missing command');
      default:
        return wrongArguments(`unknown command "${command}"`);
    }
  } catch (err) {
    output.err(`error: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
