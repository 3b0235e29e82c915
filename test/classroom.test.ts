/**
 * The classroom's parts that need no running hub: the grade book and its validation, the
 * learner-side submission (and that grading sends it, keeping `--json` output pure JSON), the
 * hub configuration's answers to the known pitfalls, and the Kubernetes files (they parse, the
 * image runs the same set-up script, the values carry the sizing). The end-to-end run on a real
 * hub is test/classroom/hub.classroom.ts (`npm run test:classroom`).
 */
import { expect } from 'chai';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { classGrades } from '../lib/exercises/classGrades';
import { classroomTarget, reportToClassroom, submitToClassroom } from '../lib/exercises/submitToClassroom';
import { GradeBook, parseSubmission, toCsv } from '../scripts/classroom/gradeBook';
import { parseLearnerList } from '../scripts/classroom/learnerAccounts';

const ROOT = path.resolve(__dirname, '..', '..');
const CLASSROOM = path.join(ROOT, 'scripts', 'classroom');

/** The class's table as the grades service would report it. */
const TABLE = [
  { learner: 'ana', exercise: '01-gaussian-noise', passed: 6, total: 6, at: '2026-01-01T10:00:00.000Z' },
  { learner: 'ana', exercise: '06-kl-divergence', passed: 2, total: 5, at: '2026-01-01T10:05:00.000Z' },
  { learner: 'ben', exercise: '01-gaussian-noise', passed: 6, total: 6, at: '2026-01-01T10:07:00.000Z' },
];

/** A stand-in grades service that records what it is sent and answers `status`. */
async function fakeService(status = 200) {
  const received: { url: string; authorization?: string; body: unknown }[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (c) => (body += c));
    request.on('end', () => {
      const parsed = JSON.parse(body || 'null') as { exercises?: unknown[] };
      received.push({ url: request.url ?? '', authorization: request.headers.authorization, body: parsed });
      response.writeHead(status, { 'Content-Type': 'application/json' });
      if (request.method === 'GET') return response.end(JSON.stringify(status === 200 ? { entries: TABLE } : { error: 'not the teacher' }));
      response.end(JSON.stringify(status === 200 ? { recorded: parsed?.exercises ?? [] } : { error: 'learner-1 may submit only their own results' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/grades/`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('classroom: grade book', () => {
  it('keeps the latest result per learner and exercise, sorted, and survives a reload', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grade-book-'));
    const file = path.join(dir, 'grades.json');
    const book = new GradeBook(file);
    book.record('bea', { exercises: [{ name: '06-kl-divergence', passed: 2, total: 5 }] }, new Date('2026-01-01T10:00:00Z'));
    book.record('al', { exercises: [{ name: '01-gaussian-noise', passed: 6, total: 6 }] }, new Date('2026-01-01T10:01:00Z'));
    book.record('bea', { exercises: [{ name: '06-kl-divergence', passed: 5, total: 5 }] }, new Date('2026-01-01T10:02:00Z'));
    const reloaded = new GradeBook(file).table();
    expect(reloaded.map((e) => [e.learner, e.exercise, e.passed, e.total, e.at])).to.deep.equal([
      ['al', '01-gaussian-noise', 6, 6, '2026-01-01T10:01:00.000Z'],
      ['bea', '06-kl-divergence', 5, 5, '2026-01-01T10:02:00.000Z'],
    ]);
    expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    expect(fs.readdirSync(dir)).to.deep.equal(['grades.json']); // no temporary file left behind
    expect(toCsv(reloaded).split('\n')[1]).to.equal('al,01-gaussian-noise,6,6,yes,2026-01-01T10:01:00.000Z');
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses malformed submissions with a message naming the field', () => {
    expect(() => parseSubmission({})).to.throw(/at least one exercise/);
    expect(() => parseSubmission({ exercises: [{ name: '../etc', passed: 1, total: 2 }] })).to.throw(/exercises\[0\]\.name should be an exercise name/);
    expect(() => parseSubmission({ exercises: [{ name: '06-kl', passed: 3, total: 2 }] })).to.throw(/passed should be a whole number from 0 to total \(2\), got 3/);
    expect(() => parseSubmission({ exercises: [{ name: '06-kl', passed: 1, total: 0.5 }] })).to.throw(/total should be a whole number/);
    expect(parseSubmission({ exercises: [{ name: '06-kl', passed: 1, total: 2, checks: ['ignored'] }] })).to.deep.equal({
      exercises: [{ name: '06-kl', passed: 1, total: 2 }],
    });
  });

  it('reads learner lists with comments, commas and blank lines, and rejects bad names', () => {
    expect(parseLearnerList('# class 3b\nana, ben\n\ncho  # late\nana\n')).to.deep.equal(['ana', 'ben', 'cho']);
    expect(() => parseLearnerList('Root!')).to.throw(/"Root!" is not a valid learner name/);
  });
});

describe('classroom: sending results from a learner', function () {
  this.timeout(120_000);
  const hubEnv = (url: string) => ({ COURSE_CLASSROOM_URL: url, JUPYTERHUB_USER: 'learner-1', JUPYTERHUB_API_TOKEN: 'secret-token' });
  const names = Object.keys(hubEnv(''));
  /** Run `body` with these variables set in this process, and restore them after. */
  async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T> | T): Promise<T> {
    const saved = names.map((name) => [name, process.env[name]] as const);
    for (const name of names) delete process.env[name];
    Object.assign(process.env, vars);
    try {
      return await body();
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  it('sends only on a class hub: the learner, their token and each exercise count', async () => {
    expect(await withEnv({}, classroomTarget)).to.equal(undefined);
    expect(await withEnv({ JUPYTERHUB_USER: 'a', JUPYTERHUB_API_TOKEN: 't' }, classroomTarget)).to.equal(undefined); // a hub, but not a class
    const service = await fakeService();
    try {
      const target = (await withEnv(hubEnv(service.url), classroomTarget))!;
      const recorded = await submitToClassroom({ exercises: [{ name: '06-kl-divergence', passed: 4, total: 5 }] }, target);
      expect(recorded).to.equal(1);
      expect(service.received).to.deep.equal([{
        url: '/services/grades/api/results/learner-1',
        authorization: 'token secret-token',
        body: { exercises: [{ name: '06-kl-divergence', passed: 4, total: 5 }] },
      }]);
    } finally {
      await service.close();
    }
  });

  it("says why when the service refuses or cannot be reached, without failing the grading", async () => {
    const refusing = await fakeService(403);
    const target = (await withEnv(hubEnv(refusing.url), classroomTarget))!;
    try {
      await submitToClassroom({ exercises: [{ name: '06-kl-divergence', passed: 1, total: 5 }] }, target).then(
        () => expect.fail('a refusal should throw'),
        (err: Error) => expect(err.message).to.match(/refused the results \(403: learner-1 may submit only their own results\)/),
      );
    } finally {
      await refusing.close();
    }
    const lines: string[] = [];
    const original = console.error;
    console.error = (line: string) => lines.push(line);
    try {
      await withEnv(hubEnv('http://127.0.0.1:1/services/grades/'), () => reportToClassroom({ exercises: [{ name: '06-kl-divergence', passed: 1, total: 5 }] }));
    } finally {
      console.error = original;
    }
    expect(lines.join('\n')).to.match(/not sent to your teacher: could not reach the class's grades service at http:\/\/127\.0\.0\.1:1\//);
  });

  it('grade --json sends the results and still prints nothing but the JSON report', async () => {
    const service = await fakeService();
    try {
      const child = spawn(process.execPath, [path.join(ROOT, 'build', 'scripts', 'grade.js'), '--json', '06'], {
        cwd: ROOT,
        env: { ...process.env, ...hubEnv(service.url) },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      await new Promise((resolve) => child.on('close', resolve));
      const report = JSON.parse(stdout) as { exercises: { name: string; passed: number; total: number }[] };
      expect(report.exercises.map((e) => e.name)).to.deep.equal(['06-kl-divergence']);
      const sent = service.received.map((r) => r.body);
      expect(sent).to.deep.equal([{ exercises: report.exercises.map(({ name, passed, total }) => ({ name, passed, total })) }]);
      expect(stderr).to.match(/Sent to your teacher: 1 exercise result for learner-1/);
    } finally {
      await service.close();
    }
  });

  it("gives the teacher's notebook the table and the completions per exercise, and refuses in words elsewhere", async () => {
    const service = await fakeService();
    try {
      const grades = await withEnv(hubEnv(service.url), classGrades);
      expect(service.received.map((r) => [r.url, r.authorization])).to.deep.equal([['/services/grades/api/grades', 'token secret-token']]);
      expect(grades.table.split('\n')).to.deep.equal([
        '| learner | 01-gaussian-noise | 06-kl-divergence |',
        '|---|---|---|',
        '| ana | ✓ 6/6 | ✗ 2/5 |',
        '| ben | ✓ 6/6 | – |',
      ]);
      expect(grades.completedPerExercise).to.deep.equal([{ name: '01-gaussian-noise', value: 2 }, { name: '06-kl-divergence', value: 0 }]);
    } finally {
      await service.close();
    }
    const refusing = await fakeService(403);
    try {
      await withEnv(hubEnv(refusing.url), classGrades).then(
        () => expect.fail('a learner should be refused'),
        (err: Error) => expect(err.message).to.match(/Only the teacher \(a hub admin\)/),
      );
    } finally {
      await refusing.close();
    }
    await withEnv({}, classGrades).then(
      () => expect.fail('outside the hub there is nothing to read'),
      (err: Error) => expect(err.message).to.match(/works in the teacher's notebook on the class's hub.*npm run classroom -- grades/),
    );
  });

  it('grading the reference solutions sends nothing', async () => {
    const service = await fakeService();
    try {
      const run = spawn(process.execPath, [path.join(ROOT, 'build', 'scripts', 'grade.js'), '--json', '--against', 'solutions', '06'], {
        cwd: ROOT,
        env: { ...process.env, ...hubEnv(service.url) },
        stdio: 'ignore',
      });
      await new Promise((resolve) => run.on('close', resolve));
      expect(service.received).to.deep.equal([]);
    } finally {
      await service.close();
    }
  });
});

describe('classroom: set-up keeps stdout free for JSON', () => {
  it('writes its messages to stderr, also on a run that has something to do', () => {
    // A minimal project where set-up has one thing left to do: register the kernel.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-stdout-'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    for (const script of ['setup.sh', 'install-stamp.sh', 'build-native.sh']) {
      fs.copyFileSync(path.join(ROOT, 'scripts', script), path.join(dir, 'scripts', script));
    }
    fs.writeFileSync(path.join(dir, 'package.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
    fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
    const stamp = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-stamp.sh'), dir], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(path.join(dir, 'node_modules', '.course-install-stamp'), stamp);
    fs.mkdirSync(path.join(dir, 'build'));
    fs.writeFileSync(path.join(dir, 'build', '.tsbuildinfo'), '{}');
    fs.writeFileSync(path.join(dir, 'node_modules', '.bin', 'tslab'), '#!/bin/sh\necho "tslab: kernelspec written"\n', { mode: 0o755 });
    const run = spawnSync('bash', [path.join(dir, 'scripts', 'setup.sh')], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.match(/\[setup\].*registering the tslab kernel/);
    expect(run.stdout).to.equal('');
  });
});

describe("classroom: a learner's copy (provision-learner.sh)", () => {
  it('clones once, links each package with the self-link, and re-links after the course changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provision-'));
    const course = path.join(dir, 'course');
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    // A small course: a git repository with a set-up stand-in and shared packages.
    for (const folder of ['scripts', 'exercises', 'node_modules/pkg-a', 'node_modules/@scope/x', 'node_modules/.bin']) {
      fs.mkdirSync(path.join(course, folder), { recursive: true });
    }
    fs.writeFileSync(path.join(course, 'package.json'), '{"name":"autoencoders-course"}\n');
    fs.writeFileSync(path.join(course, 'package-lock.json'), '{}\n');
    fs.writeFileSync(path.join(course, 'scripts', 'setup.sh'), 'echo "$PWD" >> "$HOME/setup-runs"\n');
    fs.copyFileSync(path.join(ROOT, 'scripts', 'install-stamp.sh'), path.join(course, 'scripts', 'install-stamp.sh'));
    fs.writeFileSync(path.join(course, 'exercises', '01.ts'), 'stub\n');
    fs.writeFileSync(path.join(course, '.gitignore'), 'node_modules/\n');
    fs.symlinkSync('..', path.join(course, 'node_modules', 'autoencoders-course'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: course });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'course');
    const provision = () => spawnSync('bash', [path.join(CLASSROOM, 'provision-learner.sh'), course], {
      env: { PATH: process.env.PATH, HOME: home }, encoding: 'utf8',
    });
    try {
      const first = provision();
      expect(first.status, first.stderr).to.equal(0);
      const copy = path.join(home, 'course');
      const modules = path.join(copy, 'node_modules');
      expect(fs.readlinkSync(path.join(modules, 'autoencoders-course'))).to.equal('..'); // this copy, not the course
      expect(fs.readlinkSync(path.join(modules, 'pkg-a'))).to.equal(path.join(course, 'node_modules', 'pkg-a'));
      expect(fs.readlinkSync(path.join(modules, '@scope'))).to.equal(path.join(course, 'node_modules', '@scope'));
      expect(fs.lstatSync(modules).isSymbolicLink()).to.equal(false);
      const stamp = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-stamp.sh'), copy], { encoding: 'utf8' }).stdout;
      expect(fs.readFileSync(path.join(modules, '.course-install-stamp'), 'utf8')).to.equal(stamp); // so set-up never runs npm ci here
      expect(fs.readFileSync(path.join(home, '.gitconfig'), 'utf8')).to.include(`directory = ${course}`);
      expect(fs.readFileSync(path.join(home, 'setup-runs'), 'utf8').trim()).to.equal(copy);

      // The learner works; the teacher updates the course's packages; the next start re-links.
      fs.writeFileSync(path.join(copy, 'exercises', '01.ts'), 'my answer\n');
      fs.rmSync(path.join(course, 'node_modules', 'pkg-a'), { recursive: true });
      fs.mkdirSync(path.join(course, 'node_modules', 'pkg-c'));
      const again = provision();
      expect(again.status, again.stderr).to.equal(0);
      expect(fs.readdirSync(modules).sort()).to.deep.equal(['.bin', '.course-install-stamp', '@scope', 'autoencoders-course', 'pkg-c']);
      expect(fs.readFileSync(path.join(copy, 'exercises', '01.ts'), 'utf8')).to.equal('my answer\n'); // never overwritten
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("classroom: the hub's configuration", () => {
  /** Load jupyterhub_config.py with traitlets, as the hub does, and read back what it set. */
  function loadHubConfig(ip: string, demo = false) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-config-'));
    const settings = {
      stateDir: dir, courseRoot: ROOT, node: process.execPath, ip, port: 8000, hubPort: 8001, proxyApiPort: 8002,
      servicePort: 8003, learnerPorts: [8100, 8199], learners: ['ana', 'ben'], admins: ['teacher'], demo,
    };
    if (demo) fs.writeFileSync(path.join(dir, 'demo-password'), 'shared-pass\n');
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
    fs.writeFileSync(path.join(dir, 'teacher-token'), 'teacher-secret\n');
    const reader = `
import json, sys
from traitlets.config import Config
c = Config()
path = sys.argv[1]
exec(compile(open(path).read(), path, 'exec'), {'get_config': lambda: c, '__file__': path})
print(json.dumps({
  'bind_url': c.JupyterHub.bind_url, 'hub_bind_url': c.JupyterHub.hub_bind_url,
  'proxy_api': c.ConfigurableHTTPProxy.api_url, 'proxy_command': c.ConfigurableHTTPProxy.command,
  'spawner_ip': c.Spawner.ip, 'env_keep': c.Spawner.env_keep, 'environment': c.Spawner.environment,
  'authenticator': c.JupyterHub.authenticator_class, 'allowed': sorted(c.Authenticator.allowed_users),
  'demo_password': c.DummyAuthenticator.password if 'DummyAuthenticator' in c else None,
  'services': [{k: v for k, v in s.items() if k != 'api_token'} for s in c.JupyterHub.services],
}))`;
    const run = spawnSync('/usr/bin/python3', ['-c', reader, path.join(CLASSROOM, 'jupyterhub_config.py')], {
      env: { ...process.env, COURSE_CLASSROOM_SETTINGS: path.join(dir, 'settings.json') },
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true });
    if (run.status !== 0) throw new Error(`jupyterhub_config.py did not load: ${run.stderr}`);
    return JSON.parse(run.stdout);
  }

  it('keeps everything but the public proxy on 127.0.0.1, and the proxy there too unless a LAN address is named', () => {
    const local = loadHubConfig('127.0.0.1');
    expect(local.bind_url).to.equal('http://127.0.0.1:8000/');
    const lan = loadHubConfig('192.168.1.20');
    expect(lan.bind_url).to.equal('http://192.168.1.20:8000/');
    for (const config of [local, lan]) {
      expect(config.hub_bind_url).to.equal('http://127.0.0.1:8001');
      expect(config.proxy_api).to.equal('http://127.0.0.1:8002');
      expect(config.spawner_ip).to.equal('127.0.0.1');
      expect(config.services[0].url).to.equal('http://127.0.0.1:8003');
    }
  });

  it("gives learners a clean environment, runs Debian's proxy with NODE_PATH, and logs in through PAM", () => {
    const config = loadHubConfig('127.0.0.1');
    expect(config.env_keep).to.not.include('PATH');
    expect(config.environment.PATH).to.equal('/usr/local/bin:/usr/bin:/bin');
    expect(config.environment.JUPYTERHUB_SINGLEUSER_APP).to.equal('notebook.notebookapp.NotebookApp');
    expect(config.environment.COURSE_CLASSROOM_URL).to.equal('http://127.0.0.1:8003/services/grades/');
    expect(config.proxy_command).to.include('NODE_PATH=/usr/share/nodejs');
    expect(config.authenticator).to.equal('pam');
    expect(config.allowed).to.deep.equal(['ana', 'ben']);
    expect(config.services.map((s: { name: string }) => s.name)).to.deep.equal(['grades', 'classroom-teacher']);
    expect(config.demo_password).to.equal(null);
  });

  it('uses one shared password only in demo mode', () => {
    const demo = loadHubConfig('127.0.0.1', true);
    expect(demo.authenticator).to.equal('dummy');
    expect(demo.demo_password).to.equal('shared-pass');
    expect(demo.allowed).to.deep.equal(['ana', 'ben']); // still only the class's learners
  });
});

describe('classroom: files for Kubernetes', () => {
  // js-yaml comes with mocha; the values file must be plain YAML that any parser reads.
  const yaml = require('js-yaml') as { load(text: string): unknown };
  const values = yaml.load(fs.readFileSync(path.join(CLASSROOM, 'z2jh-values.yaml'), 'utf8')) as any;

  it('the Zero to JupyterHub values set the image, the app, provisioning, sizing, culling and the grades service', () => {
    expect(values.singleuser.cmd).to.equal('/opt/autoencoders-course/scripts/classroom/start-singleuser.sh');
    expect(fs.existsSync(path.join(CLASSROOM, 'start-singleuser.sh'))).to.equal(true);
    expect(values.singleuser.extraEnv.JUPYTERHUB_SINGLEUSER_APP).to.equal('notebook.notebookapp.NotebookApp');
    expect(values.singleuser.memory).to.deep.equal({ guarantee: '1G', limit: '2G' });
    expect(values.singleuser.cpu).to.deep.equal({ guarantee: 0.5, limit: 2 });
    expect(values.cull.enabled).to.equal(true);
    const grades = values.hub.extraContainers.find((c: { name: string }) => c.name === 'grades');
    expect(grades.command.join(' ')).to.match(/build\/scripts\/classroom\/gradesService\.js$/);
    expect(values.hub.services.grades.url).to.equal('http://hub:9053');
    expect(values.singleuser.extraEnv.COURSE_CLASSROOM_URL).to.equal(`${values.hub.services.grades.url}/services/grades/`);
    const env = Object.fromEntries(grades.env.map((e: { name: string; value?: string }) => [e.name, e.value ?? 'secret']));
    for (const name of ['JUPYTERHUB_API_URL', 'JUPYTERHUB_API_TOKEN', 'JUPYTERHUB_SERVICE_PREFIX', 'JUPYTERHUB_SERVICE_URL', 'JUPYTERHUB_CLIENT_ID', 'JUPYTERHUB_OAUTH_CALLBACK_URL', 'COURSE_CLASSROOM_GRADES_FILE']) {
      expect(env, name).to.have.property(name);
    }
  });

  it("the image builds with setup.sh and ships setup's runtime packages, without build tools", () => {
    const dockerfile = fs.readFileSync(path.join(CLASSROOM, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages.map((s) => s.split('\n')[0])).to.deep.equal(['node:20-bookworm AS build', 'node:20-bookworm-slim']);
    expect(stages[0]).to.match(/^RUN bash scripts\/setup\.sh/m);
    expect(stages[1]).to.include('$(bash /tmp/setup.sh --list-apt runtime)');
    expect(stages[1]).to.match(/tslab install .*\n.*--prefix \/usr\/local/);
    const build = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup.sh'), '--list-apt', 'build'], { encoding: 'utf8' }).stdout.trim().split('\n');
    const runtime = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup.sh'), '--list-apt', 'runtime'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(build).to.include('build-essential');
    for (const pkg of build) expect(stages[1], pkg).to.not.include(pkg);
    expect(runtime.filter((pkg) => build.includes(pkg))).to.deep.equal([]);
    // Every runtime package is a real Debian package here (a typo would break the image build).
    const known = spawnSync('apt-cache', ['show', '--no-all-versions', ...runtime], { encoding: 'utf8' });
    expect(known.status, known.stderr).to.equal(0);
  });
});
