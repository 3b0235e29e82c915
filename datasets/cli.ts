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
import { localize, t } from '../lib/util/i18n';
import { columns, padColumns } from '../lib/util/columns';

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
  return t('data.usage', { names: DATASET_NAMES.join(', '), folder: cacheRoot() });
}

function megabytes(bytes: number): string {
  return t('data.megabytes', { n: (bytes / 1e6).toFixed(1) });
}

async function list(output: CliOutput): Promise<number> {
  const rows = await listDatasets();
  const headings = [t('data.column.dataset'), t('data.column.offline'), t('data.column.state'), t('data.column.size'), t('data.column.location')];
  const table = [headings, ...rows.map((r) => [r.name, t(r.availableOffline ? 'data.yes' : 'data.no'), localize(r.state), megabytes(r.bytes), r.location])];
  // Padded by terminal columns, so Myanmar marks that take no column still line up.
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => columns(row[col]))));
  for (const row of table) output.out(row.map((cell, col) => (col === row.length - 1 ? cell : padColumns(cell, widths[col]))).join('  '));
  for (const r of rows) if (r.problem) output.out(t('data.problem', { name: r.name, problem: r.problem }));
  return 0;
}

async function fetch(name: string, output: CliOutput): Promise<number> {
  const dataset = checkDatasetName(name);
  if (dataset === 'mnist-embedded') {
    const { data, report } = loadEmbeddedMnistBytes();
    const reason = report.reason ? t('data.reason', { reason: report.reason }) : '';
    output.out(t('data.embeddedReady', { name: dataset, count: data.count, status: report.status, file: report.cacheFile, reason }));
    return 0;
  }
  let lastTenth = -1;
  const paths = await fetchDataset(dataset, {
    log: output.out,
    onProgress: ({ fileName, receivedBytes, totalBytes }) => {
      if (!totalBytes) return;
      const tenth = Math.floor((10 * receivedBytes) / totalBytes);
      if (tenth !== lastTenth) output.out(t('data.progress', { file: fileName, percent: tenth * 10, size: megabytes(totalBytes) }));
      lastTenth = tenth;
    },
  });
  for (const file of Object.values(paths)) output.out(t('data.verified', { file }));
  return 0;
}

function verify(file: string, output: CliOutput): number {
  const report = verifyDataFile(file);
  output.out(t('data.ok', { file: report.file, summary: report.summary }));
  output.out(t('data.sha256', { sha256: report.sha256, matches: report.matches ? t('data.matches', { file: report.matches }) : '' }));
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
        if (rest.length > 0) return wrongArguments(t('data.listArgs', { args: rest.join(' ') }));
        return await list(output);
      case 'fetch':
        if (rest.length !== 1) return wrongArguments(t('data.fetchArgs', { names: DATASET_NAMES.join(', ') }));
        if (!(DATASET_NAMES as readonly string[]).includes(rest[0])) {
          return wrongArguments(t('data.unknownDataset', { name: rest[0], names: DATASET_NAMES.join(', ') }));
        }
        return await fetch(rest[0], output);
      case 'verify':
        if (rest.length !== 1) return wrongArguments(t('data.verifyArgs'));
        return verify(rest[0], output);
      case undefined:
        return wrongArguments(t('data.noCommand'));
      default:
        return wrongArguments(t('data.unknownCommand', { command }));
    }
  } catch (err) {
    output.err(t('data.error', { message: (err as Error).message }));
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
