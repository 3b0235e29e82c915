/**
 * Start and stop the class's JupyterHub as a background process. The hub starts its proxy and
 * the grades service itself, and stops them (and the learners' servers) when it stops.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ClassroomSettings, teacherToken } from './classroomState';

const HUB_CONFIG = path.join(__dirname, '..', '..', '..', 'scripts', 'classroom', 'jupyterhub_config.py');

export function hubPid(stateDir: string): number | undefined {
  const file = path.join(stateDir, 'hub.pid');
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  return pid > 0 && isAlive(pid) ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines of the hub's log, to show when something went wrong. */
export function logTail(stateDir: string, lines = 25): string {
  const file = path.join(stateDir, 'hub.log');
  if (!fs.existsSync(file)) return '(no log)';
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Ask a part of the class's set-up as the teacher; undefined when it does not answer. */
export async function asTeacher(settings: ClassroomSettings, url: string, init: RequestInit = {}): Promise<Response | undefined> {
  try {
    return await fetch(url, {
      ...init,
      headers: { Authorization: `token ${teacherToken(settings.stateDir)}`, ...(init.headers ?? {}) },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return undefined;
  }
}

export const hubApi = (s: ClassroomSettings) => `http://127.0.0.1:${s.hubPort}/hub/api`;
export const gradesApi = (s: ClassroomSettings) => `http://127.0.0.1:${s.servicePort}/services/grades/`;

/** Start the hub and wait until the hub and the grades service both answer. */
export async function startHub(settings: ClassroomSettings, timeoutSeconds = 90): Promise<number> {
  if (hubPid(settings.stateDir)) throw new Error('the class hub is already running (npm run classroom -- status)');
  const log = fs.openSync(path.join(settings.stateDir, 'hub.log'), 'a', 0o600);
  const hub = spawn('/usr/bin/python3', ['-m', 'jupyterhub', '-f', HUB_CONFIG], {
    cwd: settings.stateDir,
    detached: true, // its own process group: it outlives this command, and `stop` ends it
    stdio: ['ignore', log, log],
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      LANG: process.env.LANG ?? 'C.UTF-8',
      HOME: process.env.HOME ?? '/root',
      COURSE_CLASSROOM_SETTINGS: path.join(settings.stateDir, 'settings.json'),
    },
  });
  fs.closeSync(log);
  hub.unref();
  const pid = hub.pid!;
  fs.writeFileSync(path.join(settings.stateDir, 'hub.pid'), `${pid}\n`); // the hub writes it too, a moment later
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) throw new Error(`the hub stopped while starting. Its log (${settings.stateDir}/hub.log) ends with:\n${logTail(settings.stateDir)}`);
    // Ready when the public address reaches the hub (the proxy's routes are in) and the
    // grades service answers the teacher.
    const hubAnswers = (await asTeacher(settings, `http://${settings.ip}:${settings.port}/hub/api/`))?.ok;
    const serviceAnswers = hubAnswers && (await asTeacher(settings, `${gradesApi(settings)}api/grades`))?.ok;
    if (serviceAnswers) return pid;
    await sleep(300);
  }
  await stopHub(settings.stateDir);
  throw new Error(`the hub did not answer within ${timeoutSeconds} s. Its log ends with:\n${logTail(settings.stateDir)}`);
}

/** Stop the hub (it stops the proxy, the service and the learners' servers); then any leftovers. */
export async function stopHub(stateDir: string, graceSeconds = 30): Promise<boolean> {
  const pid = hubPid(stateDir);
  if (pid) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceSeconds * 1000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) process.kill(-pid, 'SIGKILL'); // the hub's own process group
  }
  // A proxy left from a hub that was killed outright keeps the port: end it too.
  const proxyPidFile = path.join(stateDir, 'proxy.pid');
  if (fs.existsSync(proxyPidFile)) {
    const proxy = Number(fs.readFileSync(proxyPidFile, 'utf8').trim());
    if (proxy > 0 && isAlive(proxy) && /configurable-http-proxy/.test(commandLine(proxy))) process.kill(proxy, 'SIGTERM');
    fs.rmSync(proxyPidFile, { force: true });
  }
  fs.rmSync(path.join(stateDir, 'hub.pid'), { force: true });
  return pid !== undefined;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Is Debian's own jupyterhub unit running? It listens on every interface with its own config. */
export function debianUnitActive(): boolean {
  const result = spawnSync('systemctl', ['is-active', '--quiet', 'jupyterhub'], { stdio: 'ignore' });
  return result.status === 0;
}
