/**
 * The classroom end to end on a real JupyterHub (run by `npm run test:classroom`, which installs
 * JupyterHub first): a hub on a free loopback port, two throw-away learner accounts logged in
 * through the hub's API, notebook 00 on each learner's own TypeScript kernel, one exercise graded
 * by each (one right answer, one planted mistake), the teacher's table, the isolation between
 * learners, the listening addresses, and a clean-up that runs even when a step fails.
 */
import { expect } from 'chai';
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import type { GradeEntry } from '../../scripts/classroom/gradeBook';
import { isLoopback, listenersOf, processTree } from '../../scripts/classroom/listeners';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'build', 'scripts', 'classroom', 'classroom.js');
const RUN_ON_SERVER = path.join(ROOT, 'scripts', 'classroom', 'run_on_server.py');
const EXERCISE = '01-gaussian-noise';
const run = promisify(execFile);

/** A block of `count` consecutive free loopback ports, searched from `from`. */
async function freePorts(from: number, count: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let base = from; base < from + 2000; base += count) {
    let all = true;
    for (let p = base; p < base + count && all; p++) all = await free(p);
    if (all) return base;
  }
  throw new Error(`no ${count} free ports from ${from}`);
}

describe('classroom on JupyterHub (npm run test:classroom)', function () {
  this.timeout(10 * 60_000);
  const tag = Math.random().toString(36).slice(2, 7);
  const learners = [`aecls-test-${tag}-1`, `aecls-test-${tag}-2`];
  const [first, second] = learners;
  const teacher = `aecls-test-${tag}-t`; // a hub admin, for the grades page
  const passwords = new Map<string, string>();
  const tokens = new Map<string, string>();
  let state = '';
  let base = 0;
  let hub = '';
  const env = () => ({ ...process.env, COURSE_CLASSROOM_DIR: state });
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env: env(), encoding: 'utf8' });
  const hubPid = () => Number(fs.readFileSync(path.join(state, 'hub.pid'), 'utf8'));
  const asLearner = (name: string, ...command: string[]) => spawnSync('runuser', ['-u', name, '--', ...command], { encoding: 'utf8' });
  const home = (name: string) => `/home/${name}`;

  /** A learner's call to the hub or a service, with their own token. */
  const call = (name: string, url: string, init: RequestInit = {}) =>
    fetch(url, { ...init, headers: { Authorization: `token ${tokens.get(name)}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

  /** Run code cells (after the notebook's own, when given) on the learner's kernel. */
  async function onKernel(name: string, cells: string[], notebook?: string) {
    const args = [RUN_ON_SERVER, `${hub}/user/${name}/`, `course/notebooks/${notebook ?? '00-getting-started.ipynb'}`, '--timeout', '400'];
    if (notebook) args.push('--notebook-file', path.join(ROOT, 'notebooks', notebook));
    for (const cell of cells) args.push('--cell', cell);
    const { stdout } = await run('/usr/bin/python3', args, { env: { ...process.env, JUPYTER_TOKEN: tokens.get(name) }, maxBuffer: 1 << 24 });
    return (JSON.parse(stdout) as { cells: { source: string; text: string; error: string | null }[] }).cells;
  }

  async function logIn(name: string): Promise<number> {
    const response = await fetch(`${hub}/hub/api/users/${name}/tokens`, {
      method: 'POST',
      body: JSON.stringify({ auth: { username: name, password: passwords.get(name) }, note: 'classroom test' }),
    });
    if (response.status === 201) tokens.set(name, ((await response.json()) as { token: string }).token);
    return response.status;
  }

  /** Ask the hub to start the user's server and wait until it is ready. */
  async function startServer(name: string): Promise<void> {
    const response = await call(name, `${hub}/hub/api/users/${name}/server`, { method: 'POST' });
    expect([201, 202], `starting ${name}'s server`).to.include(response.status);
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const model = (await (await call(name, `${hub}/hub/api/users/${name}`)).json()) as { servers?: Record<string, { ready: boolean }> };
      if (model.servers?.['']?.ready === true) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect.fail(`${name}'s server did not become ready within 3 minutes`);
  }

  before(async function () {
    if (process.getuid?.() !== 0) {
      console.log('    (skipped: creating throw-away learner accounts needs root)');
      this.skip();
    }
    state = fs.mkdtempSync(path.join(os.tmpdir(), 'aecls-test-state-'));
    base = await freePorts(Number(process.env.COURSE_CLASSROOM_TEST_PORT ?? 9050), 4);
    hub = `http://127.0.0.1:${base}`;
    // The teacher's own account is not a learner (regrade leaves it alone); the hub makes it an admin.
    expect(spawnSync('useradd', ['--create-home', teacher]).status).to.equal(0);
    passwords.set(teacher, `T-${Math.random().toString(36).slice(2)}`);
    expect(spawnSync('chpasswd', [], { input: `${teacher}:${passwords.get(teacher)}\n` }).status).to.equal(0);
    const added = cli('add-learners', ...learners);
    expect(added.status, added.stderr).to.equal(0);
    for (const name of learners) {
      const line = added.stdout.split('\n').find((l) => l.trim().startsWith(`${name} `));
      expect(line, `add-learners printed no password for ${name}:\n${added.stdout}`).to.be.a('string');
      passwords.set(name, line!.trim().split(/\s+/)[1]);
    }
    const learnerPorts = await freePorts(base + 10, 20);
    const started = cli('start', '--port', String(base), '--learner-ports', `${learnerPorts}-${learnerPorts + 19}`, '--admin', teacher);
    expect(started.status, `${started.stdout}\n${started.stderr}`).to.equal(0);
  });

  afterEach(function () {
    // When a step fails, the hub's log says why (it is deleted with the state folder below).
    const log = path.join(state, 'hub.log');
    if (this.currentTest?.state === 'failed' && state && fs.existsSync(log)) {
      console.log(fs.readFileSync(log, 'utf8').trimEnd().split('\n').slice(-40).join('\n'));
    }
  });

  after(function () {
    if (!state) return;
    const pidFile = path.join(state, 'hub.pid');
    const hubProcesses = fs.existsSync(pidFile) ? processTree(hubPid()) : [];
    const stopped = cli('stop');
    const stillRunning = hubProcesses.filter((pid) => fs.existsSync(`/proc/${pid}`));
    const removed = cli('remove-learners', '--all');
    // Whatever happened above, no throw-away account may survive the test.
    for (const name of [...learners, teacher]) if (spawnSync('getent', ['passwd', name]).status === 0) spawnSync('userdel', ['--remove', name]);
    fs.rmSync(state, { recursive: true, force: true });
    const left = [...learners, teacher].filter((name) => spawnSync('getent', ['passwd', name]).status === 0 || fs.existsSync(home(name)));
    expect(left, `${stopped.stderr}\n${removed.stderr}`).to.deep.equal([]);
    expect(stillRunning, 'processes of the hub still running after stop').to.deep.equal([]);
  });

  it('logs both learners in through the hub API with their passwords (and refuses a wrong one)', async () => {
    const wrong = await fetch(`${hub}/hub/api/users/${first}/tokens`, {
      method: 'POST',
      body: JSON.stringify({ auth: { username: first, password: 'not-the-password' } }),
    });
    expect(wrong.status).to.equal(403);
    for (const name of learners) expect(await logIn(name), `${name} could not log in`).to.equal(201);
  });

  it("starts both learners' servers, each with a private home and a copy linked to itself", async () => {
    await Promise.all(learners.map(startServer)); // at the same moment, as a class arrives
    for (const name of learners) {
      // Each learner's address leads to their own server (two servers given one port would not).
      expect((await call(name, `${hub}/user/${name}/api/status`)).status, `${name}'s own server`).to.equal(200);
      const stat = fs.statSync(home(name));
      expect(stat.mode & 0o777, `${name}'s home`).to.equal(0o700);
      expect(fs.readlinkSync(path.join(home(name), 'course', 'node_modules', 'autoencoders-course'))).to.equal('..');
      expect(fs.lstatSync(path.join(home(name), 'course', 'node_modules')).isSymbolicLink()).to.equal(false);
      expect(fs.statSync(path.join(home(name), 'course', 'build', 'lib', 'index.js')).uid).to.equal(stat.uid);
    }
  });

  it("runs notebook 00 on each learner's TypeScript kernel, on that learner's own build and a clean environment", async () => {
    const probe = 'JSON.stringify({ path: process.env.PATH, home: process.env.HOME, lib: require("fs").realpathSync(require.resolve("autoencoders-course")) })';
    const runs = await Promise.all(learners.map((name) => onKernel(name, [probe], '00-getting-started.ipynb')));
    runs.forEach((cells, i) => {
      const name = learners[i];
      expect(cells.map((c) => c.error)).to.deep.equal(cells.map(() => null));
      expect(cells[0].text).to.match(/Backend/);
      const seen = JSON.parse(cells[cells.length - 1].text.trim());
      expect(seen.home).to.equal(home(name));
      expect(seen.lib).to.equal(path.join(home(name), 'course', 'build', 'lib', 'index.js'));
      expect(seen.path).to.equal('/usr/local/bin:/usr/bin:/bin'); // not root's PATH
    });
  });

  it("grades one exercise per learner from the kernel; the teacher's table shows exactly those results", async () => {
    // Learner 1 writes the right answer, learner 2 a planted mistake (noise never clipped).
    const answers = [path.join(ROOT, 'solutions', `${EXERCISE}.ts`), path.join(ROOT, 'test', 'fixtures', 'common-mistakes', `${EXERCISE}.ts`)];
    learners.forEach((name, i) => {
      const wrote = spawnSync('runuser', ['-u', name, '--', 'tee', `${home(name)}/course/exercises/${EXERCISE}.ts`], { input: fs.readFileSync(answers[i]) });
      expect(wrote.status).to.equal(0);
    });
    // As a learner does it: the notebook's grade call, which shows "N of M checks pass" (as HTML).
    const gradeCell = `import * as ae from 'autoencoders-course';\nae.grade('${EXERCISE}');`;
    const runs = await Promise.all(learners.map((name) => onKernel(name, [gradeCell])));
    const [right, mistake] = runs.map((cells, i) => {
      expect(cells[0].error, `${learners[i]}: ${cells[0].error}`).to.equal(null);
      const shown = new RegExp(`${EXERCISE}: (\\d+) of (\\d+) checks pass`).exec(cells[0].text);
      expect(shown, cells[0].text).to.not.equal(null);
      return { learner: learners[i], exercise: EXERCISE, passed: Number(shown![1]), total: Number(shown![2]) };
    });
    expect(right.passed).to.equal(right.total);
    expect(mistake.passed).to.be.above(0).and.below(mistake.total);

    const table = cli('grades', '--json');
    expect(table.status, table.stderr).to.equal(0);
    const entries = (JSON.parse(table.stdout) as { entries: GradeEntry[] }).entries;
    expect(entries.map(({ at: _at, ...rest }) => rest)).to.deep.equal([right, mistake]);
    for (const entry of entries) expect(Date.now() - Date.parse(entry.at)).to.be.within(0, 10 * 60_000);

    const csv = await fetch(`${hub}/services/grades/grades.csv`, { headers: { Authorization: `token ${fs.readFileSync(path.join(state, 'teacher-token'), 'utf8').trim()}` } });
    expect(csv.status).to.equal(200);
    expect((await csv.text()).trim().split('\n')).to.deep.equal([
      'learner,exercise,passed,total,complete,at',
      ...entries.map((e) => `${e.learner},${e.exercise},${e.passed},${e.total},${e.passed === e.total ? 'yes' : 'no'},${e.at}`),
    ]);
  });

  it('shows the table on the service\'s page to the teacher after logging in through the hub, and to no learner', async () => {
    /** Follow the browser's way: hub login form, then the service's OAuth round trip, with cookies. */
    async function openGradesPage(name: string) {
      const jar = new Map<string, string>();
      const browse = async (url: string, init: RequestInit = {}) => {
        const response = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.headers ?? {}) },
        });
        // Node's fetch has getSetCookie (one string per cookie); some bundled DOM typings lack it.
        const setCookies = (response.headers as unknown as { getSetCookie(): string[] }).getSetCookie();
        for (const cookie of setCookies) {
          const [pair] = cookie.split(';');
          jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
        }
        return response;
      };
      const login = await browse(`${hub}/hub/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: name, password: passwords.get(name)! }),
      });
      expect(login.status, `${name} could not log in`).to.equal(302);
      let response = await browse(`${hub}/services/grades/`);
      for (let hops = 0; response.status === 302 && hops < 6; hops++) {
        response = await browse(new URL(response.headers.get('location')!, hub).href);
      }
      return { status: response.status, body: await response.text() };
    }
    const page = await openGradesPage(teacher);
    expect(page.status).to.equal(200);
    const rows = [...page.body.matchAll(/<tr><th>([^<]+)<\/th><td class="(done|open)"[^>]*>(\d+)\/(\d+)/g)].map((m) => [m[1], m[2], Number(m[3]), Number(m[4])]);
    const entries = (JSON.parse(cli('grades', '--json').stdout) as { entries: GradeEntry[] }).entries;
    expect(rows).to.deep.equal(entries.map((e) => [e.learner, e.passed === e.total ? 'done' : 'open', e.passed, e.total]));
    expect((await openGradesPage(first)).status).to.equal(403);
  });

  it("shows the table and a chart of completions in the teacher's notebook on the teacher's own server", async () => {
    expect(await logIn(teacher)).to.equal(201);
    await startServer(teacher);
    const args = [RUN_ON_SERVER, `${hub}/user/${teacher}/`, 'course/scripts/classroom/grades.ipynb', '--timeout', '300',
      '--notebook-file', path.join(ROOT, 'scripts', 'classroom', 'grades.ipynb')];
    const { stdout } = await run('/usr/bin/python3', args, { env: { ...process.env, JUPYTER_TOKEN: tokens.get(teacher) } });
    const cells = (JSON.parse(stdout) as { cells: { text: string; error: string | null }[] }).cells;
    expect(cells.map((c) => c.error), JSON.stringify(cells)).to.deep.equal([null, null]);
    const entries = (JSON.parse(cli('grades', '--json').stdout) as { entries: GradeEntry[] }).entries;
    for (const e of entries) {
      expect(cells[0].text).to.include(`| ${e.learner} | ${e.passed === e.total ? '✓' : '✗'} ${e.passed}/${e.total} |`);
    }
    expect(cells[1].text).to.match(/\[image\/(png|svg\+xml)\]/);
    // The same notebook on a learner's server is refused, in words.
    const refused = await onKernel(first, ["import * as ae from 'autoencoders-course';\nawait ae.classGrades();"]);
    expect(refused[0].error).to.not.equal(null);
    expect(refused[0].text).to.match(/Only the teacher \(a hub admin\) can read the class's grades/); // tslab shows errors as text
  });

  it("keeps learner 1 out of learner 2's files, results and the class's table", async () => {
    const theirFile = `${home(second)}/course/exercises/${EXERCISE}.ts`;
    expect(asLearner(first, 'cat', theirFile).status).to.not.equal(0);
    const cells = await onKernel(first, [
      `(() => { try { require('fs').readFileSync('${theirFile}', 'utf8'); return 'read'; } catch (e) { return e.code; } })()`,
      `await fetch(process.env.COURSE_CLASSROOM_URL + 'api/results/${second}', { method: 'POST', headers: { Authorization: 'token ' + process.env.JUPYTERHUB_API_TOKEN }, body: JSON.stringify({ exercises: [{ name: '${EXERCISE}', passed: 6, total: 6 }] }) }).then((r) => r.status)`,
    ]);
    expect(cells.map((c) => c.error)).to.deep.equal([null, null]);
    expect(cells[0].text.trim()).to.equal('EACCES');
    expect(cells[1].text.trim()).to.equal('403');

    const service = `${hub}/services/grades/`;
    const forged = await call(first, `${service}api/results/${second}`, { method: 'POST', body: JSON.stringify({ exercises: [{ name: EXERCISE, passed: 6, total: 6 }] }) });
    expect(forged.status).to.equal(403);
    expect((await call(first, `${service}api/grades`)).status).to.equal(403);
    expect((await call(first, `${service}grades.csv`)).status).to.equal(403);
    const nonsense = await call(first, `${service}api/results`, { method: 'POST', body: JSON.stringify({ exercises: [{ name: EXERCISE, passed: 9, total: 6 }] }) });
    expect(nonsense.status).to.equal(400);
    expect(((await nonsense.json()) as { error: string }).error).to.match(/passed should be a whole number from 0 to total \(6\)/);
    const entries = (JSON.parse(cli('grades', '--json').stdout) as { entries: GradeEntry[] }).entries;
    expect(entries.find((e) => e.learner === second)!.passed).to.be.below(6);
  });

  it("regrades every learner's current copy as that learner and updates the table", async () => {
    // Learner 2 fixes the mistake but does not grade; the teacher's regrade must find the fix.
    const fixed = spawnSync('runuser', ['-u', second, '--', 'tee', `${home(second)}/course/exercises/${EXERCISE}.ts`], {
      input: fs.readFileSync(path.join(ROOT, 'solutions', `${EXERCISE}.ts`)),
    });
    expect(fixed.status).to.equal(0);
    const before = (JSON.parse(cli('grades', '--json').stdout) as { entries: GradeEntry[] }).entries;
    const regraded = cli('regrade', '--timeout', '300', EXERCISE);
    expect(regraded.status, regraded.stderr).to.equal(0);
    const after = (JSON.parse(cli('grades', '--json').stdout) as { entries: GradeEntry[] }).entries;
    expect(after.map((e) => [e.learner, e.exercise, e.passed === e.total])).to.deep.equal([[first, EXERCISE, true], [second, EXERCISE, true]]);
    after.forEach((e, i) => expect(e.at > before[i].at, `${e.learner} was not graded again`).to.equal(true));
    // Graded as the learner, never as root: the compiled exercise belongs to the learner.
    const compiled = fs.statSync(`${home(second)}/course/build/exercises/${EXERCISE}.js`);
    expect(compiled.uid).to.equal(fs.statSync(home(second)).uid);
  });

  it('listens on 127.0.0.1 only: hub, proxy, grades service, learners\' servers and kernels', async () => {
    // Keep a kernel running while we look, so its sockets are counted too.
    const session = await call(first, `${hub}/user/${first}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify({ path: 'course/notebooks/00-getting-started.ipynb', type: 'notebook', name: '', kernel: { name: 'tslab' } }),
    });
    expect(session.status).to.equal(201);
    const { id } = (await session.json()) as { id: string };
    try {
      // The kernel binds its five channels once it has started: wait for them.
      let listeners = listenersOf(processTree(hubPid()));
      for (let waited = 0; listeners.length < 4 + 2 + 5 && waited < 60_000; waited += 500) {
        await new Promise((r) => setTimeout(r, 500));
        listeners = listenersOf(processTree(hubPid()));
      }
      const ports = listeners.map((l) => l.port);
      for (const port of [base, base + 1, base + 2, base + 3]) expect(ports).to.include(port);
      expect(listeners.length).to.be.at.least(4 + 2 + 5); // hub parts, two servers, a kernel's five channels
      expect(listeners.filter((l) => !isLoopback(l.address))).to.deep.equal([]);
    } finally {
      await call(first, `${hub}/user/${first}/api/sessions/${id}`, { method: 'DELETE' });
    }
  });
});
