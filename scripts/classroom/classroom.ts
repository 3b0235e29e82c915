/**
 * `npm run classroom -- COMMAND`: run the course for a class on this machine's JupyterHub.
 *
 *   add-learners FILE|NAME...   Linux accounts with private homes; prints each new password once
 *   start [--ip ADDR] [--port N] [--learner-ports A-B] [--admin NAME] [--demo]
 *                               start the hub (127.0.0.1 unless --ip names a LAN address)
 *   status                      is it running, where, which learners' servers run
 *   grades [--csv|--json]       the class's table: learner x exercise, checks passed, when
 *   regrade [--timeout S] [--parallel N] [EXERCISE...]
 *                               grade every learner's copy again, as that learner
 *   stop                        stop the hub, its proxy, the grades service, the learners' servers
 *   remove-learners NAME...|--all   remove accounts this class created, with their homes
 *
 * The class's state (settings, learner list, grade book, logs) lives in
 * /var/lib/autoencoders-course/classroom, or COURSE_CLASSROOM_DIR.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  COURSE_ROOT, ClassroomSettings, ensureStateDir, readLearners, readSettings, secret, stateDir, teacherToken,
  writeLearners, writePrivate, writeSettings,
} from './classroomState';
import { GradeEntry, toCsv, toText } from './gradeBook';
import { asTeacher, debianUnitActive, gradesApi, hubApi, hubPid, startHub, stopHub } from './hubProcess';
import { accountExists, createLearner, generatePassword, parseLearnerList, removeLearner } from './learnerAccounts';
import { isLoopback, listenersOf, processTree } from './listeners';
import { regradeAll } from './regrade';

const USAGE = `usage: npm run classroom -- COMMAND [options]
  add-learners FILE|NAME...        create learner accounts (prints passwords once)
  start [--ip ADDR] [--port N] [--learner-ports A-B] [--admin NAME] [--demo]
  status | stop
  grades [--csv|--json]
  regrade [--timeout SECONDS] [--parallel N] [EXERCISE...]
  remove-learners NAME...|--all`;

class UsageError extends Error {}

/** Options of the form --name value, and the remaining words. */
function parseOptions(args: string[], flags: string[], valued: string[]) {
  const options = new Map<string, string | true>();
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) words.push(arg);
    else if (flags.includes(arg)) options.set(arg, true);
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options.set(arg, value);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return { options, words };
}

function needRoot(what: string): void {
  if (process.getuid?.() !== 0) throw new Error(`${what} needs root (it manages Linux accounts and runs the hub): run it with sudo.`);
}

function port(text: string, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1024 || n > 65535) throw new UsageError(`${what} should be a port from 1024 to 65535, got "${text}"`);
  return n;
}

function settingsOrFail(dir: string): ClassroomSettings {
  const settings = readSettings(dir);
  if (!settings) throw new Error(`no class has been started from ${dir} yet: npm run classroom -- start`);
  return settings;
}

function addLearners(dir: string, args: string[]): void {
  needRoot('add-learners');
  if (args.length === 0) throw new UsageError('add-learners needs a file with one name per line, or names');
  const names = args.length === 1 && fs.existsSync(args[0]) ? parseLearnerList(fs.readFileSync(args[0], 'utf8')) : parseLearnerList(args.join('\n'));
  ensureStateDir(dir);
  const known = readLearners(dir);
  const created: [string, string][] = [];
  for (const name of names) {
    if (known.includes(name)) continue;
    if (accountExists(name)) throw new Error(`an account named ${name} already exists and was not made by this class: choose another name`);
    created.push([name, createLearner(name)]);
    writeLearners(dir, [...known, ...created.map(([n]) => n)]); // after each, so a failure keeps the record
  }
  if (created.length === 0) return console.log('Every learner on the list already has an account.');
  console.log('New learner accounts. The passwords are shown only now: hand them out or store them safely.\n');
  for (const [name, password] of created) console.log(`  ${name.padEnd(24)} ${password}`);
  if (hubPid(dir)) console.log('\nThe hub is running: stop and start it so the new learners can log in.');
}

async function start(dir: string, args: string[]): Promise<void> {
  needRoot('start');
  const { options } = parseOptions(args, ['--demo'], ['--ip', '--port', '--learner-ports', '--admin']);
  ensureStateDir(dir);
  const learners = readLearners(dir);
  if (learners.length === 0) throw new Error('the class has no learners yet: npm run classroom -- add-learners FILE');
  const base = port(String(options.get('--port') ?? 8000), '--port');
  const [low, high] = String(options.get('--learner-ports') ?? `${base + 100}-${base + 199}`).split('-').map((p) => port(p, '--learner-ports'));
  if (!(low <= high)) throw new UsageError('--learner-ports should be a range such as 8100-8199');
  const ip = String(options.get('--ip') ?? '127.0.0.1');
  if (!/^[0-9.]+$|^[0-9a-f:]+$/i.test(ip)) throw new UsageError(`--ip should be an IP address of this machine, got "${ip}"`);
  const demo = options.get('--demo') === true;
  const admin = options.get('--admin');
  const settings: ClassroomSettings = {
    stateDir: dir,
    courseRoot: COURSE_ROOT,
    node: process.execPath,
    ip,
    port: base,
    hubPort: base + 1,
    proxyApiPort: base + 2,
    servicePort: base + 3,
    learnerPorts: [low, high],
    learners,
    admins: typeof admin === 'string' ? [admin] : [],
    demo,
  };
  writeSettings(settings);
  teacherToken(dir);
  if (demo) writePrivate(path.join(dir, 'demo-password'), generatePassword(10) + '\n');
  if (debianUnitActive()) {
    console.error("warning: Debian's own jupyterhub service is running and listens on every interface: `systemctl disable --now jupyterhub`.");
  }
  const pid = await startHub(settings);
  console.log(`The class hub is running (pid ${pid}): http://${ip}:${base}/`);
  console.log(`Learners log in with ${demo ? `any learner name and the shared demo password ${secret(dir, 'demo-password')}` : 'their account name and password'}.`);
  if (ip === '127.0.0.1') console.log('It listens on this machine only; name a LAN address with --ip to open it to the room.');
  console.log(`Grades: npm run classroom -- grades (or http://${ip}:${base}/services/grades/ for a hub admin)`);
}

async function status(dir: string): Promise<number> {
  const settings = readSettings(dir);
  const pid = hubPid(dir);
  if (!settings || !pid) {
    console.log(`The class hub is not running (state in ${dir}).`);
    return 1;
  }
  console.log(`The class hub is running (pid ${pid}) at http://${settings.ip}:${settings.port}/`);
  const users = await asTeacher(settings, `${hubApi(settings)}/users`);
  if (users?.ok) {
    const list = (await users.json()) as { name: string; server: string | null; last_activity: string | null }[];
    for (const user of list) console.log(`  ${user.name.padEnd(24)} ${user.server ? 'server running' : 'no server'}${user.last_activity ? `, last active ${user.last_activity}` : ''}`);
  }
  const listeners = listenersOf(processTree(pid));
  console.log('Listening:');
  for (const l of listeners) console.log(`  ${l.address}:${l.port} (${l.process})${isLoopback(l.address) ? '' : '  <- reachable from the network'}`);
  return 0;
}

async function grades(dir: string, args: string[]): Promise<void> {
  const { options } = parseOptions(args, ['--csv', '--json'], []);
  const settings = settingsOrFail(dir);
  const response = await asTeacher(settings, `${gradesApi(settings)}api/grades`);
  if (!response) throw new Error('the grades service does not answer: is the class hub running? (npm run classroom -- status)');
  if (!response.ok) throw new Error(`the grades service answered ${response.status}: ${await response.text()}`);
  const { entries } = (await response.json()) as { entries: GradeEntry[] };
  if (options.has('--json')) console.log(JSON.stringify({ entries }, null, 2));
  else if (options.has('--csv')) process.stdout.write(toCsv(entries));
  else process.stdout.write(toText(entries));
}

async function regrade(dir: string, args: string[]): Promise<number> {
  needRoot('regrade');
  const { options, words } = parseOptions(args, [], ['--timeout', '--parallel']);
  const settings = settingsOrFail(dir);
  const timeout = Number(options.get('--timeout') ?? 900);
  const parallel = options.has('--parallel') ? Number(options.get('--parallel')) : undefined;
  if (!(timeout > 0)) throw new UsageError('--timeout should be a number of seconds');
  if (parallel !== undefined && !(Number.isInteger(parallel) && parallel > 0)) throw new UsageError('--parallel should be a whole number');
  const learners = readLearners(dir);
  console.error(`Grading ${learners.length} learners' copies again (at most ${timeout} s each)...`);
  let problems = 0;
  for (const outcome of await regradeAll(learners, timeout, parallel, words)) {
    if (outcome.skipped) {
      console.error(`  ${outcome.learner}: ${outcome.skipped}`);
      continue;
    }
    if (!outcome.submission) {
      problems++;
      console.error(`  ${outcome.learner}: ${outcome.problem}`);
      continue;
    }
    const sent = await asTeacher(settings, `${gradesApi(settings)}api/results/${outcome.learner}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(outcome.submission),
    });
    if (!sent?.ok) {
      problems++;
      console.error(`  ${outcome.learner}: the grades service did not record the results (${sent?.status ?? 'no answer'})`);
    }
  }
  await grades(dir, []);
  return problems ? 1 : 0;
}

async function removeLearners(dir: string, args: string[]): Promise<void> {
  needRoot('remove-learners');
  const known = readLearners(dir);
  const names = args.includes('--all') ? known : parseLearnerList(args.join('\n'));
  if (names.length === 0) throw new UsageError('remove-learners needs names, or --all');
  const strangers = names.filter((n) => !known.includes(n));
  if (strangers.length) throw new Error(`not learners of this class (never removed): ${strangers.join(', ')}`);
  const settings = readSettings(dir);
  const running = settings && hubPid(dir);
  let remaining = known;
  for (const name of names) {
    if (running) {
      await asTeacher(settings, `${hubApi(settings)}/users/${name}/server`, { method: 'DELETE' });
    }
    if (accountExists(name)) removeLearner(name);
    remaining = remaining.filter((n) => n !== name);
    writeLearners(dir, remaining);
    console.log(`removed ${name} (account, home and course copy; their grades stay in the table)`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const dir = stateDir();
  switch (command) {
    case 'add-learners': addLearners(dir, args); return 0;
    case 'start': await start(dir, args); return 0;
    case 'status': return status(dir);
    case 'stop': console.log((await stopHub(dir)) ? 'The class hub has stopped.' : 'The class hub was not running.'); return 0;
    case 'grades': await grades(dir, args); return 0;
    case 'regrade': return regrade(dir, args);
    case 'remove-learners': await removeLearners(dir, args); return 0;
    case undefined: case 'help': case '--help': case '-h': console.log(USAGE); return 0;
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`classroom: ${err.message}${err instanceof UsageError ? `\n${USAGE}` : ''}`);
    process.exit(err instanceof UsageError ? 64 : 1);
  },
);
